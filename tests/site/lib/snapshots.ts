import type { Leaflet, LocaleCode, Newsletter, Post, PressRelease, Snapshot } from '@jol/content-schemas'

/**
 * Tiny in-memory snapshots for the unit tests of `site/src/lib`: only the fields the code under test
 * reads, so each test says what matters to it. Nothing is written to disk, nothing is built.
 */

const body = { type: 'root', children: [] } as never

export const leaflet = (slug: string, updatedAt: string, locales: LocaleCode[], cover?: string): Leaflet => ({
  slug,
  updatedAt,
  firstPublishedAt: updatedAt,
  audience: [],
  topics: [],
  printFormat: 'A5',
  ...(cover ? { cover } : {}),
  translations: Object.fromEntries(
    locales.map((l) => [
      l,
      { title: `${slug} ${l}`, summary: `summary ${l}`, body, keyMessages: [], contacts: [] },
    ]),
  ),
})

export const post = (slug: string, publishDate: string, locales: LocaleCode[]): Post => ({
  slug,
  updatedAt: publishDate,
  author: 'A',
  publishDate,
  topics: [],
  translations: Object.fromEntries(
    locales.map((l) => [l, { title: `${slug} ${l}`, excerpt: `excerpt ${l}`, body }]),
  ),
})

export const release = (
  slug: string,
  releaseDate: string,
  locales: LocaleCode[],
  photos: string[] = [],
): PressRelease => ({
  slug,
  updatedAt: releaseDate,
  releaseDate,
  photos,
  topics: [],
  translations: Object.fromEntries(
    locales.map((l) => [
      l,
      {
        title: `${slug} ${l}`,
        datelineCity: 'Almaty',
        summary: `summary ${l}`,
        body,
        quotes: [],
        mediaContacts: [],
      },
    ]),
  ),
})

export const newsletter = (slug: string, date: string, locales: LocaleCode[]): Newsletter => ({
  slug,
  updatedAt: date,
  topics: [],
  issueNumber: 1,
  date,
  translations: Object.fromEntries(
    locales.map((l) => [l, { subject: `${slug} ${l}`, intro: `intro ${l}`, sections: [] }]),
  ),
})

export function snapshotOf(
  content: Partial<
    Pick<Snapshot, 'leaflets' | 'press-releases' | 'newsletters' | 'posts' | 'campaigns' | 'questions'>
  >,
): Snapshot {
  return {
    leaflets: [],
    'press-releases': [],
    newsletters: [],
    posts: [],
    campaigns: [],
    questions: [],
    ...content,
    services: [],
    media: [],
    globals: { siteSettings: { hotlinePhone: '1', translations: {} }, pressRoom: { translations: {} } },
    manifest: {
      format: 1,
      generatedAt: '2026-01-01T00:00:00.000Z',
      source: { kind: 'fixture' },
      locales: ['en'],
      files: {},
    },
  }
}
