import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'

import type { LocaleCode } from '../locales'
import { manifestSchema, SNAPSHOT_FORMAT, snapshotDataFiles, type Manifest, type Snapshot, type SnapshotData, type SnapshotSource } from './manifest'
import { checkedFiles, linkableFiles, rememberChecked, stampOf, type CheckedFile } from './media-files'
import { snapshotProblems, SnapshotValidationError } from './validate'
import { newVersion, swapIn } from './versions'

/**
 * Reading and writing a snapshot folder (Node only; the schemas stay importable anywhere).
 *
 * Writing is all or nothing: everything goes into a new version folder, the manifest last, then one
 * rename of the snapshot's link swaps it in (see versions.ts). Reading follows the link once and
 * reads that one version, checking every file against the manifest's hashes and every entry against
 * the contract before anything is returned.
 */

export { snapshotProblems }
export { mediaNotHashedAgain } from './media-files'

/** What an exporter (or a fixture) hands to `writeSnapshot`: the content and the bytes of its media. */
export interface SnapshotInput extends SnapshotData {
  source: SnapshotSource
  locales: LocaleCode[]
  /** File bytes by media id. */
  mediaFiles: ReadonlyMap<string, Uint8Array>
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

const idOfHash = (sha256: string) => sha256.slice(0, 16)
/** A media file's id in the snapshot: the same bytes always get the same id, whatever CMS id they had. */
export const mediaIdOf = (data: Uint8Array): string => idOfHash(sha256(data))

/** Stable JSON: two exports of the same content are byte for byte the same. */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/** Each media file's hash, computed once for both the check of its id and the manifest. */
function hashMediaFiles(input: SnapshotInput): { problems: string[]; sha256Of: Map<string, string> } {
  const problems: string[] = []
  const sha256Of = new Map<string, string>()
  for (const media of input.media) {
    const data = input.mediaFiles.get(media.id)
    if (!data) {
      problems.push(`media/${media.id}/*/file: has no file`)
      continue
    }
    const hash = sha256(data)
    if (idOfHash(hash) !== media.id) problems.push(`media/${media.id}/*/file: its bytes do not match its id`)
    sha256Of.set(media.id, hash)
  }
  return { problems, sha256Of }
}

/**
 * Validates `input` and writes it as a snapshot into `dir`, replacing what was there only once the
 * new one is complete. On any problem it throws `SnapshotValidationError` and `dir` is untouched.
 * A media file the live version holds unchanged is taken from it as a hard link (see media-files.ts).
 */
export async function writeSnapshot(dir: string, input: SnapshotInput, now: Date = new Date()): Promise<Manifest> {
  const media = hashMediaFiles(input)
  const problems = [...snapshotProblems(input), ...media.problems]
  if (problems.length > 0) throw new SnapshotValidationError(problems)

  const target = path.resolve(dir)
  const linkable = await linkableFiles(target)
  const version = await newVersion(target)
  const files: Manifest['files'] = {}
  const put = async (relative: string, data: Uint8Array | string, hash?: string) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data
    await fs.writeFile(path.join(version.dir, relative), bytes)
    files[relative] = { sha256: hash ?? sha256(bytes), bytes: bytes.length }
  }
  const putMedia = async (relative: string, data: Uint8Array, hash: string) => {
    const source = await linkable(relative, hash, data.length)
    // A link that cannot be made (another file system, a limit on links) is no loss: the bytes are written.
    const linked = source !== undefined && (await fs.link(source, path.join(version.dir, relative)).then(() => true, () => false))
    if (linked) files[relative] = { sha256: hash, bytes: data.length }
    else await put(relative, data, hash)
  }

  let complete: string | undefined
  try {
    await fs.mkdir(path.join(version.dir, 'media'), { recursive: true })
    for (const [key, file] of Object.entries(snapshotDataFiles) as [keyof SnapshotData, string][]) await put(file, json(input[key]))
    for (const { id, file } of input.media) await putMedia(file, input.mediaFiles.get(id)!, media.sha256Of.get(id)!)
    const manifest: Manifest = {
      format: SNAPSHOT_FORMAT,
      generatedAt: now.toISOString(),
      source: input.source,
      locales: input.locales,
      files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
    }
    await fs.writeFile(path.join(version.dir, 'manifest.json'), json(manifest))
    complete = await version.complete()
    await swapIn(target, complete, isSnapshotFolder)
    return manifest
  } catch (error) {
    await fs.rm(complete ?? version.dir, { recursive: true, force: true })
    throw error
  }
}

/** A folder holding a snapshot of this format (one written before snapshots had versions). */
async function isSnapshotFolder(dir: string): Promise<boolean> {
  const manifest = await readJson(path.join(dir, 'manifest.json')).catch(() => undefined)
  return (manifest as { format?: unknown } | undefined)?.format === SNAPSHOT_FORMAT
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as unknown
}

export interface ReadSnapshotOptions {
  /**
   * A snapshot read before by `readSnapshot` (so a valid one). A data file whose hash is the same
   * in both holds the same entries, already checked against their schemas: they are taken from it,
   * not parsed and checked again (its bytes are still read and checked against the manifest), and
   * are shared with it, so neither may be changed. So is each entry of a changed file that is equal
   * to the one of the same slug before. What ties entries together is checked anew.
   */
  reuse?: Snapshot | undefined
}

/** The data files `after` has with the same bytes as `before` (by the manifests' hashes). */
export function unchangedDataFiles(before: Manifest, after: Manifest): (keyof SnapshotData)[] {
  return (Object.entries(snapshotDataFiles) as [keyof SnapshotData, string][])
    .filter(([, file]) => before.files[file] !== undefined && before.files[file].sha256 === after.files[file]?.sha256)
    .map(([key]) => key)
}

/**
 * Reads and validates the snapshot in `dir`. Every problem (a missing or altered file, an invalid
 * entry, a broken reference) is collected into one `SnapshotValidationError`.
 */
export async function readSnapshot(dir: string, options: ReadSnapshotOptions = {}): Promise<Snapshot> {
  const shown = path.resolve(dir)
  for (let attempt = 1; ; attempt++) {
    // Follow the link once: every file then comes from the same version, whatever swaps meanwhile.
    const version = await fs.realpath(shown).catch(() => shown)
    try {
      return await readSnapshotVersion(version, shown, options.reuse)
    } catch (error) {
      // A newer snapshot retired this version while it was being read: read the newer one.
      const current = await fs.realpath(shown).catch(() => shown)
      if (attempt < 5 && current !== version && error instanceof SnapshotValidationError) continue
      throw error
    }
  }
}

/**
 * `list` (a data file just parsed) with each entry that is equal, field for field, to the entry of
 * the same slug in `before` (the same file as read before, so checked) replaced by that one, which
 * `same` collects: one edited leaflet among a thousand is the only one checked against its schema
 * (reading a 1,000-entry snapshot with one leaflet edited: 73 → 49 ms, median of 20), and the
 * unchanged ones keep their identity.
 */
function reuseSameEntries(list: unknown, before: unknown, same: Set<unknown>): unknown {
  if (!Array.isArray(list) || !Array.isArray(before)) return list
  const slugOf = (entry: unknown) =>
    typeof entry === 'object' && entry !== null ? (entry as { slug?: unknown }).slug : undefined
  const bySlug = new Map<unknown, unknown>()
  for (const entry of before) if (slugOf(entry) !== undefined) bySlug.set(slugOf(entry), entry)
  return list.map((entry: unknown) => {
    const earlier = slugOf(entry) === undefined ? undefined : bySlug.get(slugOf(entry))
    if (earlier === undefined || !isDeepStrictEqual(entry, earlier)) return entry
    same.add(earlier)
    return earlier
  })
}

async function readSnapshotVersion(root: string, shown: string, reuse: Snapshot | undefined): Promise<Snapshot> {
  const refuse = (problems: string[]) => new SnapshotValidationError(problems, `the snapshot in ${shown} cannot be used`)

  let manifestJson: unknown
  try {
    manifestJson = await readJson(path.join(root, 'manifest.json'))
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw refuse([`snapshot/manifest.json/*/(file): ${missing ? 'is missing (run `pnpm export` to make a snapshot)' : `cannot be read (${(error as Error).message})`}`])
  }
  const parsedManifest = manifestSchema.safeParse(manifestJson)
  if (!parsedManifest.success) throw refuse(parsedManifest.error.issues.map((issue) => `snapshot/manifest.json/*/${issue.path.join('.') || '(file)'}: ${issue.message}`))
  const manifest = parsedManifest.data

  const problems: string[] = []
  // Every file is read once: checked against its hash, and the JSON ones kept to be parsed. A media
  // file the snapshot read before checked, the same file unchanged since, is not read again.
  const checkedBefore = checkedFiles(reuse)
  const checked = new Map<string, CheckedFile>()
  const notHashed: string[] = []
  const contents = new Map<string, Buffer>()
  const dataFiles = new Set<string>(Object.values(snapshotDataFiles))
  for (const [relative, expected] of Object.entries(manifest.files)) {
    const file = path.join(root, relative)
    // A path in the manifest must stay inside the snapshot.
    if (!file.startsWith(`${root}${path.sep}`)) {
      problems.push(`snapshot/${relative}/*/(file): is outside the snapshot`)
      continue
    }
    // Taken before the bytes are read: a write meanwhile makes the next read hash it again.
    const stat = dataFiles.has(relative) ? undefined : await fs.stat(file, { bigint: true }).catch(() => undefined)
    const earlier = checkedBefore.get(relative)
    if (stat && earlier?.sha256 === expected.sha256 && earlier.stamp === stampOf(stat)) {
      checked.set(relative, earlier)
      notHashed.push(relative)
      continue
    }
    const data = await fs.readFile(file).catch(() => undefined)
    if (!data) problems.push(`snapshot/${relative}/*/(file): is missing`)
    else if (sha256(data) !== expected.sha256) problems.push(`snapshot/${relative}/*/(file): does not match the manifest (torn or edited snapshot)`)
    else if (stat) checked.set(relative, { sha256: expected.sha256, stamp: stampOf(stat) })
    if (data && dataFiles.has(relative)) contents.set(relative, data)
  }

  // Only a file whose bytes matched the manifest above is taken from the snapshot read before.
  const reused = new Set(reuse && problems.length === 0 ? unchangedDataFiles(reuse.manifest, manifest) : [])
  // Entries of a changed file that are the same as before: taken from the snapshot read before.
  const sameEntries = new Set<unknown>()
  const data: Record<string, unknown> = {}
  for (const [key, file] of Object.entries(snapshotDataFiles)) {
    if (reused.has(key as keyof SnapshotData)) {
      data[key] = reuse![key as keyof SnapshotData]
      continue
    }
    // Snapshots written before the help directory existed have no services file: an empty directory.
    if (key === 'services' && !(file in manifest.files)) {
      data.services = []
      continue
    }
    if (!(file in manifest.files)) {
      problems.push(`snapshot/${file}/*/(file): is not in the manifest`)
      continue
    }
    const bytes = contents.get(file)
    if (!bytes) continue // already reported as missing
    try {
      data[key] = JSON.parse(bytes.toString('utf8')) as unknown
    } catch (error) {
      problems.push(`snapshot/${file}/*/(file): is not valid JSON (${(error as Error).message})`)
      continue
    }
    if (reuse) data[key] = reuseSameEntries(data[key], reuse[key as keyof SnapshotData], sameEntries)
  }
  problems.push(...snapshotProblems(data, reused, sameEntries))
  if (Array.isArray(data.media)) {
    for (const media of data.media as { id?: unknown; file?: unknown }[]) {
      if (typeof media.file === 'string' && !(media.file in manifest.files)) problems.push(`media/${String(media.id)}/*/file: ${media.file} is not in the snapshot`)
    }
  }
  if (problems.length > 0) throw refuse(problems)
  const snapshot: Snapshot = { manifest, ...(data as unknown as SnapshotData) }
  rememberChecked(snapshot, checked, notHashed)
  return snapshot
}
