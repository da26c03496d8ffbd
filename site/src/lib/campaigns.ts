import {
  kindOfSection,
  topicSchema,
  type Campaign,
  type LocaleCode,
  type Snapshot,
  type Topic,
} from '@jol/content-schemas'

import { resolveTranslation } from './fallback'
import { sectionIds, type SectionId } from './routes'
import { entriesOf, type EntryRef } from './sections'

/**
 * Campaigns and topics across kinds of content: what belongs to a campaign, what is about a topic,
 * which campaigns are running. Pure functions of the snapshot (and of the build's date), computed
 * once per snapshot where every page asks.
 */

/** The sections whose entries can belong to a campaign or a topic (every one but campaigns themselves). */
export const memberSections: readonly SectionId[] = sectionIds.filter((section) => section !== 'campaigns')

type AnyEntry = { slug: string; campaigns?: string[]; topics?: string[] }

const indexes = new WeakMap<Snapshot, Map<string, AnyEntry>>()
function entryOf(snapshot: Snapshot, section: SectionId, slug: string): AnyEntry | undefined {
  let index = indexes.get(snapshot)
  if (!index) {
    index = new Map()
    for (const s of sectionIds)
      for (const entry of snapshot[kindOfSection(s).collection] as AnyEntry[])
        index.set(`${s}/${entry.slug}`, entry)
    indexes.set(snapshot, index)
  }
  return index.get(`${section}/${slug}`)
}

/** A campaign's entries per section, newest first; sections without any are left out. */
export function campaignMembers(
  snapshot: Snapshot,
  campaign: string,
): { section: SectionId; entries: EntryRef[] }[] {
  return memberSections
    .map((section) => ({
      section,
      entries: entriesOf(snapshot, section).filter((ref) =>
        entryOf(snapshot, section, ref.slug)?.campaigns?.includes(campaign),
      ),
    }))
    .filter((group) => group.entries.length > 0)
}

const newestFirst = (a: EntryRef, b: EntryRef) =>
  b.date.localeCompare(a.date) || a.section.localeCompare(b.section) || a.slug.localeCompare(b.slug)
const byTopic = new WeakMap<Snapshot, Map<Topic, EntryRef[]>>()

/** Everything on one topic, across kinds of content, newest first. */
export function topicEntries(snapshot: Snapshot, topic: Topic): readonly EntryRef[] {
  let topics = byTopic.get(snapshot)
  if (!topics) byTopic.set(snapshot, (topics = new Map()))
  let refs = topics.get(topic)
  if (!refs) {
    refs = memberSections
      .flatMap((section) =>
        entriesOf(snapshot, section).filter((ref) =>
          entryOf(snapshot, section, ref.slug)?.topics?.includes(topic),
        ),
      )
      .sort(newestFirst)
    topics.set(topic, refs)
  }
  return refs
}

/** The topics a reader of `locale` can open (one entry at least, in their language or a fallback), in vocabulary order. */
export function topicsWithEntries(snapshot: Snapshot, locale: LocaleCode): Topic[] {
  return topicSchema.options.filter((topic) =>
    topicEntries(snapshot, topic).some((ref) => resolveTranslation(ref.translations, locale)),
  )
}

/** The topics an entry is about, for links from its page. */
export function topicsOf(snapshot: Snapshot, section: SectionId, slug: string): Topic[] {
  return (entryOf(snapshot, section, slug)?.topics ?? []) as Topic[]
}

/** Campaigns that have not ended on the day of `now` (running, or about to start), soonest start first. */
export function currentCampaigns(snapshot: Snapshot, now: Date): Campaign[] {
  const today = now.toISOString().slice(0, 10)
  return snapshot.campaigns
    .filter((campaign) => campaign.endDate === undefined || campaign.endDate.slice(0, 10) >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.slug.localeCompare(b.slug))
}
