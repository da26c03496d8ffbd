import { z } from 'zod'

import type { EntryCollection } from './kinds'

/**
 * What readers tell a campaign, and how it is counted: shared by the site (links and forms), the
 * CMS (collections) and the reach import (scripts/reach). Nothing here identifies a reader.
 */

/** The site's URL sections and the CMS collection each one shows (`/{locale}/{section}/{slug}/`). */
export const sectionCollections = {
  leaflets: 'leaflets',
  press: 'press-releases',
  newsletters: 'newsletters',
  blog: 'posts',
  campaigns: 'campaigns',
  faq: 'questions',
} as const satisfies Record<string, EntryCollection>

/** What a counted request fetched. */
export const reachKindSchema = z.enum(['page', 'leaflet-pdf', 'press-kit', 'newsletter-email', 'feed'])
export type ReachKind = z.infer<typeof reachKindSchema>

/**
 * Where a reader came from, carried by `?src=` on links Jol prints or sends (never on the site's own
 * links, canonical URLs, sitemap or hreflang). Anything else, or nothing, is `direct`.
 */
export const sourceParam = 'src'
export const taggedSources = ['print', 'newsletter', 'share'] as const
export type TaggedSource = (typeof taggedSources)[number]
export const reachSourceSchema = z.enum([...taggedSources, 'direct'])
export type ReachSource = z.infer<typeof reachSourceSchema>

/** `url` with `?src=<source>` set (replacing any earlier one): the one way a tagged link is built. */
export function withSource(url: string, source: TaggedSource): string {
  const tagged = new URL(url)
  tagged.searchParams.set(sourceParam, source)
  return tagged.href
}

export const reachSourceOf = (value: string | null | undefined): ReachSource =>
  (taggedSources as readonly string[]).includes(value ?? '') ? (value as TaggedSource) : 'direct'

/**
 * Readers' questions: how editors triage them (`faq` publishes one on the site), and how long a
 * reader's contact, given only with their consent, is kept before it is deleted.
 */
export const questionStatusSchema = z.enum(['new', 'answered', 'faq', 'rejected'])
export type QuestionStatus = z.infer<typeof questionStatusSchema>
export const questionStatusLabels: Record<QuestionStatus, string> = {
  new: 'New',
  answered: 'Answered',
  faq: 'Published as FAQ',
  rejected: 'Rejected',
}
export const defaultContactRetentionDays = 30
export const questionLimits = { question: 1000, place: 80, contact: 120 } as const
