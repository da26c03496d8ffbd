import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { extract } from 'tar'

import { verifyUnpacked, type BackupManifest } from './manifest'
import { mongorestoreArgs, runMongoTool } from './mongo'
import type { ContentSources } from './sources'
import { sqliteProblems } from './sqlite'

/**
 * `restoreBackup` puts a backup's database and uploads back where the CMS finds them. Nothing is
 * changed until the whole archive is unpacked and every file matches its hash; an existing
 * database or uploads folder is replaced only with `force`, and then set aside (renamed), never
 * deleted. Each part goes in with one rename of a complete copy, so none is ever half restored.
 * The CMS must be stopped meanwhile.
 */

export interface RestoreResult {
  manifest: BackupManifest
  /** What was there before and was renamed out of the way (with `force`). */
  setAside: string[]
}

const exists = (file: string) =>
  fs.lstat(file).then(
    () => true,
    () => false,
  )
const isEmptyFolder = async (dir: string) => (await fs.readdir(dir).catch(() => [])).length === 0

/** Moves `from` to `to`, copying when they are on different file systems. */
async function move(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.cp(from, to, { recursive: true })
    await fs.rm(from, { recursive: true, force: true })
  }
}

/** What would be overwritten, as refusals (empty when the restore may go ahead). */
async function refusals(sources: ContentSources, force: boolean): Promise<string[]> {
  if (force) return []
  const found: string[] = []
  const { database } = sources
  const hasDatabase = (file: string) =>
    fs.stat(file).then(
      (stat) => stat.size > 0,
      () => false,
    )
  if (database.kind === 'sqlite' && (await hasDatabase(database.file))) {
    found.push(`a database already exists at ${database.file}`)
  }
  if (database.kind === 'mongodb') {
    found.push(
      'DATABASE_URI names a MongoDB database, whose collections the restore replaces (mongorestore --drop)',
    )
  }
  if (!(await isEmptyFolder(sources.mediaDir))) {
    found.push(`the uploads folder ${sources.mediaDir} is not empty`)
  }
  return found
}

export async function restoreBackup(
  archive: string,
  sources: ContentSources,
  options: { force?: boolean; now?: Date } = {},
): Promise<RestoreResult> {
  const file = path.resolve(archive)
  if (!(await exists(file))) throw new Error(`there is no backup at ${file}`)
  const stamp = (options.now ?? new Date()).toISOString().replace(/[-:.]/g, '')
  const suffix = `${process.pid}-${randomBytes(3).toString('hex')}`
  // Unpacked beside the database, so that it goes in with a rename on the same file system.
  const home = path.dirname(sources.database.kind === 'sqlite' ? sources.database.file : sources.mediaDir)
  await fs.mkdir(home, { recursive: true })
  const unpacked = path.join(home, `.jol-restore-${suffix}`)
  const setAside: string[] = []
  try {
    await fs.mkdir(unpacked)
    // Only plain files and folders; tar itself keeps every path inside `unpacked`.
    await extract({
      file,
      cwd: unpacked,
      strict: true,
      filter: (_path, entry) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory',
    }).catch((error: Error) => {
      throw new Error(`${file} is not a readable backup archive (${error.message})`)
    })
    const manifest = await verifyUnpacked(unpacked)
    if (manifest.database.kind !== sources.database.kind) {
      throw new Error(
        `the backup holds a ${manifest.database.kind} database but DATABASE_URI names ` +
          `${sources.database.kind}; nothing was changed`,
      )
    }
    const stagedDb = path.join(unpacked, manifest.database.file)
    if (manifest.database.kind === 'sqlite') {
      const problems = sqliteProblems(stagedDb)
      if (problems.length > 0) {
        const list = problems.join('\n')
        throw new Error(`the backup's database fails SQLite's integrity check; nothing was changed:\n${list}`)
      }
    }
    const refused = await refusals(sources, options.force ?? false)
    if (refused.length > 0) {
      throw new Error(
        `refusing to overwrite: ${refused.join('; ')}. ` +
          'Stop the CMS and run again with --force to replace them ' +
          '(what is there now is renamed *.before-restore-<time>, not deleted). Nothing was changed.',
      )
    }

    // The uploads: a complete copy beside the folder, then renames.
    const stagedMedia = `${sources.mediaDir}.restoring-${suffix}`
    await fs.mkdir(path.dirname(sources.mediaDir), { recursive: true })
    await move(path.join(unpacked, manifest.media), stagedMedia)
    const mediaAside = `${sources.mediaDir}.before-restore-${stamp}`
    const hadMedia = await exists(sources.mediaDir)
    if (hadMedia && (await isEmptyFolder(sources.mediaDir))) await fs.rmdir(sources.mediaDir)
    else if (hadMedia) {
      await fs.rename(sources.mediaDir, mediaAside)
      setAside.push(mediaAside)
    }
    await fs.rename(stagedMedia, sources.mediaDir)

    try {
      if (sources.database.kind === 'sqlite') {
        // The old database's journal files go with it: left behind, SQLite would apply them to the new one.
        for (const part of ['', '-wal', '-shm', '-journal']) {
          const current = `${sources.database.file}${part}`
          if (!(await exists(current))) continue
          const aside = `${sources.database.file}.before-restore-${stamp}${part}`
          await fs.rename(current, aside)
          setAside.push(aside)
        }
        await fs.rename(stagedDb, sources.database.file)
      } else {
        const args = (config: string) => mongorestoreArgs(config, stagedDb)
        await runMongoTool('mongorestore', sources.database.uri, args)
      }
    } catch (error) {
      // The database could not go in: put the uploads (and any database file) back as they were.
      await fs.rm(sources.mediaDir, { recursive: true, force: true })
      if (setAside.includes(mediaAside)) await fs.rename(mediaAside, sources.mediaDir)
      if (sources.database.kind === 'sqlite') {
        for (const aside of setAside.filter((name) => name !== mediaAside)) {
          await fs.rename(aside, aside.replace(`.before-restore-${stamp}`, ''))
        }
      }
      setAside.length = 0
      throw error
    }
    return { manifest, setAside }
  } finally {
    await fs.rm(unpacked, { recursive: true, force: true })
    await fs.rm(`${sources.mediaDir}.restoring-${suffix}`, { recursive: true, force: true })
  }
}
