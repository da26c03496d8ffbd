import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { assembleRelease, CarryOver, pagesManifestOf } from '@jol/scripts/build/incremental'

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

/**
 * Completing a release (`assembleRelease`) says when every HTML page is in place, before the rest
 * (the sitemap, pictures) is linked: the search index, which reads only HTML pages, starts then.
 */
describe('completing a release, pages first', () => {
  const carriedPages = pages.slice(0, 30)
  const sitemap = 'sitemap-0.xml'
  const picture = '_astro/photo.abc123.webp'
  const rendered = path.join('en', 'index.html')

  /** A live release (carried pages, its sitemap and a picture they link) and a new one with its rendered page and record. */
  async function releasePair(name: string) {
    const root = path.join(dir, name)
    const [from, to] = [path.join(root, 'live'), path.join(root, 'new')]
    // The live release rendered every file; the new one renders only its home page.
    const recordOf = (carriedRendered: boolean) => ({
      fingerprint: 'f',
      pages: Object.fromEntries([
        ...[...carriedPages, sitemap].map((file) => [
          file,
          {
            path: `/${file}`,
            key: 'same',
            rendered: carriedRendered,
            assets: file === sitemap ? [] : [picture],
          },
        ]),
        [rendered, { path: '/en/', key: 'new', rendered: true, assets: [] }],
      ]),
    })
    for (const file of [...carriedPages, sitemap, picture]) {
      await fs.mkdir(path.dirname(path.join(from, file)), { recursive: true })
      await fs.writeFile(path.join(from, file), file)
    }
    await fs.mkdir(path.join(to, 'en'), { recursive: true })
    await fs.writeFile(path.join(to, rendered), '<html lang="en"></html>')
    await fs.writeFile(pagesManifestOf(from), JSON.stringify(recordOf(true)))
    await fs.writeFile(pagesManifestOf(to), JSON.stringify(recordOf(false)))
    return { from, to }
  }

  /** What was in the release when it was said to have its pages in place. */
  const inPlace = (release: string) => ({
    pages: [...carriedPages, rendered].filter((file) => existsSync(path.join(release, file))).length,
    sitemap: existsSync(path.join(release, sitemap)),
    picture: existsSync(path.join(release, picture)),
  })

  it('says so at once when the build linked every carried-over page, before the sitemap and pictures', async () => {
    const { from, to } = await releasePair('pages-linked-early')
    const carryOver = new CarryOver(to, from)
    carryOver.link(carriedPages)
    let seen: ReturnType<typeof inPlace> | undefined
    const assembled = await assembleRelease(to, from, carryOver, undefined, () => (seen = inPlace(to)))
    expect(seen).toEqual({ pages: carriedPages.length + 1, sitemap: false, picture: false })
    expect(assembled.carried).toBe(carriedPages.length + 1)
    expect(inPlace(to)).toEqual({ pages: carriedPages.length + 1, sitemap: true, picture: true })
  })

  it('says so once it linked the pages the build did not, every one of them in place', async () => {
    const { from, to } = await releasePair('pages-linked-after')
    const carryOver = new CarryOver(to, from)
    carryOver.link(carriedPages.slice(0, 10))
    let seen: ReturnType<typeof inPlace> | undefined
    await assembleRelease(to, from, carryOver, undefined, () => (seen = inPlace(to)))
    expect(seen?.pages).toBe(carriedPages.length + 1)
    expect(inPlace(to)).toEqual({ pages: carriedPages.length + 1, sitemap: true, picture: true })
  })
})
