import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * How the print cache lays out its folder, shared by the cache (which writes it) and its prune
 * (which removes nothing that does not match it): `<dir>/<ab>/<ab…64 hex>.<extension>`, written
 * through `<file>.<pid>-<8 hex>.tmp`, and sub-caches of the same shape in named folders inside it.
 * No heavy imports: the build pipeline loads this to prune, without the print engine.
 */

/** Sub-caches in folders of their own inside the print cache's folder: pictures scaled for print. */
export const PRINT_SUB_CACHES = { images: 'images' } as const

export const entryFileOf = (dir: string, key: string, extension: string) =>
  path.join(dir, key.slice(0, 2), `${key}.${extension}`)

/** Where `file` is written before it is renamed into place: a reader never sees half a file. */
export const temporaryFileOf = (file: string) =>
  `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`

export const SHARD_FOLDER = /^[0-9a-f]{2}$/
const ENTRY = /^[0-9a-f]{64}\.[a-z0-9]{1,8}$/
const TEMPORARY = /^[0-9a-f]{64}\.[a-z0-9]{1,8}\.\d+-[0-9a-f]{8}\.tmp$/

/** What a file in shard folder `shard` is to the cache: an entry, a temporary file, or none of its own. */
export function cacheFileKind(shard: string, name: string): 'entry' | 'temporary' | undefined {
  if (!name.startsWith(shard)) return undefined
  return ENTRY.test(name) ? 'entry' : TEMPORARY.test(name) ? 'temporary' : undefined
}

/**
 * How recent a mark may be and still count as now: the prune spares what was used within its grace
 * period (an hour), so an entry marked minutes ago stays safe as long as a build needs it. A full
 * build of thousands of documents marked each of them again otherwise, a tenth of a second or more.
 */
export const MARK_STANDS_MS = 10 * 60 * 1000

/**
 * Marks an entry as used now (its modification time: what the prune evicts by, oldest first);
 * `modifiedAt`, when the caller has it, spares marking it again within `MARK_STANDS_MS`. False
 * only when the file is gone, pruned between finding it and marking it: then it is a miss. Any other
 * failure (a cache folder this user may read but not write) keeps the hit; the entry just ages.
 */
export async function markUsed(file: string, modifiedAt?: number): Promise<boolean> {
  const now = new Date()
  if (modifiedAt !== undefined && Math.abs(now.getTime() - modifiedAt) < MARK_STANDS_MS) return true
  try {
    await fs.utimes(file, now, now)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT'
  }
}
