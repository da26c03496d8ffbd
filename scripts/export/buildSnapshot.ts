import path from 'node:path'

import {
  localeCodes,
  SnapshotValidationError,
  type Globals,
  type Leaflet,
  type LocaleCode,
  type Manifest,
  type Media,
  type Newsletter,
  type NewsletterSection,
  type Post,
  type PressRelease,
  type PressRoom,
  type RichText,
  type SiteSettings,
} from '@jol/content-schemas'
import { mediaIdOf, snapshotProblems, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'

import { contentCollections, type CmsDoc, type ContentCollection, type ContentReader } from './contentReader'
import { lexicalToRichText, mediaInLexical, relationId } from './lexicalToRichText'

/**
 * Reads everything the public may see through a `ContentReader` and turns it into the snapshot
 * contract. Every problem is collected ("collection/slug/locale/field: what is wrong") and, if there
 * is any, the export stops before anything is written, listing them all.
 */

type Doc = Record<string, unknown>
/** One document in every locale it was read in (the same document: status is per document). */
type PerLocale = Map<LocaleCode, CmsDoc>

/** The field that tells whether a locale was really written (read with fallback off, it is empty otherwise). */
const writtenBy = { leaflets: 'title', 'press-releases': 'title', newsletters: 'subject', posts: 'title' } as const satisfies Record<ContentCollection, string>

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''
/** A required text: an empty one becomes '' so the contract says "must not be empty" for it. */
const required = (value: unknown): string => (typeof value === 'string' ? value : '')
/** An optional text: empty and null are the same as absent. */
const optional = (value: unknown): string | undefined => (isText(value) ? value : undefined)
const rows = (value: unknown): Doc[] => (Array.isArray(value) ? value.filter((row): row is Doc => typeof row === 'object' && row !== null) : [])
/** Dates as ISO 8601 in UTC; something unreadable is passed on as it is, for the contract to name. */
const iso = (value: unknown): string => {
  if (typeof value !== 'string') return ''
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}
/** Drops absent optional fields so the JSON carries no `null`s and no empty keys. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

const extensionByMime: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
}

function extensionOf(filename: string, mimeType: string): string {
  const ext = path.extname(filename).slice(1).toLowerCase()
  return /^[a-z0-9]+$/.test(ext) ? ext : (extensionByMime[mimeType] ?? 'bin')
}

/** Reads every locale of a collection and groups the documents by id, in id order. */
async function readCollection(reader: ContentReader, collection: ContentCollection | 'media', locales: readonly LocaleCode[]): Promise<Map<string, PerLocale>> {
  const byId = new Map<string, PerLocale>()
  for (const locale of locales) {
    const docs = collection === 'media' ? await reader.media(locale) : await reader.published(collection, locale)
    for (const doc of docs) {
      const id = String(doc.id)
      if (!byId.has(id)) byId.set(id, new Map())
      byId.get(id)!.set(locale, doc)
    }
  }
  return byId
}

/** The locale-independent fields of a document, from the first locale it was read in. */
const sharedOf = (docs: PerLocale): CmsDoc => docs.values().next().value as CmsDoc

export interface CollectedSnapshot {
  input: SnapshotInput
  problems: string[]
}

/** Reads and converts everything; returns the snapshot and every problem found (nothing is thrown for bad content). */
export async function collectSnapshot(reader: ContentReader, locales: readonly LocaleCode[] = localeCodes): Promise<CollectedSnapshot> {
  const problems: string[] = []
  const problem = (collection: string, key: string, locale: string, field: string, message: string) => problems.push(`${collection}/${key}/${locale}/${field}: ${message}`)

  const content = {} as Record<ContentCollection, Map<string, PerLocale>>
  for (const collection of contentCollections) content[collection] = await readCollection(reader, collection, locales)
  const globals = { siteSettings: new Map<LocaleCode, Doc>(), pressRoom: new Map<LocaleCode, Doc>() }
  for (const locale of locales) {
    globals.siteSettings.set(locale, await reader.global('site-settings', locale))
    globals.pressRoom.set(locale, await reader.global('press-room', locale))
  }

  // Only media the exported content shows are copied: covers, press photos, pictures in texts.
  const referenced = new Set<string>()
  const refer = (value: unknown) => {
    const id = relationId(value)
    if (id !== undefined) referenced.add(id)
  }
  for (const collection of contentCollections) {
    for (const docs of content[collection].values()) {
      for (const doc of docs.values()) {
        refer(doc.cover)
        for (const photo of Array.isArray(doc.photos) ? doc.photos : []) refer(photo)
        mediaInLexical(doc.body).forEach((id) => referenced.add(id))
      }
    }
  }
  for (const room of globals.pressRoom.values()) mediaInLexical(room.boilerplate).forEach((id) => referenced.add(id))

  const allMedia = await readCollection(reader, 'media', locales)
  const snapshotIdOf = new Map<string, string>()
  const mimeTypeOf = new Map<string, string>()
  const unreadable = new Set<string>()
  const mediaFiles = new Map<string, Buffer>()
  const media: Media[] = []
  for (const [cmsId, docs] of allMedia) {
    if (!referenced.has(cmsId)) continue
    const shared = sharedOf(docs)
    const filename = required(shared.filename)
    let data: Buffer
    try {
      data = await reader.mediaFile(shared)
    } catch (error) {
      unreadable.add(cmsId)
      problem('media', filename || `#${cmsId}`, '*', 'file', `could not be read (${error instanceof Error ? error.message : String(error)})`)
      continue
    }
    const id = mediaIdOf(data)
    snapshotIdOf.set(cmsId, id)
    mimeTypeOf.set(cmsId, required(shared.mimeType))
    // The same file uploaded twice is one file in the snapshot (it is addressed by its content).
    if (mediaFiles.has(id)) continue
    mediaFiles.set(id, data)
    const mimeType = required(shared.mimeType)
    const translations: Media['translations'] = {}
    for (const [locale, doc] of docs) if (isText(doc.alt)) translations[locale] = compact({ alt: doc.alt, caption: optional(doc.caption) })
    media.push(
      compact({
        id,
        file: `media/${id}.${extensionOf(filename, mimeType)}`,
        filename,
        mimeType,
        filesize: data.length,
        width: typeof shared.width === 'number' ? shared.width : undefined,
        height: typeof shared.height === 'number' ? shared.height : undefined,
        credit: required(shared.credit),
        licence: required(shared.licence),
        showsIdentifiablePeople: shared.showsIdentifiablePeople === true,
        consentRecorded: shared.consentRecorded === true,
        translations,
      }),
    )
  }

  /** A media reference outside rich text (cover, photos): its snapshot id, or a problem. */
  const mediaRef = (where: [string, string, string], value: unknown): string | undefined => {
    const cmsId = relationId(value)
    if (cmsId === undefined) return undefined
    const id = snapshotIdOf.get(cmsId)
    // A file that could not be read is reported once, as a media problem.
    if (id === undefined && !unreadable.has(cmsId)) {
      problem(where[0], where[1], '*', where[2], `refers to media #${cmsId}, which does not exist or cannot be read`)
    }
    return id
  }
  const richText = (collection: string, key: string, locale: LocaleCode, field: string, value: unknown): RichText => {
    const { tree, problems: found } = lexicalToRichText(value, field, (cmsId) => {
      const id = snapshotIdOf.get(cmsId)
      // A picture in a text is shown as an image: a PDF belongs in a link or a press kit instead.
      const mimeType = mimeTypeOf.get(cmsId) ?? ''
      return id !== undefined && !mimeType.startsWith('image/') ? { problem: `media #${cmsId} is ${mimeType || 'a file of unknown type'}, not a picture; it cannot be shown in the text` } : id
    })
    for (const p of found) problems.push(`${collection}/${key}/${locale}/${p.path}: ${p.message}`)
    return tree
  }
  /** The locales of a document that were really written, with its text in each. */
  const writtenLocales = (collection: ContentCollection, docs: PerLocale) => [...docs].filter(([, doc]) => isText(doc[writtenBy[collection]]))

  const leaflets: Leaflet[] = []
  for (const docs of content.leaflets.values()) {
    const shared = sharedOf(docs)
    const slug = required(shared.slug) || `#${shared.id}`
    const translations: Leaflet['translations'] = {}
    for (const [locale, doc] of writtenLocales('leaflets', docs)) {
      translations[locale] = {
        title: required(doc.title),
        summary: required(doc.summary),
        body: richText('leaflets', slug, locale, 'body', doc.body),
        keyMessages: rows(doc.keyMessages).map((row) => required(row.text)),
        contacts: rows(doc.contacts).map((row) => compact({ label: required(row.label), phone: optional(row.phone), hours: optional(row.hours), url: optional(row.url) })),
      }
    }
    leaflets.push(
      compact({
        slug,
        updatedAt: iso(shared.updatedAt),
        audience: (Array.isArray(shared.audience) ? shared.audience : []) as Leaflet['audience'],
        topics: (Array.isArray(shared.topics) ? shared.topics : []) as Leaflet['topics'],
        printFormat: shared.printFormat as Leaflet['printFormat'],
        cover: mediaRef(['leaflets', slug, 'cover'], shared.cover),
        translations,
      }),
    )
  }

  const pressReleases: PressRelease[] = []
  for (const docs of content['press-releases'].values()) {
    const shared = sharedOf(docs)
    const slug = required(shared.slug) || `#${shared.id}`
    const translations: PressRelease['translations'] = {}
    for (const [locale, doc] of writtenLocales('press-releases', docs)) {
      translations[locale] = {
        title: required(doc.title),
        datelineCity: required(doc.datelineCity),
        summary: required(doc.summary),
        body: richText('press-releases', slug, locale, 'body', doc.body),
        quotes: rows(doc.quotes).map((row) => compact({ speaker: required(row.speaker), role: optional(row.role), quote: required(row.quote) })),
        mediaContacts: rows(doc.mediaContacts).map(mediaContact),
      }
    }
    const photos = (Array.isArray(shared.photos) ? shared.photos : []).map((photo) => mediaRef(['press-releases', slug, 'photos'], photo))
    pressReleases.push(
      compact({
        slug,
        updatedAt: iso(shared.updatedAt),
        releaseDate: iso(shared.releaseDate),
        embargoUntil: isText(shared.embargoUntil) ? iso(shared.embargoUntil) : undefined,
        photos: photos.filter((id): id is string => id !== undefined),
        translations,
      }),
    )
  }

  // Newsletter stories point at documents by CMS id; the snapshot names them by slug.
  const slugById = {
    posts: new Map([...content.posts].map(([id, docs]) => [id, required(sharedOf(docs).slug)])),
    leaflets: new Map([...content.leaflets].map(([id, docs]) => [id, required(sharedOf(docs).slug)])),
  }
  const newsletters: Newsletter[] = []
  for (const docs of content.newsletters.values()) {
    const shared = sharedOf(docs)
    const slug = required(shared.slug) || `#${shared.id}`
    const translations: Newsletter['translations'] = {}
    for (const [locale, doc] of writtenLocales('newsletters', docs)) {
      const sections: NewsletterSection[] = []
      rows(doc.sections).forEach((row, index) => {
        const at = (field: string) => (message: string) => problem('newsletters', slug, locale, `sections.${index}${field}`, message)
        switch (row.blockType) {
          case 'story': {
            const target = (typeof row.target === 'object' && row.target !== null ? row.target : {}) as { relationTo?: unknown; value?: unknown }
            const collection = target.relationTo
            const targetId = relationId(target.value)
            if ((collection !== 'posts' && collection !== 'leaflets') || targetId === undefined) return at('.target')('does not point at a post or a leaflet')
            const targetSlug = slugById[collection].get(targetId)
            if (targetSlug === undefined) return at('.target')(`points at ${collection} #${targetId}, which is not published`)
            sections.push(compact({ kind: 'story', target: { collection, slug: targetSlug }, headline: required(row.headline), blurb: optional(row.blurb) }))
            return
          }
          case 'event':
            sections.push(compact({ kind: 'event', title: required(row.title), date: iso(row.date), place: required(row.place), description: optional(row.description) }))
            return
          case 'call-to-action':
            sections.push(compact({ kind: 'call-to-action', label: required(row.label), url: required(row.url).trim(), description: optional(row.description) }))
            return
          default:
            return at('')(`"${String(row.blockType)}" is not a section the site can show`)
        }
      })
      translations[locale] = compact({ subject: required(doc.subject), preheader: optional(doc.preheader), intro: required(doc.intro), sections })
    }
    newsletters.push({
      slug,
      updatedAt: iso(shared.updatedAt),
      issueNumber: shared.issueNumber as number,
      date: iso(shared.date),
      translations,
    })
  }

  const posts: Post[] = []
  for (const docs of content.posts.values()) {
    const shared = sharedOf(docs)
    const slug = required(shared.slug) || `#${shared.id}`
    const translations: Post['translations'] = {}
    for (const [locale, doc] of writtenLocales('posts', docs)) {
      translations[locale] = { title: required(doc.title), excerpt: required(doc.excerpt), body: richText('posts', slug, locale, 'body', doc.body) }
    }
    posts.push(
      compact({
        slug,
        updatedAt: iso(shared.updatedAt),
        author: required(shared.author),
        publishDate: iso(shared.publishDate),
        topics: (Array.isArray(shared.topics) ? shared.topics : []) as Post['topics'],
        cover: mediaRef(['posts', slug, 'cover'], shared.cover),
        translations,
      }),
    )
  }

  const siteTranslations: SiteSettings['translations'] = {}
  let hotlinePhone = ''
  for (const [locale, doc] of globals.siteSettings) {
    const hotline = (typeof doc.hotline === 'object' && doc.hotline !== null ? doc.hotline : {}) as Doc
    hotlinePhone ||= required(hotline.phone)
    if (!isText(doc.siteName)) continue
    siteTranslations[locale] = compact({
      siteName: doc.siteName,
      tagline: optional(doc.tagline),
      hotlineLabel: required(hotline.label),
      hotlineHours: optional(hotline.hours),
      footerContacts: rows(doc.footerContacts).map((row) => compact({ label: required(row.label), phone: optional(row.phone), email: optional(row.email), url: optional(row.url) })),
    })
  }
  const roomTranslations: PressRoom['translations'] = {}
  for (const [locale, doc] of globals.pressRoom) {
    // The boilerplate is the press room's one required text: without it, that locale was not written.
    if (doc.boilerplate === null || doc.boilerplate === undefined) continue
    roomTranslations[locale] = {
      boilerplate: richText('globals', 'press-room', locale, 'boilerplate', doc.boilerplate),
      mediaContacts: rows(doc.mediaContacts).map(mediaContact),
    }
  }
  const snapshotGlobals: Globals = { siteSettings: { hotlinePhone, translations: siteTranslations }, pressRoom: { translations: roomTranslations } }

  const input: SnapshotInput = {
    source: reader.source,
    locales: [...locales] as Manifest['locales'],
    leaflets,
    'press-releases': pressReleases,
    newsletters,
    posts,
    media: media.sort((a, b) => a.id.localeCompare(b.id)),
    globals: snapshotGlobals,
    mediaFiles,
  }
  // The contract's own checks (every field, and references between entries) come after ours.
  problems.push(...snapshotProblems(input))
  return { input, problems: [...new Set(problems)] }
}

function mediaContact(row: Doc) {
  return compact({ name: required(row.name), role: optional(row.role), phone: optional(row.phone), email: optional(row.email) })
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
  const counts = [...contentCollections, 'media' as const].map((collection) => `${input[collection].length} ${collection}`).join(', ')
  const translated = new Set<string>()
  for (const collection of contentCollections) for (const entry of input[collection]) Object.keys(entry.translations).forEach((l) => translated.add(l))
  const locales = input.locales.filter((l) => translated.has(l))
  return `snapshot written to ${outDir}: ${counts}; locales ${locales.join(', ') || '(none)'}`
}
