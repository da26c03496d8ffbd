import { localeCodes, type LocaleCode, type Snapshot } from '@jol/content-schemas'

import { resolveTranslation } from './fallback'
import { assertSlugFitsIndex, entryPath, sectionIds, type SectionId } from './routes'
import { entriesOf, type EntryRef } from './sections'

/**
 * Which entry pages exist, and in which language each is really shown. Pages, the language
 * switcher, hreflang alternates and the sitemap all read this one answer.
 */

export interface EntryPage {
  section: SectionId
  slug: string
  /** The reader's locale: the URL's prefix and the language of the page's chrome. */
  locale: LocaleCode
  /** The language the entry is shown in. */
  shown: LocaleCode
  isFallback: boolean
  path: string
  /** The URL of the real translation shown here (the canonical one). */
  canonicalPath: string
}

export function entryPagesOf(ref: EntryRef): EntryPage[] {
  assertSlugFitsIndex(ref.section, ref.slug)
  const pages: EntryPage[] = []
  for (const locale of localeCodes) {
    const resolved = resolveTranslation(ref.translations, locale)
    if (!resolved) continue // no language of this reader's chain has it: no page, and the switcher says so
    pages.push({
      section: ref.section,
      slug: ref.slug,
      locale,
      shown: resolved.locale,
      isFallback: resolved.isFallback,
      path: entryPath(locale, ref.section, ref.slug),
      canonicalPath: entryPath(resolved.locale, ref.section, ref.slug),
    })
  }
  return pages
}

const allPages = new WeakMap<Snapshot, readonly EntryPage[]>()

/** Every entry page of the site (computed once per snapshot). */
export function allEntryPages(snapshot: Snapshot): readonly EntryPage[] {
  let pages = allPages.get(snapshot)
  if (!pages)
    allPages.set(
      snapshot,
      (pages = sectionIds.flatMap((section) => entriesOf(snapshot, section).flatMap(entryPagesOf))),
    )
  return pages
}

const allPaths = new WeakMap<Snapshot, ReadonlySet<string>>()

/** The paths of every entry page, to link only to pages that exist. */
export function entryPagePaths(snapshot: Snapshot): ReadonlySet<string> {
  let paths = allPaths.get(snapshot)
  if (!paths) allPaths.set(snapshot, (paths = new Set(allEntryPages(snapshot).map((p) => p.path))))
  return paths
}

/** Paths of pages that show another language than their URL's: kept out of the sitemap. */
export function fallbackPaths(snapshot: Snapshot): Set<string> {
  return new Set(
    allEntryPages(snapshot)
      .filter((p) => p.isFallback)
      .map((p) => p.path),
  )
}
