import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createBackup } from '@jol/scripts/backup/backup'
import { mongodumpArgs, mongoToolConfig, mongorestoreArgs } from '@jol/scripts/backup/mongo'
import { restoreBackup } from '@jol/scripts/backup/restore'
import type { ContentSources } from '@jol/scripts/backup/sources'

/** The backup file itself: what it holds, what a restore checks first, what it never overwrites. */

let work: string
let source: ContentSources & { database: { kind: 'sqlite'; file: string } }
let archive: string

function sqliteRows(file: string): unknown[] {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    return db
      .prepare('SELECT id, title FROM notes ORDER BY id')
      .all()
      .map((row) => ({ ...row }))
  } finally {
    db.close()
  }
}

const target = (name: string): ContentSources & { database: { kind: 'sqlite'; file: string } } => ({
  database: { kind: 'sqlite', file: path.join(work, name, 'data', 'jol.db') },
  mediaDir: path.join(work, name, 'media'),
})

/** Unpacks `archive`, lets `change` alter it, packs it again (the manifest as it was). */
async function tampered(name: string, change: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(work, `${name}-unpacked`)
  await fs.mkdir(dir, { recursive: true })
  await extract({ file: archive, cwd: dir })
  await change(dir)
  const file = path.join(work, `${name}.tar.gz`)
  await createTar({ gzip: true, file, cwd: dir }, await fs.readdir(dir))
  return file
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-backup-archive-'))
  source = target('source')
  await fs.mkdir(path.dirname(source.database.file), { recursive: true })
  const db = new DatabaseSync(source.database.file)
  db.exec(
    "PRAGMA journal_mode = WAL; CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO notes (title) VALUES ('Ишчи ҳуқуқлари'), ('Права')",
  )
  db.close()
  await fs.mkdir(source.mediaDir, { recursive: true })
  await fs.writeFile(path.join(source.mediaDir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]))
  await fs.writeFile(path.join(source.mediaDir, 'photo-400x300.webp'), 'webp bytes')
  archive = path.join(work, 'backups', 'jol.tar.gz')
  await createBackup(archive, source)
})

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true })
})

describe('backup archive', () => {
  it('holds the database, the uploads and a manifest of their SHA-256', async () => {
    const dir = path.join(work, 'listed')
    await fs.mkdir(dir)
    await extract({ file: archive, cwd: dir })
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
      format: string
      files: Record<string, { sha256: string }>
    }
    expect(manifest.format).toBe('jol-backup/1')
    expect(Object.keys(manifest.files).sort()).toEqual([
      'database/jol.db',
      'media/photo-400x300.webp',
      'media/photo.jpg',
    ])
    expect(manifest.files['media/photo-400x300.webp']!.sha256).toBe(
      createHash('sha256').update('webp bytes').digest('hex'),
    )
    expect(sqliteRows(path.join(dir, 'database', 'jol.db'))).toEqual(sqliteRows(source.database.file))
    expect(await fs.readdir(path.dirname(archive))).toEqual(['jol.tar.gz'])
  })

  it('restores into an empty place: the same rows and the same bytes', async () => {
    const fresh = target('fresh')
    expect((await restoreBackup(archive, fresh)).setAside).toEqual([])
    expect(sqliteRows(fresh.database.file)).toEqual(sqliteRows(source.database.file))
    for (const name of ['photo.jpg', 'photo-400x300.webp']) {
      expect(await fs.readFile(path.join(fresh.mediaDir, name))).toEqual(
        await fs.readFile(path.join(source.mediaDir, name)),
      )
    }
    expect((await fs.readdir(path.dirname(fresh.database.file))).sort()).toEqual(['jol.db'])
  })

  it('refuses to overwrite a database without --force, and with it sets the old one aside', async () => {
    const busy = target('busy')
    await fs.mkdir(path.dirname(busy.database.file), { recursive: true })
    await fs.writeFile(busy.database.file, 'the database of today')
    await fs.writeFile(`${busy.database.file}-wal`, 'its journal')
    await expect(restoreBackup(archive, busy)).rejects.toThrow(
      /refusing to overwrite: a database already exists at .*busy\/data\/jol\.db.*--force.*Nothing was changed/s,
    )
    expect(await fs.readFile(busy.database.file, 'utf8')).toBe('the database of today')
    expect(await fs.stat(busy.mediaDir).catch(() => undefined)).toBeUndefined()

    const { setAside } = await restoreBackup(archive, busy, {
      force: true,
      now: new Date('2026-12-02T03:00:00Z'),
    })
    expect(setAside.map((file) => path.basename(file)).sort()).toEqual([
      'jol.db.before-restore-20261202T030000000Z',
      'jol.db.before-restore-20261202T030000000Z-wal',
    ])
    expect(sqliteRows(busy.database.file)).toEqual(sqliteRows(source.database.file))
    // The old journal went with the old database: left there, SQLite would replay it into the new one.
    expect(await fs.stat(`${busy.database.file}-wal`).catch(() => undefined)).toBeUndefined()
    expect(
      await fs.readFile(
        setAside.find((file) => file.endsWith('Z'))!,
        'utf8',
      ),
    ).toBe('the database of today')
  })

  it('refuses to overwrite uploads without --force', async () => {
    const uploads = target('uploads')
    await fs.mkdir(uploads.mediaDir, { recursive: true })
    await fs.writeFile(path.join(uploads.mediaDir, 'mine.png'), 'mine')
    await expect(restoreBackup(archive, uploads)).rejects.toThrow(
      /the uploads folder .*uploads\/media is not empty/,
    )
    expect(await fs.readdir(uploads.mediaDir)).toEqual(['mine.png'])
    expect(await fs.stat(uploads.database.file).catch(() => undefined)).toBeUndefined()
  })

  it('checks every hash before touching anything', async () => {
    const altered = await tampered('altered', (dir) =>
      fs.writeFile(path.join(dir, 'media', 'photo.jpg'), 'not the photo'),
    )
    const extra = await tampered('extra', (dir) =>
      fs.writeFile(path.join(dir, 'media', 'smuggled.svg'), '<svg/>'),
    )
    const missing = await tampered('missing', (dir) => fs.rm(path.join(dir, 'database', 'jol.db')))
    const place = target('checked')
    await expect(restoreBackup(altered, place)).rejects.toThrow(
      /media\/photo\.jpg: does not match its SHA-256 in the manifest/,
    )
    await expect(restoreBackup(extra, place)).rejects.toThrow(/media\/smuggled\.svg: is not in the manifest/)
    await expect(restoreBackup(missing, place)).rejects.toThrow(/database\/jol\.db: is missing/)
    expect(await fs.readdir(path.join(work, 'checked', 'data'))).toEqual([])
    expect(await fs.stat(place.mediaDir).catch(() => undefined)).toBeUndefined()
  })

  it('refuses a file that is not a Jol backup', async () => {
    const notes = path.join(work, 'notes.tar.gz')
    await fs.mkdir(path.join(work, 'notes'))
    await fs.writeFile(path.join(work, 'notes', 'todo.txt'), 'buy bread')
    await createTar({ gzip: true, file: notes, cwd: path.join(work, 'notes') }, ['todo.txt'])
    await expect(restoreBackup(notes, target('notes-target'))).rejects.toThrow(
      /not a Jol backup: manifest\.json is missing/,
    )
    await expect(restoreBackup(path.join(work, 'nowhere.tar.gz'), target('notes-target'))).rejects.toThrow(
      /there is no backup at/,
    )
  })
})

describe('MongoDB backups', () => {
  const uri = "mongodb://jol:pa'ss@db.example.org:27017/jol"
  let bin: string
  let calls: string
  let mongo: ContentSources

  beforeAll(async () => {
    bin = path.join(work, 'bin')
    calls = path.join(work, 'mongo-calls.txt')
    await fs.mkdir(bin)
    // Stand-ins for the MongoDB Database Tools: note the arguments, the config file and its mode.
    const fake = (body: string) => `#!/bin/sh
config="\${1#--config=}"
echo "$(basename "$0") $*" >> "${calls}"
stat -c '%a' "$config" >> "${calls}"
cat "$config" >> "${calls}"
${body}
`
    await fs.writeFile(
      path.join(bin, 'mongodump'),
      fake('archive="${2#--archive=}"; printf "dump" > "$archive"'),
      { mode: 0o755 },
    )
    await fs.writeFile(path.join(bin, 'mongorestore'), fake(''), { mode: 0o755 })
    mongo = { database: { kind: 'mongodb', uri }, mediaDir: source.mediaDir }
  })

  it("builds the tools' arguments without the connection string, which goes in a private config file", () => {
    expect(mongodumpArgs('/tmp/c.yaml', '/tmp/a.gz')).toEqual([
      '--config=/tmp/c.yaml',
      '--archive=/tmp/a.gz',
      '--gzip',
    ])
    expect(mongorestoreArgs('/tmp/c.yaml', '/tmp/a.gz')).toEqual([
      '--config=/tmp/c.yaml',
      '--archive=/tmp/a.gz',
      '--gzip',
      '--drop',
    ])
    expect(mongoToolConfig(uri)).toBe("uri: 'mongodb://jol:pa''ss@db.example.org:27017/jol'\n")
  })

  it('says clearly that mongodump is missing', async () => {
    const path0 = process.env.PATH
    process.env.PATH = path.join(work, 'empty-bin')
    try {
      await expect(createBackup(path.join(work, 'mongo-missing.tar.gz'), mongo)).rejects.toThrow(
        /mongodump was not found on the PATH.*MongoDB Database Tools/,
      )
    } finally {
      process.env.PATH = path0
    }
  })

  it('dumps with mongodump and restores with mongorestore --drop only when told to', async () => {
    const path0 = process.env.PATH
    process.env.PATH = `${bin}:${path0}`
    try {
      const file = path.join(work, 'mongo.tar.gz')
      const manifest = await createBackup(file, mongo)
      expect(manifest.database).toEqual({ kind: 'mongodb', file: 'database/mongodump.archive.gz' })
      const into: ContentSources = {
        database: { kind: 'mongodb', uri },
        mediaDir: path.join(work, 'mongo-restored', 'media'),
      }
      await expect(restoreBackup(file, into)).rejects.toThrow(
        /MongoDB database, whose collections the restore replaces \(mongorestore --drop\)/,
      )
      await restoreBackup(file, into, { force: true })
      expect(await fs.readdir(into.mediaDir)).toEqual(await fs.readdir(source.mediaDir))
    } finally {
      process.env.PATH = path0
    }
    const lines = (await fs.readFile(calls, 'utf8')).split('\n')
    expect(lines.filter((line) => line.startsWith('mongo'))).toEqual([
      expect.stringMatching(
        /^mongodump --config=\S+config\.yaml --archive=\S+mongodump\.archive\.gz --gzip$/,
      ),
      expect.stringMatching(
        /^mongorestore --config=\S+config\.yaml --archive=\S+mongodump\.archive\.gz --gzip --drop$/,
      ),
    ])
    expect(lines.filter((line) => line.startsWith('mongo')).join('\n')).not.toContain('db.example.org')
    expect(lines.filter((line) => /^\d{3}$/.test(line))).toEqual(['600', '600'])
    expect(lines.filter((line) => line.startsWith('uri:'))).toEqual([
      mongoToolConfig(uri).trim(),
      mongoToolConfig(uri).trim(),
    ])
  })
})
