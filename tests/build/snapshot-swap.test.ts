import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSnapshot, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'
import { versionsDirOf } from '@jol/content-schemas/versions'

import { buildFixtureSnapshot } from '../fixtures/snapshot'

/** The snapshot is swapped in with one rename of its link: readers never see it missing or torn. */

let root: string
let input: SnapshotInput
/** The same content with the posts in the other order: different bytes, so a mixed read fails its hashes. */
let reordered: SnapshotInput

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-snapshot-swap-'))
  input = await buildFixtureSnapshot()
  reordered = { ...input, posts: [...input.posts].reverse() }
})

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('snapshot swap', () => {
  it('lets a reader polling during repeated swaps read a whole snapshot every time', async () => {
    const dir = path.join(root, 'polled')
    const first = new Date('2025-01-01T00:00:00Z').getTime()
    await writeSnapshot(dir, input, new Date(first))
    const swaps = 24
    let writing = true
    const writer = (async () => {
      try {
        for (let n = 1; n <= swaps; n++)
          await writeSnapshot(dir, n % 2 ? reordered : input, new Date(first + n * 1000))
      } finally {
        writing = false
      }
    })()
    const seen = new Set<string>()
    const failures: string[] = []
    const reader = (async () => {
      while (writing) {
        try {
          const snapshot = await readSnapshot(dir)
          const n = (new Date(snapshot.manifest.generatedAt).getTime() - first) / 1000
          // The content belongs to the manifest that came with it.
          const expected = n % 2 ? reordered.posts : input.posts
          if (snapshot.posts[0]?.slug !== expected[0]?.slug)
            failures.push(`version ${n}: posts of another version`)
          seen.add(snapshot.manifest.generatedAt)
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error))
        }
      }
    })()
    await Promise.all([writer, reader])
    expect(failures).toEqual([])
    expect(seen.size).toBeGreaterThan(1)
    expect((await readSnapshot(dir)).manifest.generatedAt).toBe(new Date(first + swaps * 1000).toISOString())
  })

  it('keeps the live version and two before it', async () => {
    const dir = path.join(root, 'pruned')
    for (let n = 0; n < 6; n++) await writeSnapshot(dir, input, new Date(Date.UTC(2025, 0, 1 + n)))
    expect((await fs.lstat(dir)).isSymbolicLink()).toBe(true)
    const versions = (await fs.readdir(versionsDirOf(dir))).sort()
    expect(versions).toHaveLength(3)
    expect(path.join(versionsDirOf(dir), versions.at(-1)!)).toBe(await fs.realpath(dir))
  })

  it('adopts a snapshot folder written before snapshots had versions', async () => {
    const dir = path.join(root, 'adopted')
    const old = path.join(root, 'old-layout')
    await writeSnapshot(old, input, new Date('2025-02-01T00:00:00Z'))
    await fs.cp(await fs.realpath(old), dir, { recursive: true })
    expect((await fs.lstat(dir)).isDirectory()).toBe(true)
    await writeSnapshot(dir, reordered, new Date('2025-02-02T00:00:00Z'))
    expect((await readSnapshot(dir)).manifest.generatedAt).toBe('2025-02-02T00:00:00.000Z')
    expect(await fs.readdir(versionsDirOf(dir))).toHaveLength(2)
  })

  it('refuses to replace a folder that is not a snapshot, and leaves it as it was', async () => {
    const dir = path.join(root, 'somebodys-folder')
    await fs.mkdir(dir)
    await fs.writeFile(path.join(dir, 'thesis.txt'), 'years of work')
    await expect(writeSnapshot(dir, input)).rejects.toThrow(
      /somebodys-folder is a folder that is not a Jol snapshot: refusing to replace it/,
    )
    expect(await fs.readFile(path.join(dir, 'thesis.txt'), 'utf8')).toBe('years of work')
    expect(await fs.readdir(versionsDirOf(dir))).toEqual([])
  })
})
