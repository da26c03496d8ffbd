import {
  entryCollections,
  kindOf,
  publicWhenOf,
  type EntryCollection,
  type LocaleCode,
  type Manifest,
} from '@jol/content-schemas'

/**
 * What the exporter needs from a CMS, whichever door it comes through (Local API or REST).
 * Every read is as the public would see it: published documents only, press releases only after
 * their embargo, one locale at a time with fallback OFF (so a missing translation reads as empty,
 * never as another language's text), relations as bare ids (depth 0).
 */

/** The collections of content, from the registry of kinds in content-schemas. */
export const contentCollections = entryCollections
export type ContentCollection = EntryCollection

export const globalSlugs = ['site-settings', 'press-room'] as const
export type GlobalSlug = (typeof globalSlugs)[number]

/** A document as the CMS returns it for one locale (shape checked later, against the contract). */
export type CmsDoc = Record<string, unknown> & { id: string | number }

export interface ContentReader {
  /** Where the content came from, for the snapshot's manifest. */
  readonly source: Manifest['source']
  /** The published (and, for releases, released) documents of a collection in one locale. */
  published: (collection: ContentCollection, locale: LocaleCode) => Promise<CmsDoc[]>
  /** Every service of the help directory in one locale (the exporter keeps those verified recently enough). */
  services: (locale: LocaleCode) => Promise<CmsDoc[]>
  /** Every media document in one locale (the exporter keeps only the ones content refers to). */
  media: (locale: LocaleCode) => Promise<CmsDoc[]>
  /** The original file of a media document, byte for byte. */
  mediaFile: (doc: CmsDoc) => Promise<Buffer>
  /** A global in one locale. */
  global: (slug: GlobalSlug, locale: LocaleCode) => Promise<Record<string, unknown>>
  /** Releases what the reader opened (a database connection); a no-op when it opened nothing. */
  close: () => Promise<void>
}

/**
 * The reader's own guard, whatever the CMS's access rules say: a draft or a release still under
 * embargo must never reach the snapshot, even if a signed-in reader (an API key) was allowed to see it.
 */
export function isPublic(collection: ContentCollection, doc: CmsDoc, now: Date): boolean {
  const kind = kindOf(collection)
  const { field, equals } = publicWhenOf(kind)
  if (doc[field] !== equals) return false
  const { embargoField } = kind
  const embargo = embargoField === undefined ? undefined : doc[embargoField]
  if (typeof embargo === 'string' && embargo !== '') {
    const until = Date.parse(embargo)
    // An unreadable embargo date is treated as "still under embargo": leaving a release out is safe.
    if (Number.isNaN(until) || until > now.getTime()) return false
  }
  return true
}
