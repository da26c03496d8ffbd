import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildPublicSite } from '@jol/scripts/build/pipeline'
import {
  discardRelease,
  liveRelease,
  newRelease,
  publishRelease,
  pruneReleases,
  releasesDirOf,
} from '@jol/scripts/build/releases'

/** Publishing by release folders and one link: what goes live, what is kept, what is never touched. */

let dir: string
let link: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-releases-'))
  link = path.join(dir, 'public', 'dist')
})

afterAll(async () => {
  await fs.rm(releasesDirOf(link), { recursive: true, force: true })
  await fs.rm(dir, { recursive: true, force: true })
})

async function release(marker: string): Promise<string> {
  const folder = await newRelease(link)
  await fs.writeFile(path.join(folder, 'index.html'), marker)
  return folder
}

describe('site releases', () => {
  it('refuses a folder Jol did not make at the link, leaves it whole, and builds nothing', async () => {
    const folder = path.join(dir, 'home', 'someone')
    await fs.mkdir(folder, { recursive: true })
    await fs.writeFile(path.join(folder, 'letters.txt'), 'keep me')
    const refusal = /someone is a folder, not a site link made by Jol: refusing to replace it/
    await expect(publishRelease(folder, await newRelease(folder))).rejects.toThrow(refusal)
    const built = buildPublicSite({
      content: { snapshotDir: path.join(dir, 'no-snapshot') },
      siteLink: folder,
    })
    await expect(built).rejects.toThrow(refusal)
    expect(await fs.readdir(folder)).toEqual(['letters.txt'])
    expect(await fs.readFile(path.join(folder, 'letters.txt'), 'utf8')).toBe('keep me')
    await fs.rm(releasesDirOf(folder), { recursive: true, force: true })
  })

  it('serves each new release through the link', async () => {
    const first = await release('first')
    await publishRelease(link, first)
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true)
    expect(await fs.readFile(path.join(link, 'index.html'), 'utf8')).toBe('first')
    expect(await liveRelease(link)).toBe(first)
  })

  it('names releases in the order they are made, even several in one millisecond or after the clock went back', async () => {
    const other = path.join(dir, 'quick', 'dist')
    try {
      // Ten in a row: most share their millisecond with another.
      const made: string[] = []
      for (let i = 0; i < 10; i++) made.push(path.basename(await newRelease(other)))
      expect([...made].sort()).toEqual(made)
      // A release named in the future (a clock set back since): the next sorts after it all the same.
      const ahead = path.join(releasesDirOf(other), '29991231T235959999Z-abcdef')
      await fs.mkdir(ahead)
      const next = path.basename(await newRelease(other))
      expect(next > path.basename(ahead)).toBe(true)
      expect(next).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{6}$/)
    } finally {
      await fs.rm(releasesDirOf(other), { recursive: true, force: true })
    }
  })

  it('keeps the live release and the one before it, and nothing older', async () => {
    const second = await release('second')
    await publishRelease(link, second)
    const third = await release('third')
    await publishRelease(link, third)
    expect(await fs.readFile(path.join(link, 'index.html'), 'utf8')).toBe('third')
    // Live first, pruned after: readers never wait for old releases to be deleted.
    expect((await fs.readdir(releasesDirOf(link))).length).toBe(3)
    await pruneReleases(link)
    expect((await fs.readdir(releasesDirOf(link))).sort()).toEqual([
      path.basename(second),
      path.basename(third),
    ])
  })

  it('leaves the live site alone when a release is discarded', async () => {
    const failed = await release('half-written')
    await discardRelease(failed)
    expect(await fs.readFile(path.join(link, 'index.html'), 'utf8')).toBe('third')
    expect(await fs.stat(failed).catch(() => undefined)).toBeUndefined()
  })

  it('keeps releases inside site/, one folder per link', () => {
    expect(releasesDirOf(link)).toMatch(/site\/\.releases\/dist-[0-9a-f]{8}$/)
    expect(releasesDirOf(path.join(dir, 'other', 'dist'))).not.toBe(releasesDirOf(link))
  })
})
