import type { BigIntStats } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { manifestSchema, type Manifest } from './manifest'
import { liveVersion } from './versions'

/**
 * Media files are most of a snapshot's bytes (a library of a few hundred photos is gigabytes) and
 * most often the same from one publish to the next. Two things spare rewriting and rehashing them:
 *
 * - a new version takes each media file the live version already holds, with the same hash, as a
 *   hard link instead of writing its bytes again (`linkableFiles`);
 * - a read that reuses a snapshot read before takes a media file that read checked, and that is the
 *   same file unchanged since (device, inode, size, modification time), without hashing it again
 *   (`checkedFiles`). Linked versions share inodes, so what a spare read ahead covers the next version.
 *
 * Neither trusts more than the file system says: a file written in place after it was checked has
 * a later modification time and is hashed (or written) again. Hard links share their bytes, so a
 * snapshot's files are never written in place (`writeSnapshot` always writes a new version).
 */

/** What a checked file was: its hash and its stamp (see `stampOf`) at the time. */
export interface CheckedFile {
  sha256: string
  stamp: string
}

/** The same file, unchanged, has the same stamp; a write to it changes its modification time. */
export const stampOf = (stat: BigIntStats): string => `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`

/** The media files each snapshot's read checked, by their path in the snapshot. */
const checkedBySnapshot = new WeakMap<object, ReadonlyMap<string, CheckedFile>>()
/** The media files each snapshot's read took from the one it reused, unhashed. */
const notHashedBySnapshot = new WeakMap<object, readonly string[]>()

export function rememberChecked(snapshot: object, checked: ReadonlyMap<string, CheckedFile>, notHashed: string[]): void {
  checkedBySnapshot.set(snapshot, checked)
  notHashedBySnapshot.set(snapshot, notHashed)
}

/** The media files the read of `snapshot` checked (empty for a snapshot not read by `readSnapshot`). */
export const checkedFiles = (snapshot: object | undefined): ReadonlyMap<string, CheckedFile> =>
  (snapshot && checkedBySnapshot.get(snapshot)) ?? new Map()

/**
 * The media files of `snapshot` its read did not hash: unchanged since the snapshot it reused had
 * checked them. For the build's log.
 */
export const mediaNotHashedAgain = (snapshot: object): readonly string[] => notHashedBySnapshot.get(snapshot) ?? []

/**
 * The live version of the snapshot at `target`, as a source of files for a new version: `linkable`
 * gives the path of a file it lists with that hash and size, unchanged since its manifest was
 * written (its last file), or undefined. No live version, or one whose manifest cannot be read: none.
 */
export async function linkableFiles(
  target: string,
): Promise<(relative: string, sha256: string, bytes: number) => Promise<string | undefined>> {
  const none = async () => undefined
  const live = await liveVersion(target)
  if (!live) return none
  const manifestFile = path.join(live, 'manifest.json')
  const [text, manifestStat] = await Promise.all([
    fs.readFile(manifestFile, 'utf8').catch(() => undefined),
    fs.stat(manifestFile, { bigint: true }).catch(() => undefined),
  ])
  if (text === undefined || !manifestStat) return none
  let manifest: Manifest
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text))
    if (!parsed.success) return none
    manifest = parsed.data
  } catch {
    return none
  }
  return async (relative, sha256, bytes) => {
    const listed = manifest.files[relative]
    if (listed?.sha256 !== sha256 || listed.bytes !== bytes) return undefined
    const file = path.join(live, relative)
    if (!file.startsWith(`${live}${path.sep}`)) return undefined
    const stat = await fs.stat(file, { bigint: true }).catch(() => undefined)
    // Written in place after the version was complete: it may no longer hold what the manifest says.
    if (!stat?.isFile() || stat.size !== BigInt(bytes) || stat.mtimeNs > manifestStat.mtimeNs) return undefined
    return file
  }
}
