import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acquireLock, LockTimeoutError } from '@jol/scripts/build/lock'
import { BuildError, buildLocks, buildPublicSite } from '@jol/scripts/build/pipeline'
import { releasesDirOf } from '@jol/scripts/build/releases'

/** Two builds at once take turns: the second waits for the first, saying who it waits for. */

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-build-lock-'))
})

afterAll(async () => {
  await fs.rm(releasesDirOf(path.join(dir, 'dist')), { recursive: true, force: true })
  await fs.rm(`${releasesDirOf(path.join(dir, 'dist'))}.lock`, { force: true })
  await fs.rm(dir, { recursive: true, force: true })
})

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function holder(lockFile: string, journal: string, name: string, goFile: string) {
  const script = path.join(import.meta.dirname, 'support', 'hold-build-lock.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, lockFile, journal, name, goFile], {
    cwd: import.meta.dirname,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  return { pid: child.pid!, output: () => output, exited }
}

const journalLines = async (file: string) =>
  (await fs.readFile(file, 'utf8').catch(() => '')).split('\n').filter(Boolean)

describe('build lock', () => {
  it('makes a second build process wait until the first is done, naming it', async () => {
    const lockFile = path.join(dir, 'two', 'build.lock')
    const journal = path.join(dir, 'two-journal.txt')
    const first = holder(lockFile, journal, 'first', path.join(dir, 'go-first'))
    await until('the first build to start', async () => (await journalLines(journal)).includes('first start'))
    const second = holder(lockFile, journal, 'second', path.join(dir, 'go-second'))
    await until('the second build to wait', () =>
      second.output().includes(`another build (pid ${first.pid}, first, started `),
    )
    expect(second.output()).toMatch(/is running; waiting \(at most 30 min\)/)
    expect(await journalLines(journal)).toEqual(['first start'])
    await fs.writeFile(path.join(dir, 'go-first'), '')
    await until('the second build to start', async () =>
      (await journalLines(journal)).includes('second start'),
    )
    await fs.writeFile(path.join(dir, 'go-second'), '')
    expect([await first.exited, await second.exited]).toEqual([0, 0])
    expect(await journalLines(journal)).toEqual(['first start', 'first end', 'second start', 'second end'])
    expect(await fs.stat(lockFile).catch(() => undefined)).toBeUndefined()
  })

  it('takes over a lock whose process is gone', async () => {
    const lockFile = path.join(dir, 'stale.lock')
    const gone = spawn(process.execPath, ['-e', ''])
    const pid = gone.pid!
    await new Promise((resolve) => gone.on('close', resolve))
    await fs.writeFile(
      lockFile,
      JSON.stringify({ pid, startedAt: '2026-01-01T00:00:00.000Z', purpose: 'build' }),
    )
    const lines: string[] = []
    const release = await acquireLock(lockFile, { log: (line) => lines.push(line), waitMs: 60_000 })
    expect(lines.join('\n')).toMatch(
      new RegExp(`holder \\(pid ${pid}, build, started 2026-01-01T00:00:00.000Z\\) is gone; taking it over`),
    )
    expect(JSON.parse(await fs.readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid })
    await release()
  })

  it('gives up after its ceiling, saying who holds the lock', async () => {
    const lockFile = path.join(dir, 'held.lock')
    const release = await acquireLock(lockFile, { purpose: 'manual build' })
    await expect(acquireLock(lockFile, { waitMs: 300 })).rejects.toThrow(LockTimeoutError)
    await expect(acquireLock(lockFile, { waitMs: 300 })).rejects.toThrow(
      new RegExp(`another build \\(pid ${process.pid}, manual build, started .*\\) still holds`),
    )
    await release()
  })

  it('keeps a site build from starting while another build holds its site', async () => {
    const siteLink = path.join(dir, 'dist')
    const snapshotDir = path.join(dir, 'missing-snapshot')
    const [siteLock] = buildLocks(siteLink, snapshotDir)
    const release = await acquireLock(siteLock!, { purpose: 'CMS rebuild' })
    const lines: string[] = []
    const build = buildPublicSite({ content: { snapshotDir }, siteLink, log: (line) => lines.push(line) })
    const outcome = build.then(
      () => 'built',
      (error: unknown) => error,
    )
    await until('the build to wait', () =>
      lines.some((line) => line.startsWith(`another build (pid ${process.pid}, CMS rebuild`)),
    )
    // Waiting, it has not begun a release of its own.
    expect(await fs.readdir(releasesDirOf(siteLink)).catch(() => [])).toEqual([])
    await release()
    const error = await outcome
    // Its turn came: it ran (and failed on the missing snapshot, which is beside the point here).
    expect(error).toBeInstanceOf(BuildError)
    expect((error as BuildError).step).toBe('site')
  })
})
