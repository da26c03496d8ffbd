import type { EntryCollection, EntryOf, LocaleCode, RichText } from '@jol/content-schemas'

import { relationId } from '../lexicalToRichText'

import type { CmsDoc } from '../contentReader'
import type { ServiceContact } from '../services'

/**
 * What a kind's converter gets and gives: the documents of one entry as the CMS returned them, and
 * helpers for what every kind does the same way (media references, rich text, problems named
 * `collection/slug/locale/field`). One converter per kind lives beside this file; `index.ts` lists them.
 */

export type Doc = Record<string, unknown>

/** One entry as read: the locale-independent fields, and each locale that was really written. */
export interface EntryDocs {
  /** The slug, or `#<id>` when it has none (so problems can still name the entry). */
  slug: string
  /** The fields that do not change with the language (from the first locale read). */
  shared: CmsDoc
  written: [LocaleCode, CmsDoc][]
}

export interface ConvertContext {
  /** Reports what is wrong with this entry: `locale` is `*` for a field shared by every language. */
  problem: (locale: LocaleCode | '*', field: string, message: string) => void
  /**
   * Leaves a part out (a story whose target went away) and says why; the entry is published
   * without it. Listed in the build status as `collection/slug/locale/field: reason`.
   */
  leaveOut: (locale: LocaleCode | '*', field: string, message: string) => void
  /** A media reference outside rich text (a cover, a photo): its snapshot id, or undefined (left out, and why). */
  mediaRef: (field: string, value: unknown) => string | undefined
  /** A rich text field converted to the snapshot's tree, its problems reported. */
  richText: (locale: LocaleCode, field: string, value: unknown) => RichText
  /**
   * What a contact pointing at a service of the help directory shows (its number, hours, website),
   * or undefined when it points at none or at one not on the site (said so; the contact's own fields stay).
   */
  serviceContact: (locale: LocaleCode, field: string, value: unknown) => ServiceContact | undefined
  /** The slug of a published entry of `collection` by its CMS id (newsletter stories point by id). */
  slugOf: (collection: EntryCollection, cmsId: string) => string | undefined
}

export interface KindConverter<C extends EntryCollection> {
  /** Kinds whose entries this one refers to: converted first, so only entries really published count. */
  after?: readonly EntryCollection[]
  /** The CMS ids of the media a document shows (only those are copied into the snapshot). */
  mediaIds: (doc: CmsDoc) => Iterable<string>
  convert: (entry: EntryDocs, context: ConvertContext) => EntryOf<C>
}

export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''
/** A required text: an empty one becomes '' so the contract says "must not be empty" for it. */
export const required = (value: unknown): string => (typeof value === 'string' ? value : '')
/** An optional text: empty and null are the same as absent. */
export const optional = (value: unknown): string | undefined => (isText(value) ? value : undefined)
export const rows = (value: unknown): Doc[] =>
  Array.isArray(value) ? value.filter((row): row is Doc => typeof row === 'object' && row !== null) : []
export const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : [])
/** Dates as ISO 8601 in UTC; something unreadable is passed on as it is, for the contract to name. */
export const iso = (value: unknown): string => {
  if (typeof value !== 'string') return ''
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}
/** Drops absent optional fields so the JSON carries no `null`s and no empty keys. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

export function mediaContact(row: Doc) {
  return compact({
    name: required(row.name),
    role: optional(row.role),
    phone: optional(row.phone),
    email: optional(row.email),
  })
}

/**
 * The campaigns an entry belongs to, by slug. A campaign that is not published (or was left out) is
 * left out of the entry's list, and said so; the entry itself is published.
 */
export function campaignSlugs(
  shared: CmsDoc,
  { slugOf, leaveOut }: Pick<ConvertContext, 'slugOf' | 'leaveOut'>,
): string[] {
  const slugs: string[] = []
  list<unknown>(shared.campaigns).forEach((value, index) => {
    const id = relationId(value)
    if (id === undefined) return
    const slug = slugOf('campaigns', id)
    if (slug === undefined)
      leaveOut(
        '*',
        `campaigns.${index}`,
        `points at campaign #${id}, which is not published; the link is left out`,
      )
    else slugs.push(slug)
  })
  return slugs
}

/** Kinds that can belong to a campaign convert after campaigns, so only published campaigns are named. */
export const afterCampaigns = ['campaigns'] as const satisfies readonly EntryCollection[]

/** A "where to get help" row: its own fields, or those of the directory's service it points at. */
export function helpContact(
  row: Doc,
  locale: LocaleCode,
  field: string,
  context: Pick<ConvertContext, 'serviceContact'>,
) {
  const service = context.serviceContact(locale, `${field}.service`, row.service)
  return compact({
    label: required(row.label),
    phone: service ? service.phone : optional(row.phone),
    hours: service ? service.hours : optional(row.hours),
    url: service ? service.url : optional(row.url),
  })
}
