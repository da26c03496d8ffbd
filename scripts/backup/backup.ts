import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { create as createTar } from 'tar'

import { BACKUP_FORMAT, hashFiles, manifestFile, type BackupManifest } from './manifest'
import { mongodumpArgs, runMongoTool } from './mongo'
import type { ContentSources } from './sources'
import { copySqlite } from './sqlite'

/**
 * `createBackup` writes one `.tar.gz`: `manifest.json`, `database/` (an SQLite copy or a mongodump
 * archive) and `media/` (the uploads as they are). The database is copied first and is the truth:
 * an upload that arrives during the backup may be in `media/` without being in the database, which
 * is harmless; a file is never missing for a document of the copy unless it was deleted meanwhile.
 * The archive appears under its name only when complete.
 */
export async function createBackup(
  out: string,
  sources: ContentSources,
  now = new Date(),
): Promise<BackupManifest> {
  const target = path.resolve(out)
  await fs.mkdir(path.dirname(target), { recursive: true })
  const suffix = `${process.pid}-${randomBytes(3).toString('hex')}`
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.staging-${suffix}`)
  const partial = `${target}.partial-${suffix}`
  try {
    await fs.mkdir(path.join(staging, 'database'), { recursive: true })
    let database: BackupManifest['database']
    if (sources.database.kind === 'sqlite') {
      const live = sources.database.file
      await fs.access(live).catch(() => {
        throw new Error(`there is no database at ${live} to back up (DATABASE_URI)`)
      })
      database = { kind: 'sqlite', file: 'database/jol.db' }
      copySqlite(live, path.join(staging, database.file))
    } else {
      database = { kind: 'mongodb', file: 'database/mongodump.archive.gz' }
      const archive = path.join(staging, database.file)
      await runMongoTool('mongodump', sources.database.uri, (config) => mongodumpArgs(config, archive))
    }
    const media = path.join(staging, 'media')
    const hasMedia = await fs.stat(sources.mediaDir).then(
      (stat) => stat.isDirectory(),
      () => false,
    )
    if (hasMedia) await fs.cp(sources.mediaDir, media, { recursive: true, verbatimSymlinks: true })
    else await fs.mkdir(media)

    const files = await hashFiles(staging)
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      database,
      media: 'media',
      files,
    }
    await fs.writeFile(path.join(staging, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`)
    await createTar({ gzip: true, file: partial, cwd: staging, portable: true }, [
      manifestFile,
      'database',
      'media',
    ])
    await fs.rename(partial, target)
    return manifest
  } finally {
    await fs.rm(staging, { recursive: true, force: true })
    await fs.rm(partial, { force: true })
  }
}
