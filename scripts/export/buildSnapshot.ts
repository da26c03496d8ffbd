import {
  contentKinds,
  kindOf,
  type AnyContentKind,
  describeIssues,
  isLocaleCode,
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
import { convertServices, relatedId } from './services'

/**
 * Reads everything the public may see through a `ContentReader` and turns it into the snapshot
 * contract, one kind at a time through its converter (`./kinds`).
 *
 * A bad entry never stops the rest: what cannot be published is left out, as small a part as
 * possible (a picture in a text, a newsletter's section, one language of an entry, else the entry),
 * and each is listed as `collection/slug/locale/field: why`. Unpublishing therefore always reaches the
 * site. Only what no entry can be blamed for (the site settings, the press room) stops the export,
 * with every problem listed, before anything is written.
 */

export interface CollectedSnapshot {
  input: SnapshotInput
  /** What stops the export. */
  problems: string[]
  /** What was left out of the snapshot, and why. */
  leftOut: string[]
}

type EntryProblem = { locale: LocaleCode | '*'; line: string }

/** Zod issues of one entry as problems, each with the language it belongs to (`*`: every language). */
function issuesOf(
  collection: string,
  slug: string,
  issues: Parameters<typeof describeIssues>[2],
): EntryProblem[] {
  return issues.map((issue) => {
    const [first, second] = issue.path
    const locale =
      first === 'translations' && typeof second === 'string' && isLocaleCode(second) ? second : '*'
    return { locale, line: describeIssues(collection, slug, [issue])[0]! }
  })
}

/**
 * Converters run after the kinds they refer to (campaigns first, newsletters after posts and
 * leaflets); otherwise in the registry's order.
 */
const conversionOrder = (() => {
  const ordered: AnyContentKind[] = []
  const visit = (kind: AnyContentKind, path: readonly EntryCollection[]) => {
    if (ordered.includes(kind)) return
    if (path.includes(kind.collection))
      throw new Error(`converters refer to each other in a circle: ${[...path, kind.collection].join(' → ')}`)
    for (const before of converters[kind.collection].after ?? [])
      visit(kindOf(before), [...path, kind.collection])
    ordered.push(kind)
  }
  contentKinds.forEach((kind) => visit(kind, []))
  return ordered
})()

/** Reads and converts everything; returns the snapshot, what stops it, and what was left out (nothing is thrown for bad content). */
export async function collectSnapshot(
  reader: ContentReader,
  locales: readonly LocaleCode[] = localeCodes,
  now: Date = new Date(),
): Promise<CollectedSnapshot> {
  const problems: string[] = []
  const leftOut: string[] = []
  const line = (collection: string, key: string, locale: string, field: string, message: string) =>
    `${collection}/${key}/${locale}/${field}: ${message}`

  const content = {} as Record<EntryCollection, Map<string, PerLocale>>
  for (const collection of entryCollections)
    content[collection] = await readPerLocale(locales, (locale) => reader.published(collection, locale))
  const globals = { siteSettings: new Map<LocaleCode, Doc>(), pressRoom: new Map<LocaleCode, Doc>() }
  for (const locale of locales) {
    globals.siteSettings.set(locale, await reader.global('site-settings', locale))
    globals.pressRoom.set(locale, await reader.global('press-room', locale))
  }

  // The help directory first: leaflets' contacts and the hotline may point at its services.
  const settingsDoc = globals.siteSettings.values().next().value ?? {}
  const directory = convertServices(
    await readPerLocale(locales, (locale) => reader.services(locale)),
    settingsDoc.servicesVerificationDays,
    now,
  )
  leftOut.push(...directory.leftOut)
  /** A relation to a service: what it shows, or undefined (and why) when that service is not on the site. */
  const serviceContact = (report: (message: string) => void, locale: LocaleCode, value: unknown) => {
    const id = relatedId(value)
    if (id === undefined) return undefined
    const contact = directory.contactOf(id, locale)
    if (contact === undefined)
      report(
        `points at service #${id}, which is not on the site (not verified recently); its own fields are shown`,
      )
    return contact
  }

  // Only media the exported content shows are copied: covers, press photos, pictures in texts.
  const referenced = new Set<string>()
  for (const collection of entryCollections) {
    for (const docs of content[collection].values())
      for (const doc of docs.values())
        for (const id of converters[collection].mediaIds(doc)) referenced.add(id)
  }
  for (const room of globals.pressRoom.values())
    mediaInLexical(room.boilerplate).forEach((id) => referenced.add(id))
  const media = await collectMedia(reader, locales, referenced)

  /** Why a media reference cannot be published, if it cannot. */
  const withheld = (cmsId: string): string | undefined =>
    media.withheld.get(cmsId) ??
    (media.snapshotIdOf.has(cmsId) ? undefined : `refers to media #${cmsId}, which does not exist`)
  const richText = (
    report: (locale: LocaleCode, field: string, message: string, leaveOut: boolean) => void,
    locale: LocaleCode,
    field: string,
    value: unknown,
  ): RichText => {
    const {
      tree,
      problems: found,
      leftOut: pictures,
    } = lexicalToRichText(value, field, (cmsId) => {
      const why = withheld(cmsId)
      if (why !== undefined) return { leaveOut: `${why}; the picture is left out of the text` }
      // A picture in a text is shown as an image: a PDF belongs in a link or a press kit instead.
      const mimeType = media.mimeTypeOf.get(cmsId) ?? ''
      if (!mimeType.startsWith('image/'))
        return {
          leaveOut: `media #${cmsId} is ${mimeType || 'a file of unknown type'}, not a picture; it cannot be shown in the text and is left out`,
        }
      return media.snapshotIdOf.get(cmsId)
    })
    for (const p of found) report(locale, p.path, p.message, false)
    for (const p of pictures) report(locale, p.path, p.message, true)
    return tree
  }

  const entries = {} as Record<EntryCollection, { slug: string; entry: Record<string, unknown> }[]>
  /** CMS id → slug of the entries kept, for references between kinds. */
  const kept = new Map<EntryCollection, Map<string, string>>()
  for (const kind of conversionOrder) {
    const collection = kind.collection
    const converted: { slug: string; entry: Record<string, unknown> }[] = []
    const slugsKept = new Map<string, string>()
    for (const [cmsId, docs] of content[collection]) {
      const shared = sharedOf(docs)
      const slug = required(shared.slug) || `#${shared.id}`
      const found: EntryProblem[] = []
      const leaveOut = (locale: LocaleCode | '*', field: string, message: string) =>
        leftOut.push(line(collection, slug, locale, field, message))
      const context: ConvertContext = {
        problem: (locale, field, message) =>
          found.push({ locale, line: line(collection, slug, locale, field, message) }),
        leaveOut,
        mediaRef: (field, value) => {
          const id = relationId(value)
          if (id === undefined) return undefined
          const why = withheld(id)
          if (why !== undefined) leaveOut('*', field, `${why}; left out`)
          return why === undefined ? media.snapshotIdOf.get(id) : undefined
        },
        richText: (locale, field, value) =>
          richText(
            (l, path, message, isLeftOut) =>
              isLeftOut
                ? leaveOut(l, path, message)
                : found.push({ locale: l, line: line(collection, slug, l, path, message) }),
            locale,
            field,
            value,
          ),
        slugOf: (target, id) => kept.get(target)?.get(id),
        serviceContact: (locale, field, value) =>
          serviceContact((message) => leaveOut(locale, field, message), locale, value),
      }
      // Only the locales really written (read with fallback off, the others are empty).
      const written = [...docs].filter(([, doc]) => isText(doc[kind.writtenBy]))
      const entry = converters[collection].convert({ slug, shared, written }, context) as unknown as Record<
        string,
        unknown
      >
      const parsed = kind.schema.safeParse(entry, { reportInput: true })
      if (!parsed.success) found.push(...issuesOf(collection, slug, parsed.error.issues))
      if ([...slugsKept.values()].includes(slug))
        found.push({ locale: '*', line: line(collection, slug, '*', 'slug', 'is used by two entries') })

      // A problem of every language leaves the entry out; a problem of one language, that language.
      const translations = (entry.translations ?? {}) as Record<string, unknown>
      const badLocales = new Set(found.map((p) => p.locale))
      for (const locale of badLocales) if (locale !== '*') delete translations[locale]
      if (badLocales.has('*') || Object.keys(translations).length === 0) {
        leftOut.push(...found.map((p) => `${p.line} (the entry is left out)`))
        continue
      }
      leftOut.push(...found.map((p) => `${p.line} (this language is left out)`))
      converted.push({ slug, entry })
      slugsKept.set(cmsId, slug)
    }
    entries[collection] = converted
    kept.set(collection, slugsKept)
  }

  const globalsProblem = (locale: LocaleCode, field: string, message: string, isLeftOut: boolean) =>
    (isLeftOut ? leftOut : problems).push(line('globals', 'press-room', locale, field, message))
  const input: SnapshotInput = {
    source: reader.source,
    locales: [...locales] as Manifest['locales'],
    ...(Object.fromEntries(entryCollections.map((c) => [c, entries[c].map((e) => e.entry)])) as unknown as {
      [C in EntryCollection]: EntryOf<C>[]
    }),
    media: media.media,
    globals: convertGlobals(
      globals.siteSettings,
      globals.pressRoom,
      (_key, locale, field, value) => richText(globalsProblem, locale, field, value),
      (value) =>
        serviceContact(
          (message) => leftOut.push(line('globals', 'site-settings', '*', 'hotline.service', message)),
          locales[0]!,
          value,
        )?.phone,
    ),
    services: directory.services,
    mediaFiles: media.files,
  }
  // The contract's own checks over the whole snapshot come last: what is left is not any one entry's.
  problems.push(...snapshotProblems(input))
  return { input, problems: [...new Set(problems)], leftOut: [...new Set(leftOut)] }
}

/**
 * Reads, converts and validates everything, then writes the snapshot into `outDir` atomically.
 * A problem that stops it throws `SnapshotValidationError` with all of them, and `outDir` is left as
 * it was; what was left out is returned, for the build to list.
 */
export async function exportSnapshot(
  reader: ContentReader,
  outDir: string,
  options: { locales?: readonly LocaleCode[]; now?: Date } = {},
) {
  const { input, problems, leftOut } = await collectSnapshot(reader, options.locales, options.now)
  if (problems.length > 0) throw new SnapshotValidationError(problems)
  const manifest = await writeSnapshot(outDir, input, options.now)
  return { manifest, input, leftOut }
}

/** How a part left out is printed: the CMS's build status collects these lines (see cms/src/publishing). */
export const LEFT_OUT_PREFIX = 'left out: '
export const leftOutLine = (line: string) => `${LEFT_OUT_PREFIX}${line}`

/** One line for people: counts per collection and the locales. */
export function summaryLine(outDir: string, input: SnapshotInput): string {
  const counts = [...entryCollections, 'media' as const]
    .map((collection) => `${input[collection].length} ${collection}`)
    .join(', ')
  const translated = new Set<string>()
  for (const collection of entryCollections)
    for (const entry of input[collection]) Object.keys(entry.translations).forEach((l) => translated.add(l))
  const locales = input.locales.filter((l) => translated.has(l))
  return `snapshot written to ${outDir}: ${counts}; locales ${locales.join(', ') || '(none)'}`
}
