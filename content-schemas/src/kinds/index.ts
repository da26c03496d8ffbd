import type { z } from 'zod'

import { campaignsKind } from './campaigns'
import { leafletsKind } from './leaflets'
import { newslettersKind } from './newsletters'
import { postsKind } from './posts'
import { pressReleasesKind } from './press-releases'
import { questionsKind } from './questions'

/**
 * THE list of the kinds of content. Every other layer finds kinds here: the CMS's collections, the
 * exporter's converters, the snapshot's files, the site's sections, sitemap and search. Adding a kind
 * is one file in this folder, one line below, and one module per layer keyed by its collection (the
 * type checker names each layer that still lacks one). The order is the order of menus and lists.
 */
export const contentKinds = [
  leafletsKind,
  pressReleasesKind,
  newslettersKind,
  postsKind,
  campaignsKind,
  questionsKind,
] as const

export type AnyContentKind = (typeof contentKinds)[number]
export type EntryCollection = AnyContentKind['collection']
export type SectionId = AnyContentKind['section']
/** The kind whose collection is `C`. */
export type KindOf<C extends EntryCollection> = Extract<AnyContentKind, { collection: C }>
/** A snapshot entry of collection `C`. */
export type EntryOf<C extends EntryCollection> = z.infer<KindOf<C>['schema']>

/** Kinds without drafts: public when a field of theirs says so (`publicWhen`), not by Payload's `_status`. */
export const kindsWithoutDrafts = [questionsKind] as const
/** The collections edited with drafts, versions and scheduled publishing (`contentCollection()` in the CMS). */
export type DraftedCollection = Exclude<EntryCollection, (typeof kindsWithoutDrafts)[number]['collection']>

export const entryCollections: readonly EntryCollection[] = contentKinds.map((kind) => kind.collection)
/** Whether `value` names the collection of a kind of content. */
export const isEntryCollection = (value: unknown): value is EntryCollection =>
  contentKinds.some((kind) => kind.collection === value)
/** Whether `value` names the collection of a kind of content edited with drafts. */
export const isDraftedCollection = (value: unknown): value is DraftedCollection =>
  isEntryCollection(value) && !kindsWithoutDrafts.some((kind) => kind.collection === value)
export const sectionIds: readonly SectionId[] = contentKinds.map((kind) => kind.section)
/** The collections whose entries can belong to campaigns. */
export const campaignMemberCollections: readonly EntryCollection[] = contentKinds
  .filter((kind) => 'joinsCampaigns' in kind && kind.joinsCampaigns)
  .map((kind) => kind.collection)

export const kindOf = <C extends EntryCollection>(collection: C): KindOf<C> =>
  contentKinds.find((kind) => kind.collection === collection) as KindOf<C>
export const kindOfSection = (section: SectionId): AnyContentKind =>
  contentKinds.find((kind) => kind.section === section)!

/** The snapshot schema of every kind, by collection. */
export const entrySchemas = Object.fromEntries(
  contentKinds.map((kind) => [kind.collection, kind.schema]),
) as { [C in EntryCollection]: KindOf<C>['schema'] }

export * from './kind'
export * from './leaflets'
export * from './press-releases'
export * from './newsletters'
export * from './posts'
export * from './campaigns'
export * from './questions'

/**
 * The kinds an editor can preview from the edit screen (the draft's own page, a leaflet's PDF too).
 * Campaigns are not among them: their page gathers other entries, which a one-entry preview lacks.
 */
export const previewCollections = [
  'leaflets',
  'press-releases',
  'newsletters',
  'posts',
] as const satisfies readonly DraftedCollection[]
export type PreviewCollection = (typeof previewCollections)[number]
export const isPreviewCollection = (value: unknown): value is PreviewCollection =>
  previewCollections.some((collection) => collection === value)
