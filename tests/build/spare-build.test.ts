import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pathToFileURL } from 'node:url'

import { entryCollections } from '@jol/content-schemas'
import { siteDir } from '@jol/content-schemas/deployment'
import { writeSnapshot } from '@jol/content-schemas/io'
import { astroEnv, buildPublicSite, startFirstSpare } from '@jol/scripts/build/pipeline'
import { releasesDirOf } from '@jol/scripts/build/releases'
import { discardSpare, spareWaiting, startSpare, takeSpare } from '@jol/scripts/build/spareBuild'

import { printThreads } from '../../site/src/print/engine'
import { buildFixtureSnapshot, writeFixtureSnapshot } from '../fixtures/snapshot'
import { waitFor } from '../support/wait'
import { differences } from './support/releaseFiles'

/**
 * Spare site builds (scripts/build/spareBuild.ts): a build that keeps one leaves Node and Astro
 * loaded for the next. The next build runs in it only if nothing it was started with has changed,
 * builds the same release as a process of its own, and no spare outlives its program.
 */

let dir: string
let snapshotDir: string
let link: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-spare-build-'))
  snapshotDir = path.join(dir, 'snapshot')
  link = path.join(dir, 'spare', 'dist')
  await writeFixtureSnapshot(snapshotDir)
})

afterAll(async () => {
  discardSpare()
  for (const site of [link, path.join(dir, 'own', 'dist')])
    await fs.rm(releasesDirOf(site), { recursive: true, force: true })
  await fs.rm(dir, { recursive: true, force: true })
})

/** Whether a process is still there (a zombie, exited but not yet reaped, is not). */
async function running(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  return stat !== undefined && !/^\d+ \(.*\) Z/.test(stat)
}

const gone = (pid: number) => waitFor(`process ${pid} to end`, async () => !(await running(pid)))

const build = (
  options: { full?: boolean; env?: Record<string, string>; log?: (line: string) => void } = {},
) => buildPublicSite({ content: { snapshotDir }, siteLink: link, keepSpare: true, full: true, ...options })

describe('spare site builds', () => {
  it('runs the next build in the spare, which builds the same release as a process of its own', async () => {
    const first = await build()
    expect(first.spareRssMb).toBeUndefined()
    const spare = (await spareWaiting())!
    expect(spare.rssMb).toBeGreaterThan(0)
    expect(await running(spare.pid)).toBe(true)
    // Ready means ready: the print engine's threads started and warm, what the pages import loaded.
    expect(spare.printThreads).toBe(printThreads())
    expect(spare.recordAhead).toBe(true)
    expect(spare.loaded).toEqual(expect.arrayContaining(['juice', 'sharp', 'piscina', 'i18next', 'qr']))

    const second = await build()
    expect(second.spareRssMb).toBe(spare.rssMb)
    // Used once: it has exited, and the build left a new one.
    await gone(spare.pid)
    expect((await spareWaiting())!.pid).not.toBe(spare.pid)

    const own = await buildPublicSite({ content: { snapshotDir }, siteLink: path.join(dir, 'own', 'dist') })
    expect(own.spareRssMb).toBeUndefined()
    expect(await differences(second.release, own.release, ['the spare’s release', 'its own'])).toEqual([])
  }, 600_000)

  it('reads the last build’s snapshot ahead: the build in it parses again only what changed, and builds what a process of its own builds', async () => {
    const spare = (await spareWaiting())!
    expect(spare.readAhead).toBe(true)
    const input = await buildFixtureSnapshot()
    // It hashed the own key of every entry of the snapshot it read.
    expect(spare.keyedAhead).toBe(entryCollections.reduce((sum, c) => sum + input[c].length, 0))
    input.leaflets[0]!.translations.en!.title = 'Corrected after the spare read the snapshot'
    await writeSnapshot(snapshotDir, input)

    const lines: string[] = []
    const inSpare = await build({ log: (line) => lines.push(line) })
    expect(inSpare.spareRssMb).toBe(spare.rssMb)
    const taken = lines.find((line) => line.includes('not parsed again: '))?.split('not parsed again: ')[1]
    expect(taken?.split(', ')).toEqual(expect.arrayContaining(['posts', 'media', 'globals']))
    expect(taken?.split(', ')).not.toContain('leaflets')
    // The new version's media files are the ones read ahead (hard links), checked then: not hashed again.
    expect(lines.find((line) => line.includes('not hashed again: '))).toMatch(
      new RegExp(`not hashed again: ${input.media.length}(?!\\d)`),
    )
    // Of the entries, only the edited leaflet's own key is hashed again: the others are those hashed ahead.
    expect(lines.find((line) => line.includes('entry keys hashed: '))).toMatch(/entry keys hashed: 1(?!\d)/)

    const own = await buildPublicSite({ content: { snapshotDir }, siteLink: path.join(dir, 'own', 'dist') })
    expect(await differences(inSpare.release, own.release, ['the spare’s release', 'its own'])).toEqual([])
    const page = await fs.readFile(
      path.join(inSpare.release, 'en', 'leaflets', input.leaflets[0]!.slug, 'index.html'),
      'utf8',
    )
    expect(page).toContain('Corrected after the spare read the snapshot')
  }, 600_000)

  it('ends a spare started with other settings, and builds in a process of its own', async () => {
    const spare = (await spareWaiting())!
    const report = await build({ env: { JOL_SITE_TIME_ZONE: 'Asia/Almaty' } })
    expect(report.spareRssMb).toBeUndefined()
    await gone(spare.pid)
  }, 600_000)

  it.each([
    ['the build script', 'build.mjs'],
    ['a module of the site it loaded ahead', path.join('src', 'print', 'engine.ts')],
  ])(
    'ends a spare whose code changed since it started (a deployment: %s), and builds in a process of its own',
    async (_, file) => {
      const spare = (await spareWaiting())!
      const script = path.join(siteDir, file)
      const { atime, mtime } = await fs.stat(script)
      await fs.utimes(script, atime, new Date(mtime.getTime() + 1000))
      try {
        const report = await build({ env: { JOL_SITE_TIME_ZONE: 'Asia/Almaty' } })
        expect(report.spareRssMb).toBeUndefined()
      } finally {
        await fs.utimes(script, atime, mtime)
      }
      await gone(spare.pid)
    },
    600_000,
  )

  it('does without a spare that died, and builds in a process of its own', async () => {
    const spare = (await spareWaiting())!
    process.kill(spare.pid, 'SIGKILL')
    await gone(spare.pid)
    const report = await build({ env: { JOL_SITE_TIME_ZONE: 'Asia/Almaty' } })
    expect(report.spareRssMb).toBeUndefined()
    expect(report.pages.rendered).toBeGreaterThan(0)
  }, 600_000)

  it('has a spare for a program’s first build, started before it with the same settings', async () => {
    discardSpare()
    const pid = (await startFirstSpare())!
    const report = await build()
    expect(report.spareRssMb).toBeGreaterThan(0)
    await gone(pid)
  }, 600_000)

  it('ends a spare that does not get as far as loading Astro, and is not used', async () => {
    const neverReady = pathToFileURL(path.join(import.meta.dirname, 'support', 'never-ready.mjs')).href
    const env = astroEnv({ NODE_OPTIONS: `--import=${neverReady}` })
    const pid = (await startSpare(env))!
    expect(await running(pid)).toBe(true)
    expect(await takeSpare(env, 500)).toBeUndefined()
    await gone(pid)
  }, 600_000)

  it('ends with the program that started it, even one that is killed', async () => {
    const program = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'start-spare.ts')],
      { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let output = ''
    program.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const pid = await waitFor('the spare to be started', async () => {
      const found = /spare (\d+)/.exec(output)?.[1]
      return found ? Number(found) : undefined
    })
    expect(await running(pid)).toBe(true)
    program.kill('SIGKILL')
    await gone(pid)
  }, 600_000)
})
