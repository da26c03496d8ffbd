import type { z } from 'zod'

/**
 * What every layer needs to know about one kind of content, and nothing more: the CMS collection it
 * is edited in (also its snapshot file, `<collection>.json`), the site section it is published under,
 * the field that proves a language was really written (read with fallback off, it is empty
 * otherwise), and the contract its snapshot entries follow. Each layer keeps its own module per kind
 * (CMS collection, export converter, site pages), keyed by `collection`.
 */
export interface ContentKind<
  Collection extends string = string,
  Section extends string = string,
  Schema extends z.ZodType = z.ZodType,
> {
  collection: Collection
  /** The URL segment of its index and entry pages: `/{locale}/{section}/{slug}/`. */
  section: Section
  /** A localized text every written translation has. */
  writtenBy: string
  /** A date-time field that keeps a published entry from the public until it has passed. */
  embargoField?: string
  /** What makes an entry public when the kind has no drafts: this field holds this value. */
  publicWhen?: { field: string; equals: string }
  /** Its entries can belong to campaigns (a `campaigns` list of slugs, coverage in the admin). */
  joinsCampaigns?: true
  schema: Schema
}

/** The field and value that make an entry public: Payload's `_status` unless the kind says otherwise. */
export const publicWhenOf = (kind: ContentKind): { field: string; equals: string } =>
  kind.publicWhen ?? { field: '_status', equals: 'published' }

/** Keeps the literal types of a kind (its collection and section names) for the registry's types. */
export const defineKind = <C extends string, S extends string, Z extends z.ZodType>(
  kind: ContentKind<C, S, Z>,
) => kind
