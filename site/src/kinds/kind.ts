import type { EntryCollection, EntryOf, LocaleCode } from '@jol/content-schemas'

/**
 * What the site needs from one kind of content beyond the registry in content-schemas (collection,
 * section): how an entry looks in lists (indexes, the home page, feeds, the sitemap) and how many of
 * the newest the home page shows. Its pages live in `pages/[locale]/<section>/`.
 */

export interface Card {
  title: string
  summary: string
}

export interface ListedEntry {
  /** ISO date the section is ordered by (newest first). */
  date: string
  /** Media id of the entry's picture, if it has one. */
  image?: string
  translations: Partial<Record<LocaleCode, Card>>
}

export interface SiteKind<C extends EntryCollection> {
  listed: (entry: EntryOf<C>) => ListedEntry
  /** How many of its newest entries the home page shows. */
  onHome: number
}

export function mapTranslations<T>(
  translations: Partial<Record<LocaleCode, T>>,
  card: (t: T) => Card,
): Partial<Record<LocaleCode, Card>> {
  const out: Partial<Record<LocaleCode, Card>> = {}
  for (const [code, value] of Object.entries(translations) as [LocaleCode, T | undefined][]) {
    if (value !== undefined) out[code] = card(value)
  }
  return out
}
