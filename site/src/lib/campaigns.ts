import type { Campaign, Snapshot, Topic } from '@jol/content-schemas'

import { sectionIds, type SectionId } from './routes'
import { entriesOf, type EntryRef } from './sections'

/**
 * Campaigns and topics across kinds of content: what belongs to a campaign, what is about a topic,
 * which campaigns are running. Pure functions of the snapshot (and of the build's date).
 */

/** The sections whose entries can belong to a campaign (every one but campaigns themselves). */
export const memberSections = sectionIds.filter((section) => section !== 'campaigns')

type AnyEntry = { slug: string; campaigns?: string[]; topics?: string[] }

function entryOf(snapshot: Snapshot, ref: EntryRef): AnyEntry | undefined {
  const list = { leaflets: snapshot.leaflets, press: snapshot['press-releases'], newsletters: snapshot.newsletters, blog: snapshot.posts, campaigns: snapshot.campaigns }[ref.section]
  return (list as AnyEntry[]).find((entry) => entry.slug === ref.slug)
}

/** A campaign's entries per section, newest first; sections without any are left out. */
export function campaignMembers(snapshot: Snapshot, campaign: string): { section: SectionId; entries: EntryRef[] }[] {
  return memberSections
    .map((section) => ({ section, entries: entriesOf(snapshot, section).filter((ref) => entryOf(snapshot, ref)?.campaigns?.includes(campaign)) }))
    .filter((group) => group.entries.length > 0)
}

const newestFirst = (a: EntryRef, b: EntryRef) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)

/** Everything on one topic, across kinds of content, newest first. */
export function topicEntries(snapshot: Snapshot, topic: Topic): EntryRef[] {
  return memberSections.flatMap((section) => entriesOf(snapshot, section).filter((ref) => entryOf(snapshot, ref)?.topics?.includes(topic))).sort(newestFirst)
}

/** Campaigns that have not ended on `day` (running, or about to start), soonest start first. */
export function currentCampaigns(snapshot: Snapshot, now: Date): Campaign[] {
  const today = now.toISOString().slice(0, 10)
  return snapshot.campaigns
    .filter((campaign) => campaign.endDate === undefined || campaign.endDate.slice(0, 10) >= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.slug.localeCompare(b.slug))
}

/** The stylesheet that gives each campaign its colour: `[data-campaign="<slug>"] { --campaign: #… }`. */
export function campaignColoursCss(campaigns: readonly Campaign[]): string {
  return campaigns.map((c) => `[data-campaign="${c.slug}"]{--campaign:${c.brandColour}}`).join('\n') + '\n'
}

export const campaignColoursPath = '/campaign-colours.css'
