import {
  contentKinds,
  entryCollections,
  localeCodes,
  SnapshotValidationError,
  type EntryCollection,
  type EntryOf,
  type LocaleCode,
  type Manifest,
  type RichText,
} from '@jol/content-schemas'
import { snapshotProblems, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'

import type { ContentReader } from './contentReader'
import { convertGlobals } from './globals'
import { converters } from './kinds'
import { isText, required, type ConvertContext, type Doc } from './kinds/convert'
import { lexicalToRichText, mediaInLexical, relationId } from './lexicalToRichText'
import { collectMedia, readPerLocale, sharedOf, type PerLocale } from './media'

/**
 * Reads everything the public may see through a `ContentReader` and turns it into the snapshot
 * contract, one kind at a time through its converter (`./kinds`). Every problem is collected
 * ("collection/slug/locale/field: what is wrong") and, if there is any, the export stops before
 * anything is written, listing them all.
 */

export interface CollectedSnapshot {
  input: SnapshotInput
  problems: string[]
}

/** Reads and converts everything; returns the snapshot and every problem found (nothing is thrown for bad content). */
export async function collectSnapshot(reader: ContentReader, locales: readonly LocaleCode[] = localeCodes): Promise<CollectedSnapshot> {
  const problems: string[] = []
  const problem = (collection: string, key: string, locale: string, field: string, message: string) => problems.push(`${collection}/${key}/${locale}/${field}: ${message}`)

  const content = {} as Record<EntryCollection, Map<string, PerLocale>>
  for (const collection of entryCollections) content[collection] = await readPerLocale(locales, (locale) => reader.published(collection, locale))
  const globals = { siteSettings: new Map<LocaleCode, Doc>(), pressRoom: new Map<LocaleCode, Doc>() }
  for (const locale of locales) {
    globals.siteSettings.set(locale, await reader.global('site-settings', locale))
    globals.pressRoom.set(locale, await reader.global('press-room', locale))
  }

  // Only media the exported content shows are copied: covers, press photos, pictures in texts.
  const referenced = new Set<string>()
  for (const collection of entryCollections) {
    for (const docs of content[collection].values()) for (const doc of docs.values()) for (const id of converters[collection].mediaIds(doc)) referenced.add(id)
  }
  for (const room of globals.pressRoom.values()) mediaInLexical(room.boilerplate).forEach((id) => referenced.add(id))
  const media = await collectMedia(reader, locales, referenced, (key, field, message) => problem('media', key, '*', field, message))

  const richText = (collection: string, key: string, locale: LocaleCode, field: string, value: unknown): RichText => {
    const { tree, problems: found } = lexicalToRichText(value, field, (cmsId) => {
      const id = media.snapshotIdOf.get(cmsId)
      // A picture in a text is shown as an image: a PDF belongs in a link or a press kit instead.
      const mimeType = media.mimeTypeOf.get(cmsId) ?? ''
      return id !== undefined && !mimeType.startsWith('image/') ? { problem: `media #${cmsId} is ${mimeType || 'a file of unknown type'}, not a picture; it cannot be shown in the text` } : id
    })
    for (const p of found) problem(collection, key, locale, p.path, p.message)
    return tree
  }
  const slugs = new Map(entryCollections.map((collection) => [collection, new Map([...content[collection]].map(([id, docs]) => [id, required(sharedOf(docs).slug)]))]))

  const entries = {} as { [C in EntryCollection]: EntryOf<C>[] }
  for (const kind of contentKinds) {
    const collection = kind.collection
    const converted: EntryOf<typeof collection>[] = []
    for (const docs of content[collection].values()) {
      const shared = sharedOf(docs)
      const slug = required(shared.slug) || `#${shared.id}`
      const context: ConvertContext = {
        problem: (locale, field, message) => problem(collection, slug, locale, field, message),
        mediaRef: (field, value) => {
          const cmsId = relationId(value)
          if (cmsId === undefined) return undefined
          const id = media.snapshotIdOf.get(cmsId)
          // A file that could not be read is reported once, as a media problem.
          if (id === undefined && !media.unreadable.has(cmsId)) problem(collection, slug, '*', field, `refers to media #${cmsId}, which does not exist or cannot be read`)
          return id
        },
        richText: (locale, field, value) => richText(collection, slug, locale, field, value),
        slugOf: (target, cmsId) => slugs.get(target)?.get(cmsId),
      }
      // Only the locales really written (read with fallback off, the others are empty).
      const written = [...docs].filter(([, doc]) => isText(doc[kind.writtenBy]))
      converted.push(converters[collection].convert({ slug, shared, written }, context) as never)
    }
    ;(entries as Record<EntryCollection, unknown[]>)[collection] = converted
  }

  const input: SnapshotInput = {
    source: reader.source,
    locales: [...locales] as Manifest['locales'],
    ...entries,
    media: media.media,
    globals: convertGlobals(globals.siteSettings, globals.pressRoom, (key, locale, field, value) => richText('globals', key, locale, field, value)),
    mediaFiles: media.files,
  }
  // The contract's own checks (every field, and references between entries) come after ours.
  problems.push(...snapshotProblems(input))
  return { input, problems: [...new Set(problems)] }
}

/**
 * Reads, converts and validates everything, then writes the snapshot into `outDir` atomically.
 * Any problem throws `SnapshotValidationError` with all of them, and `outDir` is left as it was.
 */
export async function exportSnapshot(reader: ContentReader, outDir: string, options: { locales?: readonly LocaleCode[]; now?: Date } = {}) {
  const { input, problems } = await collectSnapshot(reader, options.locales)
  if (problems.length > 0) throw new SnapshotValidationError(problems)
  const manifest = await writeSnapshot(outDir, input, options.now)
  return { manifest, input }
}

/** One line for people: counts per collection and the locales. */
export function summaryLine(outDir: string, input: SnapshotInput): string {
  const counts = [...entryCollections, 'media' as const].map((collection) => `${input[collection].length} ${collection}`).join(', ')
  const translated = new Set<string>()
  for (const collection of entryCollections) for (const entry of input[collection]) Object.keys(entry.translations).forEach((l) => translated.add(l))
  const locales = input.locales.filter((l) => translated.has(l))
  return `snapshot written to ${outDir}: ${counts}; locales ${locales.join(', ') || '(none)'}`
}
