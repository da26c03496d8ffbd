import type { LocaleCode, Snapshot } from '@jol/content-schemas'

import type { SectionId } from './routes'

/**
 * The four kinds of entry, seen the same way by indexes, the home page, feeds and the sitemap:
 * a slug, the date readers sort by, and a title and summary per written language.
 */

export interface Card {
  title: string
  summary: string
}

export interface EntryRef {
  section: SectionId
  slug: string
  /** ISO date the section is ordered by (newest first). */
  date: string
  translations: Partial<Record<LocaleCode, Card>>
  /** Media id of the entry's picture, if it has one. */
  image?: string
}

type Translations<T> = Partial<Record<LocaleCode, T>>

function mapTranslations<T>(translations: Translations<T>, card: (t: T) => Card): Translations<Card> {
  const out: Translations<Card> = {}
  for (const [code, value] of Object.entries(translations) as [LocaleCode, T | undefined][]) {
    if (value !== undefined) out[code] = card(value)
  }
  return out
}

const newestFirst = (a: EntryRef, b: EntryRef) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)

const computed = new WeakMap<Snapshot, Map<SectionId, readonly EntryRef[]>>()

/**
 * Entries of a section, newest first. Computed once per snapshot: every page of a build asks,
 * and a build of thousands of pages would otherwise sort thousands of times.
 */
export function entriesOf(snapshot: Snapshot, section: SectionId): readonly EntryRef[] {
  let bySection = computed.get(snapshot)
  if (!bySection) computed.set(snapshot, (bySection = new Map()))
  let refs = bySection.get(section)
  if (!refs) bySection.set(section, (refs = computeEntries(snapshot, section)))
  return refs
}

function computeEntries(snapshot: Snapshot, section: SectionId): EntryRef[] {
  const refs: EntryRef[] = (() => {
    switch (section) {
      case 'leaflets':
        return snapshot.leaflets.map((e) => ({ section, slug: e.slug, date: e.updatedAt, image: e.cover, translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.summary })) }))
      case 'press':
        return snapshot['press-releases'].map((e) => ({ section, slug: e.slug, date: e.releaseDate, image: e.photos[0], translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.summary })) }))
      case 'newsletters':
        return snapshot.newsletters.map((e) => ({ section, slug: e.slug, date: e.date, translations: mapTranslations(e.translations, (t) => ({ title: t.subject, summary: t.preheader || t.intro })) }))
      case 'blog':
        return snapshot.posts.map((e) => ({ section, slug: e.slug, date: e.publishDate, image: e.cover, translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.excerpt })) }))
    }
  })()
  return refs.sort(newestFirst)
}
