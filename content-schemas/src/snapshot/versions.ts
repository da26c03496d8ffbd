import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * A snapshot on disk is a symbolic link naming one complete version folder:
 * `snapshot -> .snapshot.versions/<id>`. A new version is written beside the live one and goes live
 * with one rename of a fresh link over the old one, so there is no moment without a snapshot and a
 * reader never sees half of one (the site's releases work the same way).
 */

/** Where the versions of the snapshot at `target` live: a hidden folder beside it. */
export const versionsDirOf = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.versions`)

/** A version still being written ends in this; pruning leaves it to its writer. */
const PARTIAL = '.partial'
/** Live version plus the ones before it that a slow reader may still be reading. */
const KEEP = 3
/** A partial version older than this was left by a writer that died. */
const ABANDONED_MS = 60 * 60 * 1000

/** An empty folder for a new version (named to sort by time); `complete` makes it publishable. */
export async function newVersion(target: string): Promise<{ dir: string; complete: () => Promise<string> }> {
  const stamp = new Date().toISOString().replace(/[-:.]/g, '')
  const name = `${stamp}-${process.pid}-${randomBytes(3).toString('hex')}`
  const dir = path.join(versionsDirOf(target), `${name}${PARTIAL}`)
  await fs.mkdir(dir, { recursive: true })
  return {
    dir,
    complete: async () => {
      const done = path.join(versionsDirOf(target), name)
      await fs.rename(dir, done)
      return done
    },
  }
}

/**
 * What is at `target` before the first swap: nothing or a link (fine); an empty folder (a test's
 * fresh temporary folder: removed); a snapshot written before versions existed (kept as a version).
 * Anything else is someone's folder, never replaced, let alone deleted.
 */
async function makeRoomAt(target: string, isSnapshot: (dir: string) => Promise<boolean>): Promise<void> {
  const stat = await fs.lstat(target).catch(() => undefined)
  if (!stat || stat.isSymbolicLink()) return
  if (stat.isDirectory() && (await fs.readdir(target)).length === 0) {
    await fs.rmdir(target)
    return
  }
  if (stat.isDirectory() && (await isSnapshot(target))) {
    await fs.mkdir(versionsDirOf(target), { recursive: true })
    await fs.rename(target, path.join(versionsDirOf(target), `00000000-adopted-${randomBytes(3).toString('hex')}`))
    return
  }
  throw new Error(
    `${target} is ${stat.isDirectory() ? 'a folder' : 'a file'} that is not a Jol snapshot: refusing to replace it. ` +
      'Point JOL_SNAPSHOT_DIR (or --out) at a new path, or move it away yourself.',
  )
}

/** Makes `version` the snapshot at `target` with one rename, then removes versions no reader needs. */
export async function swapIn(target: string, version: string, isSnapshot: (dir: string) => Promise<boolean>): Promise<void> {
  await makeRoomAt(target, isSnapshot)
  const next = path.join(versionsDirOf(target), `link.next-${process.pid}-${randomBytes(3).toString('hex')}`)
  await fs.symlink(path.relative(path.dirname(target), version), next)
  try {
    // rename(2) replaces the old link in one step: readers see the old version or the new one.
    await fs.rename(next, target)
  } catch (error) {
    await fs.rm(next, { force: true })
    throw error
  }
  await pruneVersions(target)
}

/** The version folder `target` points at now (or `target` itself when it is a plain folder). */
export async function liveVersion(target: string): Promise<string | undefined> {
  return fs.realpath(target).catch(() => undefined)
}

async function pruneVersions(target: string): Promise<void> {
  const versions = versionsDirOf(target)
  const live = await liveVersion(target)
  const entries = await fs.readdir(versions, { withFileTypes: true })
  const complete = entries.filter((entry) => entry.isDirectory() && !entry.name.endsWith(PARTIAL)).map((entry) => entry.name).sort()
  const old = complete.slice(0, Math.max(0, complete.length - KEEP)).map((name) => path.join(versions, name))
  const abandoned: string[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.endsWith(PARTIAL)) continue
    const dir = path.join(versions, entry.name)
    const stat = await fs.stat(dir).catch(() => undefined)
    if (stat && Date.now() - stat.mtimeMs > ABANDONED_MS) abandoned.push(dir)
  }
  await Promise.all([...old, ...abandoned].filter((dir) => dir !== live).map((dir) => fs.rm(dir, { recursive: true, force: true })))
}
