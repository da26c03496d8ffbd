import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { LocaleCode } from '@jol/content-schemas'
import pMap from 'p-map'

import { entryKey } from '../../lib/page-keys'
import { placeFile } from '../../lib/place-file'
import { processStore } from '../../lib/process-store'
import { forgetPlanned, planned } from '../../lib/render-plan'
import type { SectionId } from '../../lib/routes'
import { getSnapshot, site } from '../../lib/site'
import { contentKey, PrintCache, type BytesInKey } from '../cache'
import { PRINT_SUB_CACHES } from '../cache-files'
import { printThreads } from '../engine'
import { PrintInputError } from '../errors'

/**
 * What the site's printed and downloadable documents share (leaflet PDFs in `leaflet.ts`, press kits in
 * `press-kit.ts`, newsletter e-mails in `newsletter-email.ts`): the per-build store and the print cache. Each is made once per build (the page that links it and the endpoint that
 * writes it share one promise) and only for real translations.
 *
 * A document that cannot be made (a leaflet without a body, a picture that cannot be read) is left
 * out and the build goes on: its endpoint does not list it, its page shows no link to it, and one
 * line on stderr says which document, and `collection/slug/locale/field` what is wrong:
 *   [jol:print] not built /en/leaflets/x.pdf: leaflets/x/en/body: is empty, there is nothing to print
 */

/** A photo a press kit ships, as its key holds it, and whether it is a readable image (`pressPhoto`). */
export interface PressPhoto {
  inKey: BytesInKey
  readable: Promise<void>
}

export type Made<T> = { ok: true; value: T } | { ok: false; error: string }

/** A document made during the build, kept on disk until its endpoint writes it out. */
export interface BuiltDocument {
  file: string
  /** Bytes, for the size shown next to its link. */
  length: number
}

interface Store {
  made: Map<string, Promise<Made<unknown>>>
  cache: PrintCache
  /** Pictures scaled for print, by media and size: scaling a photo costs more than rendering a page. */
  images: PrintCache
  /** Press photos hashed and proven readable (a kit ships the original, but only a readable one), by their file in the snapshot (see `pressPhoto`). */
  pressPhotos: Map<string, Promise<PressPhoto>>
  /** Where made documents wait for their endpoint: a build makes them all while listing paths, and press kits hold full-resolution photos, too many to keep in memory. */
  spillDir?: string
}
export const store = processStore<Store>('print', () => ({
  made: new Map(),
  cache: new PrintCache(site.printCacheDir),
  images: new PrintCache(path.join(site.printCacheDir, PRINT_SUB_CACHES.images)),
  pressPhotos: new Map(),
}))

export const log = (line: string) => console.log(`[jol:print] ${line}`)

/** Makes the document at `urlPath` once; a `PrintInputError` leaves it out, anything else stops the build. */
export function once<T>(urlPath: string, make: () => Promise<T>): Promise<Made<T>> {
  const key = `${site.snapshotDir}|${urlPath}`
  let made = store.made.get(key) as Promise<Made<T>> | undefined
  if (!made) {
    made = make().then(
      (value): Made<T> => ({ ok: true, value }),
      (error: unknown): Made<T> => {
        if (!(error instanceof PrintInputError)) throw error
        console.error(`[jol:print] not built ${urlPath}: ${error.message}`)
        return { ok: false, error: error.message }
      },
    )
    store.made.set(key, made)
  }
  return made
}

function spillDir(): string {
  if (!store.spillDir) {
    store.spillDir = mkdtempSync(path.join(os.tmpdir(), 'jol-print-'))
    const dir = store.spillDir
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return store.spillDir
}

async function spill(urlPath: string, data: Uint8Array): Promise<BuiltDocument> {
  const file = path.join(
    spillDir(),
    `${createHash('sha256').update(urlPath).digest('hex')}${path.extname(urlPath)}`,
  )
  await fs.writeFile(file, data)
  return { file, length: data.length }
}

/**
 * A binary document kept in the print cache under `key` (everything it is made of): made only on a
 * miss, and its endpoint reads the cached file itself, so a warm build neither makes nor copies it.
 */
export async function cachedOnDisk(
  urlPath: string,
  key: string,
  make: () => Promise<Uint8Array>,
): Promise<BuiltDocument> {
  return documentOf(urlPath, await store.cache.getFile(key, path.extname(urlPath).slice(1), make))
}

/** The cache's own file, or (when the cache could not keep it) the bytes spilled to a file of the build. */
const documentOf = (
  urlPath: string,
  cached: { file: string; length: number } | { data: Uint8Array },
): BuiltDocument | Promise<BuiltDocument> =>
  'file' in cached ? { file: cached.file, length: cached.length } : spill(urlPath, cached.data)

/**
 * Documents their endpoint placed in the output itself (`documentResponse`) whose "file not created"
 * line Astro has not logged yet: build-log.ts leaves those lines out, by this store's key.
 */
export const placedDocuments = processStore('placedDocuments', () => ({ unlogged: 0 }))

/**
 * A made document, for its endpoint at `url`. In a build it is placed in the output as a hard link to
 * its file (the print cache's own, see `cachedOnDisk`), and the response has no body, for which Astro
 * writes nothing: its bytes are neither read nor written again (a press kit holds full-resolution
 * photos, a full build has thousands of documents). Nothing writes to a file of the output once it
 * is there, so the cache's entry is never changed through its link. The dev server sends the bytes.
 */
export async function documentResponse(
  made: Made<BuiltDocument>,
  contentType: string,
  url: URL,
): Promise<Response> {
  if (!made.ok) throw new Error(made.error)
  const headers = { 'Content-Type': contentType }
  if (site.devServer) return new Response(await fs.readFile(made.value.file), { headers })
  // Where Astro writes an endpoint's file: its path as `getStaticPaths` gave it, encoded by encodeURI.
  await placeFile(made.value.file, path.join(site.outDir, encodeURI(decodeURI(url.pathname))), 'replace')
  placedDocuments.unlogged++
  return new Response(null, { headers })
}

export async function cachedPdf(
  urlPath: string,
  kind: string,
  input: unknown,
  render: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const started = performance.now()
  const { data, hit } = await store.cache.get(contentKey(kind, input), 'pdf', render)
  logPdf(urlPath, data.length, hit, started)
  return data
}

/** Like `cachedPdf`, for a PDF that is a document of its own: its endpoint reads it from the cache's file. */
export async function cachedPdfOnDisk(
  urlPath: string,
  kind: string,
  input: unknown,
  render: () => Promise<Uint8Array>,
): Promise<BuiltDocument> {
  const started = performance.now()
  const cached = await store.cache.getFile(contentKey(kind, input), 'pdf', render)
  const document = await documentOf(urlPath, cached)
  logPdf(urlPath, document.length, cached.hit, started)
  return document
}

function logPdf(urlPath: string, length: number, hit: boolean, started: number) {
  const { hits, misses } = store.cache.stats
  log(
    `${urlPath}: ${Math.ceil(length / 1024)} KB, ${hit ? 'from the cache' : `rendered in ${Math.round(performance.now() - started)} ms`} (print cache: ${hits} hits, ${misses} misses)`,
  )
}

/**
 * `getStaticPaths` of a document endpoint: every (slug, written locale) whose document could be made.
 * Documents are made a few at a time, so every render worker has the next one waiting.
 */
export async function documentStaticPaths(
  route: string,
  section: SectionId,
  list: () => Promise<{ slug: string; locale: LocaleCode }[]>,
  make: (slug: string, locale: LocaleCode) => Promise<Made<unknown>>,
) {
  const snapshot = await getSnapshot()
  // Documents of unchanged entries are carried over from the live release without being made.
  const wanted = planned(
    snapshot,
    route,
    (await list()).map(({ slug, locale }) => ({ params: { locale, slug } })),
    ({ params }) => [params.locale, entryKey(snapshot, section, params.slug)],
  ).map(({ params }) => params)
  const made = await pMap(
    wanted,
    async ({ slug, locale }) => ({
      params: { locale, slug },
      ok: (await make(slug, locale)).ok,
    }),
    { concurrency: printThreads() * 2 },
  )
  for (const { params, ok } of made) if (!ok) forgetPlanned(route, params)
  return made.filter(({ ok }) => ok).map(({ params }) => ({ params }))
}
