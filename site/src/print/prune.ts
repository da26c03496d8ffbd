import fs, { type Dirent } from 'node:fs'
import path from 'node:path'

import { cacheFileKind, PRINT_SUB_CACHES, SHARD_FOLDER } from './cache-files'

/**
 * Keeps the print cache's folder under a size limit, as ccache does: entries used longest ago go
 * first (a hit sets an entry's modification time, see `markUsed`) until the total is under the
 * limit. Run by the build after a publish (scripts/build/pipeline.ts). Removing an entry is always
 * safe for correctness: the next build that needs it renders it again.
 *
 * Never removed: anything used within the grace period (another build sharing the folder may be
 * about to read a file the cache handed it), and anything not named like the cache's own files
 * (shard folders, entries, temporary files): symbolic links and unknown files or folders are left
 * alone. Temporary files older than the grace period are writes a crash cut short and always go.
 */

/** An hour: far longer than a build takes between being handed a cached file and reading it. */
export const PRUNE_GRACE_MS = 60 * 60 * 1000

export interface PruneOptions {
  /** `Infinity` for no limit: then only stale temporary files go. */
  maxBytes: number
  graceMs?: number
  now?: number
}

export interface PruneReport {
  removed: { files: number; bytes: number }
  /** What is left in the folder; over `maxBytes` only with what was used within the grace period. */
  kept: { files: number; bytes: number }
  /** Files that could not be removed (left for the next prune), and why the first could not. */
  failed: { files: number; first?: string }
}

interface CacheFile {
  file: string
  bytes: number
  usedAt: number
  kind: 'entry' | 'temporary'
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** A folder's entries; none when it does not exist (no document was ever cached). */
function listing(dir: string): Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true })
  } catch (error) {
    if (missing(error)) return []
    throw error
  }
}

/** A shard folder's files of the cache's own, with their sizes and last use. */
function shardFiles(shard: string): CacheFile[] {
  const found: CacheFile[] = []
  for (const entry of listing(shard)) {
    const kind = entry.isFile() ? cacheFileKind(path.basename(shard), entry.name) : undefined
    if (!kind) continue
    const file = path.join(shard, entry.name)
    // Removed or renamed into place meanwhile: not there to count.
    const stats = fs.lstatSync(file, { throwIfNoEntry: false })
    if (stats) found.push({ file, kind, bytes: stats.size, usedAt: stats.mtimeMs })
  }
  return found
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/**
 * The cache's own files in `dir` (a cache or sub-cache folder). Throws when a folder cannot be read.
 * Read with synchronous calls, a shard (a few hundred files) at a time between turns of the event
 * loop: twice as fast as a promise per file, and the process stays responsive.
 */
async function cacheFiles(dir: string, withSubCaches: boolean): Promise<CacheFile[]> {
  const subCaches: string[] = Object.values(PRINT_SUB_CACHES)
  const found: CacheFile[] = []
  // Dirent types come from the listing itself: a symbolic link is neither a folder nor a file here.
  for (const folder of listing(dir)) {
    if (!folder.isDirectory()) continue
    if (withSubCaches && subCaches.includes(folder.name))
      found.push(...(await cacheFiles(path.join(dir, folder.name), false)))
    else if (SHARD_FOLDER.test(folder.name)) {
      found.push(...shardFiles(path.join(dir, folder.name)))
      await nextTurn()
    }
  }
  return found
}

export async function prunePrintCache(dir: string, options: PruneOptions): Promise<PruneReport> {
  const now = options.now ?? Date.now()
  const usedRecently = now - (options.graceMs ?? PRUNE_GRACE_MS)
  const report: PruneReport = {
    removed: { files: 0, bytes: 0 },
    kept: { files: 0, bytes: 0 },
    failed: { files: 0 },
  }
  const files = await cacheFiles(dir, true)
  let total = files.reduce((sum, file) => sum + file.bytes, 0)
  let count = files.length

  const remove = async ({ file, bytes, usedAt }: CacheFile) => {
    try {
      // Looked at again just before: a build may have marked it used since the folder was listed.
      // (A hit between this look and the unlink, one system call apart, would lose its file: that
      // build fails to read it and the next one renders it again; the live site is never touched.)
      if ((await fs.promises.lstat(file)).mtimeMs !== usedAt) return
      await fs.promises.unlink(file)
      report.removed.files++
      report.removed.bytes += bytes
    } catch (error) {
      if (!missing(error)) {
        report.failed.files++
        report.failed.first ??= `${file}: ${(error as Error).message}`
        return
      }
    }
    total -= bytes
    count--
  }

  for (const file of files) if (file.kind === 'temporary' && file.usedAt < usedRecently) await remove(file)
  const entries = files
    .filter((file) => file.kind === 'entry' && file.usedAt < usedRecently)
    .sort((a, b) => a.usedAt - b.usedAt)
  for (const entry of entries) {
    if (total <= options.maxBytes) break
    await remove(entry)
  }
  report.kept = { files: count, bytes: total }
  return report
}
