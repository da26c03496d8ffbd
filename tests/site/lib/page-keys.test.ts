import type { Snapshot } from '@jol/content-schemas'
import { beforeAll, describe, expect, it } from 'vitest'

import { cityOf } from '@jol/content-schemas'

import {
  entryKey,
  helpCityKey,
  helpCityPdfKey,
  keyEntriesAhead,
  listKey,
  ownKeysHashed,
  siteWideKey,
} from '../../../site/src/lib/page-keys'
import { outputOf } from '../../../site/src/lib/render-plan'
import { sectionIds, type SectionId } from '../../../site/src/lib/routes'
import { entriesOf } from '../../../site/src/lib/sections'
import { buildFixtureSnapshot, fixture } from '../../fixtures/snapshot'

/**
 * Cache keys of pages (site/src/lib/page-keys.ts): changing one input changes the keys of exactly the
 * pages that show it. Entry keys are the keys of an entry's pages in every language and of its
 * documents; list keys those of index, topic and feed pages; the site-wide key is part of every key.
 */

let base: Snapshot

beforeAll(async () => {
  const input = await buildFixtureSnapshot()
  const { mediaFiles: _, source, locales, ...content } = input
  base = {
    ...content,
    manifest: { format: 1, generatedAt: '2025-03-15T12:00:00.000Z', source, locales, files: {} },
  } as Snapshot
})

const copy = (): Snapshot => structuredClone(base)

/** Every entry's key, by `section/slug`. */
function entryKeys(snapshot: Snapshot): Map<string, string> {
  const keys = new Map<string, string>()
  for (const section of sectionIds)
    for (const ref of entriesOf(snapshot, section))
      keys.set(`${section}/${ref.slug}`, entryKey(snapshot, section, ref.slug))
  return keys
}

function changedEntries(before: Snapshot, after: Snapshot): string[] {
  const [a, b] = [entryKeys(before), entryKeys(after)]
  return [...new Set([...a.keys(), ...b.keys()])].filter((id) => a.get(id) !== b.get(id)).sort()
}

type Translated = { slug: string; translations: Record<string, { title?: string } | undefined> }
const entry = (snapshot: Snapshot, collection: 'leaflets' | 'posts', slug: string) =>
  (snapshot[collection] as unknown as Translated[]).find((e) => e.slug === slug)!

/** The entries whose keys a change to the school picture changes: those showing it, and what shows those. */
const showingTheSchoolPicture = () =>
  [
    `blog/${fixture.fallbackPost}`,
    `campaigns/${fixture.campaign}`,
    `leaflets/${fixture.fullLeaflet}`,
    'newsletters/spring-issue',
    'newsletters/summer-issue',
    // Its photos include the same picture.
    `press/${fixture.releaseWithPhotos}`,
  ].sort()

describe('page keys', () => {
  it('an edited leaflet changes its own key, the campaign listing it and the newsletter telling its story, nothing else', () => {
    const after = copy()
    entry(after, 'leaflets', fixture.fullLeaflet).translations.ru!.title = 'Новое название'
    expect(changedEntries(base, after)).toEqual(
      [`campaigns/${fixture.campaign}`, `leaflets/${fixture.fullLeaflet}`, 'newsletters/summer-issue'].sort(),
    )
    expect(siteWideKey(after, 'build')).toBe(siteWideKey(base, 'build'))
  })

  it('a leaflet nothing else shows changes its own key only', () => {
    const after = copy()
    entry(after, 'leaflets', fixture.englishOnlyLeaflet).translations.en!.title = 'Renamed'
    expect(changedEntries(base, after)).toEqual([`leaflets/${fixture.englishOnlyLeaflet}`])
  })

  it('a translation unpublished changes the entry key (its fallback pages change language)', () => {
    const after = copy()
    delete entry(after, 'posts', fixture.fallbackPost).translations.ru
    expect(changedEntries(base, after)).toContain(`blog/${fixture.fallbackPost}`)
    expect(changedEntries(base, after)).not.toContain(`leaflets/${fixture.englishOnlyLeaflet}`)
  })

  it('a changed picture changes the keys of the entries that show it, and of what shows those', () => {
    const after = copy()
    const school = after.media.find((m) => m.credit === 'Jol / Aida Nurlanova')!
    school.translations.en!.alt = 'Another description'
    expect(changedEntries(base, after)).toEqual(showingTheSchoolPicture())
  })

  it('an entry shared with a snapshot keyed ahead is not hashed again, unless the pictures changed', () => {
    const ahead = copy()
    expect(keyEntriesAhead(ahead)).toBe(entryKeys(ahead).size)
    // Read with `reuse` (see readSnapshot): unchanged entries are the same objects, the edited one is new.
    const edited = structuredClone(entry(ahead, 'leaflets', fixture.englishOnlyLeaflet))
    edited.translations.en!.title = 'Renamed'
    const after = {
      ...ahead,
      leaflets: ahead.leaflets.map((l) => (l.slug === edited.slug ? (edited as unknown as typeof l) : l)),
    }
    const hashed = ownKeysHashed()
    expect(changedEntries(ahead, after)).toEqual([`leaflets/${fixture.englishOnlyLeaflet}`])
    expect(ownKeysHashed() - hashed).toBe(1)

    // The same entries with a picture they show described anew: their keys change all the same.
    const pictures = {
      ...ahead,
      media: ahead.media.map((m) =>
        m.credit === 'Jol / Aida Nurlanova'
          ? {
              ...m,
              translations: { ...m.translations, en: { ...m.translations.en, alt: 'Another description' } },
            }
          : m,
      ),
    }
    expect(changedEntries(ahead, pictures)).toEqual(showingTheSchoolPicture())
  })

  it('site settings, campaigns and the build fingerprint change the site-wide key, not entry keys', () => {
    const settings = copy()
    settings.globals.siteSettings.hotlinePhone = '+7 800 000 00 00'
    expect(siteWideKey(settings, 'build')).not.toBe(siteWideKey(base, 'build'))
    expect(changedEntries(base, settings)).toEqual([])

    const campaign = copy()
    campaign.campaigns[0]!.brandColour = '#000000'
    expect(siteWideKey(campaign, 'build')).not.toBe(siteWideKey(base, 'build'))

    expect(siteWideKey(base, 'another build')).not.toBe(siteWideKey(base, 'build'))
  })

  it('a list key covers the entries listed and its layout, not the entries it does not list', () => {
    const listed = entriesOf(base, 'leaflets').filter((ref) => ref.slug !== fixture.englishOnlyLeaflet)
    const key = listKey(base, listed, [1])
    expect(listKey(base, listed, [2])).not.toBe(key)

    const unlisted = copy()
    entry(unlisted, 'leaflets', fixture.englishOnlyLeaflet).translations.en!.title = 'Renamed'
    expect(listKey(unlisted, listed, [1])).toBe(key)

    const edited = copy()
    entry(edited, 'leaflets', fixture.fullLeaflet).translations.en!.title = 'Renamed'
    expect(listKey(edited, listed, [1])).not.toBe(key)
  })
})

describe('help directory keys', () => {
  const almaty = cityOf('almaty')!
  const bishkek = cityOf('bishkek')!
  const at = (generatedAt: string): Snapshot => ({ ...copy(), manifest: { ...base.manifest, generatedAt } })
  const service = (snapshot: Snapshot, slug: string) => snapshot.services.find((s) => s.slug === slug)!

  it("a city's page keeps its key all day: the snapshot's moment is not on it", () => {
    // Builds at noon and late at night the same day: the same page, so it is carried over.
    const [noon, night] = [at('2025-03-15T12:00:00.000Z'), at('2025-03-15T23:30:00.000Z')]
    for (const locale of ['en', 'ky'] as const)
      expect(helpCityKey(night, bishkek, locale)).toBe(helpCityKey(noon, bishkek, locale))
    // Its printable directory is dated by the day: the same day, the same key (and the same PDF).
    expect(helpCityPdfKey(night, bishkek, 'en', '2025-03-15')).toBe(
      helpCityPdfKey(noon, bishkek, 'en', '2025-03-15'),
    )
    expect(helpCityPdfKey(noon, bishkek, 'en', '2025-03-16')).not.toBe(
      helpCityPdfKey(noon, bishkek, 'en', '2025-03-15'),
    )
  })

  it("changes when a service in the city changes, or ages past its verification, and only that city's", () => {
    const key = (snapshot: Snapshot, city = bishkek) => helpCityKey(snapshot, city, 'en')
    const edited = copy()
    service(edited, fixture.services.bishkek.slug).phones = ['+996 700 000 999']
    expect(key(edited)).not.toBe(key(base))
    expect(key(edited, almaty)).toBe(key(base, almaty))
    // A year later the Bishkek centre is past twice its verification period: left off the page.
    expect(key(at('2026-03-15T12:00:00.000Z'))).not.toBe(key(base))
    // In another language, another page.
    expect(helpCityKey(base, bishkek, 'ky')).not.toBe(key(base))
  })
})

describe('the output file of a planned page', () => {
  const cases: [string, Record<string, string | undefined>, { path: string; file: string }][] = [
    [
      '/[locale]/leaflets/[slug]',
      { locale: 'kk', slug: 'a' },
      { path: '/kk/leaflets/a/', file: 'kk/leaflets/a/index.html' },
    ],
    [
      '/[locale]/leaflets/[slug].pdf',
      { locale: 'kk', slug: 'a' },
      { path: '/kk/leaflets/a.pdf', file: 'kk/leaflets/a.pdf' },
    ],
    [
      '/[locale]/[section]/[...page]',
      { locale: 'en', section: 'blog', page: undefined },
      { path: '/en/blog/', file: 'en/blog/index.html' },
    ],
    [
      '/[locale]/[section]/[...page]',
      { locale: 'en', section: 'blog', page: '2' },
      { path: '/en/blog/2/', file: 'en/blog/2/index.html' },
    ],
    [
      '/[locale]/newsletters/[slug]/email.htm',
      { locale: 'ru', slug: 'n' },
      { path: '/ru/newsletters/n/email.htm', file: 'ru/newsletters/n/email.htm' },
    ],
    [
      '/[locale]/[feed]/rss.xml',
      { locale: 'ru', feed: 'press' },
      { path: '/ru/press/rss.xml', file: 'ru/press/rss.xml' },
    ],
    [
      '/[locale]/help/[country]/[city]',
      { locale: 'ky', country: 'kg', city: 'bishkek' },
      { path: '/ky/help/kg/bishkek/', file: 'ky/help/kg/bishkek/index.html' },
    ],
    [
      '/[locale]/help/[country]/[city].pdf',
      { locale: 'ky', country: 'kg', city: 'bishkek' },
      { path: '/ky/help/kg/bishkek.pdf', file: 'ky/help/kg/bishkek.pdf' },
    ],
  ]
  it.each(cases)('%s %o', (route, params, expected) => {
    expect(outputOf(route, params)).toEqual(expected)
  })
  it('covers every section', () => {
    expect(
      sectionIds.map((s: SectionId) => outputOf(`/[locale]/${s}/[slug]`, { locale: 'en', slug: 'x' }).file),
    ).toEqual(sectionIds.map((s) => `en/${s}/x/index.html`))
  })
})
