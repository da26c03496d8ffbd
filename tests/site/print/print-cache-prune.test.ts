import fsSync, { type Stats } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { prunePrintCache } from '../../../site/src/print/prune'

/**
 * The print cache's prune: least recently used entries first, down to the limit; nothing used within
 * the last hour, nothing not named like the cache's own files; stale temporary files always.
 */

let root: string
let dir: string
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-print-cache-prune-'))
  dir = path.join(root, 'cache')
  await fs.mkdir(dir)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await fs.rm(root, { recursive: true, force: true })
})

const hour = 60 * 60 * 1000
const kb = 1024

/** A cache entry of `bytes` bytes last used `ago` ms ago, in `dir` or its sub-cache `sub`. */
async function entry(name: string, bytes: number, ago: number, sub = ''): Promise<string> {
  const key = name.padEnd(64, '0')
  const file = path.join(dir, sub, key.slice(0, 2), `${key}.pdf`)
  await writeAged(file, bytes, ago)
  return file
}

async function writeAged(file: string, bytes: number, ago: number) {
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, Buffer.alloc(bytes, 1))
  const at = new Date(Date.now() - ago)
  await fs.utimes(file, at, at)
}

const exists = (file: string) =>
  fs.lstat(file).then(
    () => true,
    () => false,
  )

describe('prunePrintCache', () => {
  it('removes the entries used longest ago first, sub-caches included, until the total is under the limit', async () => {
    const oldest = await entry('a1', 10 * kb, 5 * hour)
    const olderPicture = await entry('b2', 10 * kb, 4 * hour, 'images')
    const old = await entry('c3', 10 * kb, 3 * hour)
    const recent = await entry('d4', 10 * kb, 2 * hour, 'images')
    const report = await prunePrintCache(dir, { maxBytes: 25 * kb })
    expect(report).toEqual({
      removed: { files: 2, bytes: 20 * kb },
      kept: { files: 2, bytes: 20 * kb },
      failed: { files: 0 },
    })
    expect(await Promise.all([oldest, olderPicture, old, recent].map(exists))).toEqual([
      false,
      false,
      true,
      true,
    ])
  })

  it('removes nothing under the limit, and nothing but stale temporary files with no limit', async () => {
    const kept = await entry('a1', 10 * kb, 500 * hour)
    expect((await prunePrintCache(dir, { maxBytes: 20 * kb })).removed.files).toBe(0)
    expect((await prunePrintCache(dir, { maxBytes: Number.POSITIVE_INFINITY })).removed.files).toBe(0)
    expect(await exists(kept)).toBe(true)
  })

  it('keeps every entry used within the last hour, even over the limit', async () => {
    const justUsed = await entry('a1', 10 * kb, 59 * 60 * 1000)
    const usedNow = await entry('b2', 10 * kb, 0, 'images')
    const stale = await entry('c3', 10 * kb, 61 * 60 * 1000)
    const report = await prunePrintCache(dir, { maxBytes: 0 })
    expect(report.removed).toEqual({ files: 1, bytes: 10 * kb })
    expect(report.kept).toEqual({ files: 2, bytes: 20 * kb })
    expect(await Promise.all([justUsed, usedNow, stale].map(exists))).toEqual([true, true, false])
  })

  it('keeps an entry a build marked used after the folder was listed', async () => {
    const file = await entry('a1', 10 * kb, 5 * hour)
    const lstat = fsSync.lstatSync.bind(fsSync) as (file: string) => Stats
    // Another build hits it just after the prune looked at it.
    vi.spyOn(fsSync, 'lstatSync').mockImplementationOnce(((target: string) => {
      const stats = lstat(target)
      const now = new Date()
      fsSync.utimesSync(file, now, now)
      return stats
    }) as typeof fsSync.lstatSync)
    const report = await prunePrintCache(dir, { maxBytes: 0 })
    expect(report.removed.files).toBe(0)
    expect(report.kept.files).toBe(1)
    expect(await exists(file)).toBe(true)
  })

  it('removes temporary files older than an hour (writes a crash cut short), and keeps those being written', async () => {
    const key = 'ab'.repeat(32)
    const stale = path.join(dir, 'ab', `${key}.zip.4242-0123abcd.tmp`)
    const writing = path.join(dir, 'ab', `${key}.zip.4243-89abcdef.tmp`)
    const stalePicture = path.join(dir, 'images', 'ab', `${key}.img.17-deadbeef.tmp`)
    await writeAged(stale, 30 * kb, 2 * hour)
    await writeAged(writing, 30 * kb, 0)
    await writeAged(stalePicture, kb, 2 * hour)
    const report = await prunePrintCache(dir, { maxBytes: Number.POSITIVE_INFINITY })
    expect(report.removed).toEqual({ files: 2, bytes: 31 * kb })
    expect(report.kept).toEqual({ files: 1, bytes: 30 * kb })
    expect(await Promise.all([stale, writing, stalePicture].map(exists))).toEqual([false, true, false])
  })

  it('leaves alone what is not named like its own files, and never follows a link out of the folder', async () => {
    const key = 'ab'.repeat(32)
    const outside = path.join(root, 'outside')
    const unknown = [
      path.join(dir, 'README.txt'),
      path.join(dir, `${key}.pdf`), // not in its shard folder
      path.join(dir, 'cd', `${key}.pdf`), // in another key's shard folder
      path.join(dir, 'ab', `${key}.pdf.bak`),
      path.join(dir, 'ab', 'notes.tmp'),
      path.join(dir, 'backup', 'ab', `${key}.pdf`), // not a sub-cache of the print cache
      path.join(dir, 'images', 'images', 'ab', `${key}.pdf`), // sub-caches hold no sub-caches
      path.join(outside, 'ab', `${key}.pdf`),
    ]
    for (const file of unknown) await writeAged(file, kb, 500 * hour)
    // Links named like a shard folder and like an entry, pointing outside: neither is followed nor removed.
    await fs.symlink(path.join(outside, 'ab'), path.join(dir, 'ef'))
    const link = path.join(dir, 'ab', `${'ab'.padEnd(64, '1')}.pdf`)
    await fs.symlink(path.join(outside, 'ab', `${key}.pdf`), link)
    const report = await prunePrintCache(dir, { maxBytes: 0 })
    expect(report).toEqual({
      removed: { files: 0, bytes: 0 },
      kept: { files: 0, bytes: 0 },
      failed: { files: 0 },
    })
    expect(await Promise.all(unknown.map(exists))).toEqual(unknown.map(() => true))
    expect(await exists(link)).toBe(true)
  })

  it('finds nothing to do in a folder that does not exist yet', async () => {
    expect((await prunePrintCache(path.join(root, 'never-made'), { maxBytes: 0 })).kept).toEqual({
      files: 0,
      bytes: 0,
    })
  })

  it('throws when the folder cannot be read, and removes nothing', async () => {
    const file = await entry('a1', 10 * kb, 5 * hour)
    const notAFolder = path.join(root, 'a-file')
    await fs.writeFile(notAFolder, 'in the way')
    await expect(prunePrintCache(notAFolder, { maxBytes: 0 })).rejects.toThrow(/ENOTDIR/)
    expect(await exists(file)).toBe(true)
  })

  it('counts a file it cannot remove, says why, and goes on with the next', async () => {
    const stuck = await entry('a1', 10 * kb, 5 * hour)
    const next = await entry('b2', 10 * kb, 4 * hour)
    const unlink = fs.unlink.bind(fs)
    vi.spyOn(fs, 'unlink').mockImplementation(async (file) => {
      if (file === stuck) throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' })
      return unlink(file)
    })
    const report = await prunePrintCache(dir, { maxBytes: 0 })
    expect(report.removed.files).toBe(1)
    expect(report.failed).toEqual({ files: 1, first: `${stuck}: EPERM: operation not permitted` })
    expect(report.kept).toEqual({ files: 1, bytes: 10 * kb })
    expect(await Promise.all([stuck, next].map(exists))).toEqual([true, false])
  })
})
