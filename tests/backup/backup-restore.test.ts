import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LocaleCode } from '@jol/content-schemas'

import { startTestCms, type TestCms } from '../support/cms'
import { createMedia, leafletData, postData } from '../support/fixtures'
import { run } from '../support/processes'

/**
 * `./jol backup` of a CMS that keeps writing, `./jol restore` into a new folder, a CMS booted on
 * what came back: every document in every language, every version and every upload is the same.
 */

const scriptsDir = path.resolve(import.meta.dirname, '../../scripts')
let cms: TestCms
let work: string
let destroyed = false

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-backup-'))
  cms = await startTestCms()
})

afterAll(async () => {
  if (!destroyed) await cms.payload.destroy()
  await fs.rm(cms.dir, { recursive: true, force: true })
  await fs.rm(work, { recursive: true, force: true })
})

const sourceEnv = () => ({ DATABASE_URI: process.env.DATABASE_URI!, JOL_MEDIA_DIR: cms.mediaDir })

function jol(args: string[], env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', path.join(scriptsDir, 'backup', 'run.ts'), ...args], {
    cwd: scriptsDir,
    env,
  })
}

/** Boots a CMS on `env`'s database and uploads in its own process and returns all it holds. */
async function dump(env: Record<string, string>, name: string): Promise<Record<string, unknown>> {
  const out = path.join(work, `${name}.json`)
  const script = path.join(import.meta.dirname, 'support', 'dump-content.ts')
  const result = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, out], {
      cwd: import.meta.dirname,
      env: { ...process.env, ...env, JOL_JOBS_AUTORUN: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
  expect(result.code, result.output).toBe(0)
  return JSON.parse(await fs.readFile(out, 'utf8')) as Record<string, unknown>
}

type Doc = Record<string, unknown> & { id: number | string }
const writerIndex = (slug: unknown) => Number((/^w-(\d+)$/.exec(String(slug)) ?? [])[1] ?? Number.NaN)

async function seed(): Promise<void> {
  const { payload } = cms
  await createMedia(payload, 'school.png')
  await createMedia(payload, 'hotline.png')
  for (const slug of ['rights-at-work', 'school-enrolment', 'hotline']) {
    const leaflet = await payload.create({
      collection: 'leaflets',
      data: { ...leafletData(slug, 'en'), _status: 'published' },
      locale: 'en',
    })
    for (const locale of ['ru', 'kk', 'uz'] as LocaleCode[]) {
      await payload.update({
        collection: 'leaflets',
        id: leaflet.id,
        data: { ...leafletData(slug, locale), _status: 'published' },
        locale,
      })
    }
    await payload.update({
      collection: 'leaflets',
      id: leaflet.id,
      data: { title: `${slug}: a draft in progress` },
      locale: 'ru',
      draft: true,
    })
  }
  await payload.create({
    collection: 'posts',
    data: { ...postData('first-post', 'en'), _status: 'published' },
    locale: 'en',
  })
  for (const locale of ['en', 'ru'] as LocaleCode[]) {
    const data = {
      siteName: `Jol ${locale}`,
      hotline: { label: `Hotline ${locale}`, phone: '+7 800 080 1234' },
    }
    await payload.updateGlobal({ slug: 'site-settings', data, locale })
  }
}

describe('backup and restore', () => {
  it('restores a backup taken under writes to exactly the content it holds', async () => {
    await seed()

    // Writes while the backup runs: each round creates a draft leaflet, then adds a translation.
    let writing = true
    let rounds = 0
    const errors: string[] = []
    const roundsDone: number[] = []
    const writer = (async () => {
      while (writing) {
        const n = rounds + 1
        try {
          const doc = await cms.payload.create({
            collection: 'leaflets',
            data: leafletData(`w-${n}`, 'en'),
            locale: 'en',
            draft: true,
          })
          await cms.payload.update({
            collection: 'leaflets',
            id: doc.id,
            data: leafletData(`w-${n}`, 'ru'),
            locale: 'ru',
            draft: true,
          })
        } catch (error) {
          errors.push(`round ${n}: ${error instanceof Error ? error.message : String(error)}`)
        }
        rounds = n
        roundsDone.push(Date.now())
        // The embedded database answers synchronously: let timers and the backup's process events run.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    while (rounds === 0 && errors.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))

    const archive = path.join(work, 'backups', 'jol.tar.gz')
    const backupStarted = Date.now()
    const backup = await jol(['backup', '--out', archive], sourceEnv())
    const backupEnded = Date.now()
    writing = false
    await writer
    expect(backup.output).toMatch(/backup: .*jol\.tar\.gz \(sqlite database, \d+ media files/)
    expect(backup.code, backup.output).toBe(0)
    expect(errors).toEqual([])
    const writesDuringBackup = roundsDone.filter((at) => at > backupStarted && at < backupEnded).length
    expect(writesDuringBackup).toBeGreaterThan(0)

    const restoredDir = path.join(work, 'restored')
    const restoredEnv = {
      DATABASE_URI: `file:${path.join(restoredDir, 'data', 'jol.db')}`,
      JOL_MEDIA_DIR: path.join(restoredDir, 'media'),
    }
    const restore = await jol(['restore', archive], restoredEnv)
    expect(restore.code, restore.output).toBe(0)
    expect(restore.output).toMatch(/restore: the sqlite database and uploads of .* are back/)

    await cms.payload.destroy()
    destroyed = true
    const source = await dump(sourceEnv(), 'source')
    const restored = await dump(restoredEnv, 'restored')

    // Uploads: byte for byte.
    expect(Object.keys(source.mediaFiles as object).length).toBeGreaterThanOrEqual(2)
    expect(restored.mediaFiles).toEqual(source.mediaFiles)

    // Everything but the leaflets the writer made is exactly the same: documents, versions, globals.
    expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort())
    const isWriters = (doc: Doc) =>
      Number.isFinite(writerIndex((doc.version as Doc | undefined)?.slug ?? doc.slug))
    for (const key of Object.keys(source).filter((name) => name !== 'mediaFiles')) {
      const settled = (value: unknown) =>
        Array.isArray(value) ? (value as Doc[]).filter((doc) => !isWriters(doc)) : value
      expect(settled(restored[key]), key).toEqual(settled(source[key]))
    }

    // The writer's leaflets: rounds 1…k, one moment of the source. Every round before the last one
    // is whole and the same; the last may have been caught between its two writes.
    const sourceDocs = new Map((source['docs:leaflets'] as Doc[]).map((doc) => [doc.id, doc]))
    const written = (restored['docs:leaflets'] as Doc[]).filter(isWriters)
    const indexes = written.map((doc) => writerIndex(doc.slug)).sort((a, b) => a - b)
    const last = indexes.at(-1)!
    expect(indexes).toEqual(Array.from({ length: last }, (_, i) => i + 1))
    for (const doc of written) {
      if (writerIndex(doc.slug) < last) expect(doc, String(doc.slug)).toEqual(sourceDocs.get(doc.id))
    }
    // Every version restored is one the source has, unchanged. The last round's may have been caught
    // mid-save: Payload writes a version's rows (arrays, selects) in several statements.
    const sourceVersions = new Map(
      (source['versions:leaflets'] as Doc[]).map((version) => [version.id, version]),
    )
    const lastId = written.find((doc) => writerIndex(doc.slug) === last)!.id
    for (const version of (restored['versions:leaflets'] as Doc[]).filter(isWriters)) {
      const original = sourceVersions.get(version.id)
      expect(original, `version ${version.id}`).toBeDefined()
      if (version.parent !== lastId) expect(version, `version ${version.id}`).toEqual(original)
    }
    // And the rounds before the last have all their versions.
    const versionsOf = (dumped: Record<string, unknown>, parent: unknown) =>
      (dumped['versions:leaflets'] as Doc[]).filter((v) => v.parent === parent).length
    for (const doc of written.filter((d) => writerIndex(d.slug) < last))
      expect(versionsOf(restored, doc.id)).toBe(versionsOf(source, doc.id))
  }, 900_000)
})
