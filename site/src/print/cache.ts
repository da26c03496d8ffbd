import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { entryFileOf, markUsed, temporaryFileOf } from './cache-files'
import { PRINT_FONT_FILES } from './fonts'
import { PRINT_RENDERED_BY } from './rendered-by'

/**
 * Rendered documents kept between builds, keyed by the SHA-256 of everything that goes into them
 * (text, labels, picture bytes, the layout's version and the renderer's): a document is rendered
 * again only when its content changed. A miss is rendered and stored; a damaged or missing file is
 * just a miss. Writes go through a temporary file and a rename, so two builds sharing the folder
 * never read half a file. A hit marks the entry as used, so the prune after a publish (`prune.ts`)
 * removes the documents used longest ago first when the folder is over its size limit.
 */

/** Raise when a layout changes what the same content looks like: every cached document is then stale. */
export const PRINT_LAYOUT_VERSION = 2

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')

/**
 * What a layout's code looks like: its template's fingerprint, the source of the code that builds its data, its styles. Part of the key, so a
 * change to a layout renders its documents again without anyone remembering to bump a number.
 */
export function layoutFingerprint(...parts: unknown[]): string {
  return sha256(
    parts.map((part) => (typeof part === 'function' ? part.toString() : JSON.stringify(part))).join('\n'),
  )
}

/** How a key holds bytes: their hash and length. A caller that has only those (not the bytes) passes them so. */
export interface BytesInKey {
  sha256: string
  bytes: number
}
export const bytesInKey = (data: Uint8Array): BytesInKey => ({ sha256: sha256(data), bytes: data.length })

/**
 * `value` as plain JSON data: bytes by their hash, maps as sorted pairs. Walked before
 * `JSON.stringify` rather than by a replacer, which V8 serialises far more slowly and which sees a
 * Buffer only after its `toJSON` copied every byte into an array (a tenth of a second or more of
 * a full build). Gives the JSON the replacer gave, so keys made before are still found.
 */
function keyable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Uint8Array) return bytesInKey(value)
  if (value instanceof Map)
    return [...value.entries()]
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
      .map((pair) => pair.map(keyable))
  if (Array.isArray(value)) return value.map(keyable)
  // A date, say: JSON.stringify writes what its toJSON gives.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keyable(item)]))
}

/**
 * Stable JSON of a document's input: bytes by their hash, maps as sorted pairs. `renderedBy`: the
 * packages that render it, with their versions (see `rendered-by.ts`).
 */
export function contentKey(
  kind: string,
  input: unknown,
  renderedBy: readonly string[] = PRINT_RENDERED_BY,
): string {
  return sha256(
    JSON.stringify({
      kind,
      layout: PRINT_LAYOUT_VERSION,
      renderer: renderedBy,
      fonts: PRINT_FONT_FILES,
      input: keyable(input),
    }),
  )
}

export interface CacheStats {
  hits: number
  misses: number
}

export class PrintCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 }

  /** `dir`: the deployment's print cache folder (JOL_PRINT_CACHE_DIR), or a test's. */
  readonly dir: string

  constructor(dir: string) {
    this.dir = dir
  }

  /** The document for `key`, from the folder if it was made before, else from `make` (and then stored). */
  async get(
    key: string,
    extension: string,
    make: () => Promise<Uint8Array>,
  ): Promise<{ data: Uint8Array; hit: boolean }> {
    const file = entryFileOf(this.dir, key, extension)
    const cached = await fs.readFile(file).catch(() => undefined)
    if (cached && cached.length > 0) {
      // The bytes are in hand: whether the mark sticks does not change the hit.
      await markUsed(file)
      this.stats.hits++
      return { data: new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength), hit: true }
    }
    this.stats.misses++
    const data = await make()
    await this.store(file, data).catch((error: Error) =>
      console.warn(
        `[jol:print] could not store ${file} in the print cache (${error.message}); the build goes on`,
      ),
    )
    return { data, hit: false }
  }

  /**
   * Like `get`, for a document its endpoint reads from a file (press kits hold full-resolution photos,
   * too many to keep in memory): the cached file and its size, so a hit costs no read and no copy.
   * `data` instead of `file` only when the document could not be stored.
   */
  async getFile(
    key: string,
    extension: string,
    make: () => Promise<Uint8Array>,
  ): Promise<{ file: string; length: number; hit: boolean } | { data: Uint8Array; hit: false }> {
    const file = entryFileOf(this.dir, key, extension)
    const { size, mtimeMs } = await fs.stat(file).catch(() => ({ size: 0, mtimeMs: undefined }))
    // The caller reads the file later: marked used before it is handed out, so no prune takes it meanwhile.
    if (size > 0 && (await markUsed(file, mtimeMs))) {
      this.stats.hits++
      return { file, length: size, hit: true }
    }
    this.stats.misses++
    const data = await make()
    try {
      await this.store(file, data)
      return { file, length: data.length, hit: false }
    } catch (error) {
      console.warn(
        `[jol:print] could not store ${file} in the print cache (${(error as Error).message}); the build goes on`,
      )
      return { data, hit: false }
    }
  }

  private async store(file: string, data: Uint8Array) {
    await fs.mkdir(path.dirname(file), { recursive: true })
    const temporary = temporaryFileOf(file)
    await fs.writeFile(temporary, data)
    await fs.rename(temporary, file)
  }
}
