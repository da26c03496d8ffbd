import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { PrintCache } from '../../../site/src/print/cache'

/**
 * `PrintCache.getFile`: a document its endpoint reads from the cache's own file (press kits, PDFs),
 * so a warm build neither makes it again nor copies its bytes.
 */

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-print-cache-file-'))
})
afterEach(async () => {
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
