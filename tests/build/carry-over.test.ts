import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CarryOver } from '@jol/scripts/build/incremental'

import { filesOf } from './support/releaseFiles'

/**
 * Carried-over pages linked while the site build runs (`CarryOver`): every link started has ended
 * before the pipeline looks at the release or removes it, and a failure is never lost.
 */

let dir: string
let live: string
const pages = Array.from({ length: 600 }, (_, i) => path.join('en', 'leaflets', `leaflet-${i}`, 'index.html'))

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-carry-over-'))
  live = path.join(dir, 'live')
  for (const page of pages) {
    await fs.mkdir(path.dirname(path.join(live, page)), { recursive: true })
    await fs.writeFile(path.join(live, page), page)
  }
})

afterAll(() => fs.rm(dir, { recursive: true, force: true }))

const newRelease = (name: string) => fs.mkdir(path.join(dir, name)).then(() => path.join(dir, name))

describe('carrying pages over during the build', () => {
  it('links every announced page, in batches, as the live release’s own file', async () => {
    const release = await newRelease('whole')
    const carryOver = new CarryOver(release, live)
    carryOver.link(pages.slice(0, 200))
    carryOver.link(pages.slice(200))
    expect([...(await carryOver.linked())].sort()).toEqual([...pages].sort())
    expect(await filesOf(release)).toEqual([...pages].sort())
    for (const page of pages.slice(0, 20))
      expect((await fs.stat(path.join(release, page))).ino).toBe((await fs.stat(path.join(live, page))).ino)
  })

  it('reports a failed link, stops linking, and settles only once every link started has ended', async () => {
    const release = await newRelease('failed')
    const carryOver = new CarryOver(release, live)
    carryOver.link(['en/leaflets/gone/index.html', ...pages])
    await expect(carryOver.linked()).rejects.toThrow(/ENOENT.*gone/)
    await carryOver.settled()
    const linked = await filesOf(release)
    // Links already under way when the failure came end; no new one starts.
    expect(linked.length).toBeLessThan(pages.length)
    await fs.rm(release, { recursive: true })
    carryOver.link(pages.slice(0, 50))
    await carryOver.settled()
    expect(await fs.stat(release).catch(() => undefined)).toBeUndefined()
  })

  it('makes each folder once, however many files are linked into it', async () => {
    // A newsletter's page folder holds its page and both e-mails: three links, one folder.
    const inFolders = Array.from({ length: 40 }, (_, i) =>
      ['index.html', 'email.htm', 'email.txt'].map((name) => path.join('en', 'newsletters', `n-${i}`, name)),
    ).flat()
    for (const file of inFolders) {
      await fs.mkdir(path.dirname(path.join(live, file)), { recursive: true })
      await fs.writeFile(path.join(live, file), file)
    }
    const release = await newRelease('folders')
    const mkdir = vi.spyOn(fs, 'mkdir')
    try {
      const carryOver = new CarryOver(release, live)
      carryOver.link(inFolders.slice(0, 61))
      carryOver.link(inFolders.slice(61))
      expect((await carryOver.linked()).size).toBe(inFolders.length)
      const made = mkdir.mock.calls.map(([folder]) => String(folder))
      expect(made.sort()).toEqual(
        [...new Set(inFolders.map((f) => path.dirname(path.join(release, f))))].sort(),
      )
    } finally {
      mkdir.mockRestore()
    }
    expect(await filesOf(release)).toEqual([...inFolders].sort())
  })

  it('settles after the last link of every batch, so the release can be removed for good', async () => {
    const release = await newRelease('settled')
    const carryOver = new CarryOver(release, live)
    carryOver.link(pages)
    await carryOver.settled()
    expect((await filesOf(release)).length).toBe(pages.length)
  })
})
