import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { PrintCache } from '../../../site/src/print/cache'
import { MARK_STANDS_MS } from '../../../site/src/print/cache-files'
import { PRUNE_GRACE_MS } from '../../../site/src/print/prune'

/**
 * `PrintCache.getFile`: a document its endpoint reads from the cache's own file (press kits, PDFs),
 * so a warm build neither makes it again nor copies its bytes.
 */

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-print-cache-file-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await fs.rm(dir, { recursive: true, force: true })
})

const key = 'ab'.repeat(32)
const bytes = (text: string) => new TextEncoder().encode(text)

describe('PrintCache.getFile', () => {
  it('makes a missing document once, stores it, and gives its file and size; later builds get the file without making it', async () => {
    let made = 0
    const make = async () => {
      made++
      return bytes('a press kit')
    }
    const first = await new PrintCache(dir).getFile(key, 'zip', make)
    expect(first).toMatchObject({ hit: false, length: 11 })
    if (!('file' in first)) throw new Error('not stored')
    expect(path.dirname(path.dirname(first.file))).toBe(dir)
    expect(await fs.readFile(first.file, 'utf8')).toBe('a press kit')

    const warm = new PrintCache(dir)
    const again = await warm.getFile(key, 'zip', make)
    expect(again).toEqual({ file: first.file, length: 11, hit: true })
    expect(made).toBe(1)
    expect(warm.stats).toEqual({ hits: 1, misses: 0 })
    // Same key, another kind of file: another document.
    expect((await warm.getFile(key, 'pdf', make)).hit).toBe(false)
    expect(made).toBe(2)
  })

  it('takes an empty file (a write cut short) for a miss and makes the document again', async () => {
    const cache = new PrintCache(dir)
    const stored = await cache.getFile(key, 'pdf', async () => bytes('%PDF-1.7'))
    if (!('file' in stored)) throw new Error('not stored')
    await fs.writeFile(stored.file, '')
    const again = await new PrintCache(dir).getFile(key, 'pdf', async () => bytes('%PDF-1.7 again'))
    expect(again).toEqual({ file: stored.file, length: 14, hit: false })
    expect(await fs.readFile(stored.file, 'utf8')).toBe('%PDF-1.7 again')
  })

  it('gives the bytes themselves when the folder cannot be written, and the build goes on', async () => {
    // A file where the key's subfolder should be: the write fails (as on a full or read-only disk).
    await fs.writeFile(path.join(dir, key.slice(0, 2)), 'in the way')
    const result = await new PrintCache(dir).getFile(key, 'zip', async () => bytes('kit'))
    expect(result).toEqual({ data: bytes('kit'), hit: false })
  })
})

/** Last used a day ago, as the prune sees it (the modification time). */
async function ageDay(file: string) {
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000)
  await fs.utimes(file, dayAgo, dayAgo)
}
const usedAt = async (file: string) => (await fs.stat(file)).mtimeMs

describe('a hit marks the entry as used', () => {
  it('by get: the entry read from the folder is used now, not when it was made', async () => {
    const file = path.join(dir, key.slice(0, 2), `${key}.htm`)
    const made = Date.now()
    await new PrintCache(dir).get(key, 'htm', async () => bytes('<p>e-mail</p>'))
    // A miss is stored as used now.
    expect(await usedAt(file)).toBeGreaterThanOrEqual(made - 1000)
    await ageDay(file)
    const before = Date.now()
    const hit = await new PrintCache(dir).get(key, 'htm', async () => bytes('not this'))
    expect(hit.hit).toBe(true)
    expect(await usedAt(file)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('by getFile: the file is marked before it is handed out', async () => {
    const first = await new PrintCache(dir).getFile(key, 'zip', async () => bytes('kit'))
    if (!('file' in first)) throw new Error('not stored')
    await ageDay(first.file)
    const before = Date.now()
    expect((await new PrintCache(dir).getFile(key, 'zip', async () => bytes('not this'))).hit).toBe(true)
    expect(await usedAt(first.file)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('by getFile: not again when it was marked minutes ago (the prune spares it for an hour)', async () => {
    const first = await new PrintCache(dir).getFile(key, 'zip', async () => bytes('kit'))
    if (!('file' in first)) throw new Error('not stored')
    const minutesAgo = new Date(Date.now() - MARK_STANDS_MS / 2)
    await fs.utimes(first.file, minutesAgo, minutesAgo)
    const marks = vi.spyOn(fs, 'utimes')
    expect((await new PrintCache(dir).getFile(key, 'zip', async () => bytes('not this'))).hit).toBe(true)
    expect(marks).not.toHaveBeenCalled()
    expect(await usedAt(first.file)).toBe(minutesAgo.getTime())
    expect(MARK_STANDS_MS).toBeLessThan(PRUNE_GRACE_MS / 2)
  })

  it('takes an entry pruned between finding it and marking it for a miss, and makes it again', async () => {
    const first = await new PrintCache(dir).getFile(key, 'pdf', async () => bytes('%PDF-1.7'))
    if (!('file' in first)) throw new Error('not stored')
    await ageDay(first.file)
    const utimes = fs.utimes.bind(fs)
    // Another build's prune removes the file right after this one found it.
    vi.spyOn(fs, 'utimes').mockImplementationOnce(async (file, atime, mtime) => {
      await fs.rm(first.file)
      return utimes(file, atime, mtime)
    })
    const again = await new PrintCache(dir).getFile(key, 'pdf', async () => bytes('%PDF-1.7 again'))
    expect(again).toEqual({ file: first.file, length: 14, hit: false })
    expect(await fs.readFile(first.file, 'utf8')).toBe('%PDF-1.7 again')
  })
})
