import path from 'node:path'

import type { LocaleCode, Media } from '@jol/content-schemas'
import { mediaIdOf } from '@jol/content-schemas/io'

import type { CmsDoc, ContentReader } from './contentReader'
import { compact, isText, optional, required } from './kinds/convert'

/** One document in every locale it was read in (the same document: status is per document). */
export type PerLocale = Map<LocaleCode, CmsDoc>

/** The locale-independent fields of a document, from the first locale it was read in. */
export const sharedOf = (docs: PerLocale): CmsDoc => docs.values().next().value as CmsDoc

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

/** Groups the documents a read returns, locale by locale, by id (in id order). */
export async function readPerLocale(
  locales: readonly LocaleCode[],
  read: (locale: LocaleCode) => Promise<CmsDoc[]>,
): Promise<Map<string, PerLocale>> {
  const byId = new Map<string, PerLocale>()
  for (const locale of locales) {
    for (const doc of await read(locale)) {
      const id = String(doc.id)
      if (!byId.has(id)) byId.set(id, new Map())
      byId.get(id)!.set(locale, doc)
    }
  }
  return byId
}

export interface CollectedMedia {
  media: Media[]
  files: Map<string, Buffer>
  /** Snapshot id by CMS id, for the media that were read. */
  snapshotIdOf: Map<string, string>
  mimeTypeOf: Map<string, string>
  /**
   * Media that content refers to but the snapshot does not carry, with why: a file that could not be
   * read, or a photo of identifiable people without recorded consent (never published anywhere).
   */
  withheld: Map<string, string>
}

/** Reads the media content refers to (and only those), addressed by the hash of their bytes. */
export async function collectMedia(
  reader: ContentReader,
  locales: readonly LocaleCode[],
  referenced: ReadonlySet<string>,
): Promise<CollectedMedia> {
  const collected: CollectedMedia = {
    media: [],
    files: new Map(),
    snapshotIdOf: new Map(),
    mimeTypeOf: new Map(),
    withheld: new Map(),
  }
  for (const [cmsId, docs] of await readPerLocale(locales, (locale) => reader.media(locale))) {
    if (!referenced.has(cmsId)) continue
    const shared = sharedOf(docs)
    const filename = required(shared.filename)
    const name = `media #${cmsId}${filename ? ` (${filename})` : ''}`
    // Consent is checked before the file is even read: such a photo never reaches the snapshot.
    if (shared.showsIdentifiablePeople === true && shared.consentRecorded !== true) {
      collected.withheld.set(cmsId, `${name} shows identifiable people and no consent is recorded`)
      continue
    }
    let data: Buffer
    try {
      data = await reader.mediaFile(shared)
    } catch (error) {
      collected.withheld.set(
        cmsId,
        `${name} could not be read (${error instanceof Error ? error.message : String(error)})`,
      )
      continue
    }
    const id = mediaIdOf(data)
    const mimeType = required(shared.mimeType)
    collected.snapshotIdOf.set(cmsId, id)
    collected.mimeTypeOf.set(cmsId, mimeType)
    // The same file uploaded twice is one file in the snapshot (it is addressed by its content).
    if (collected.files.has(id)) continue
    collected.files.set(id, data)
    const translations: Media['translations'] = {}
    for (const [locale, doc] of docs)
      if (isText(doc.alt)) translations[locale] = compact({ alt: doc.alt, caption: optional(doc.caption) })
    collected.media.push(
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
  collected.media.sort((a, b) => a.id.localeCompare(b.id))
  return collected
}
