import { kindOfSection, type EntryCollection, type EntryOf, type Snapshot } from '@jol/content-schemas'

import { siteKinds, type ListedEntry } from '../kinds'
import type { SectionId } from './routes'

/**
 * Every kind of entry, seen the same way by indexes, the home page, feeds and the sitemap:
 * a slug, the date readers sort by, and a title and summary per written language.
 */

export type { Card } from '../kinds'

export interface EntryRef extends ListedEntry {
  section: SectionId
  slug: string
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
  const collection: EntryCollection = kindOfSection(section).collection
  const listed = siteKinds[collection].listed as (entry: EntryOf<EntryCollection>) => ListedEntry
  const entries = snapshot[collection] as EntryOf<EntryCollection>[]
  return entries.map((entry) => ({ section, slug: entry.slug, ...listed(entry) })).sort(newestFirst)
}

/** How many of a section's newest entries the home page shows. */
export const onHome = (section: SectionId): number => siteKinds[kindOfSection(section).collection].onHome
