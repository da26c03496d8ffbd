import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { notePage } from '../../../site/src/lib/page-notes'
import {
  carriedFiles,
  planned,
  planRecord,
  planStore,
  readRecordAhead,
  startPlan,
} from '../../../site/src/lib/render-plan'
import { leaflet, snapshotOf } from './snapshots'

/**
 * Which carried-over pages the build announces while it renders (`carriedFiles`): the pipeline
 * links those into the new release at once, so none may be a file this build also writes.
 */

let dir: string
const snapshot = snapshotOf({
  leaflets: [leaflet('2', '2025-01-01', ['en']), leaflet('water', '2025-01-01', ['en'])],
})
const route = '/[locale]/leaflets/[slug]'
const paths = [{ params: { locale: 'en', slug: '2' } }, { params: { locale: 'en', slug: 'water' } }]
const plan = () => planned(snapshot, route, paths, ({ params }) => params.slug)

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-render-plan-'))
  // The live release's record: the same pages with the same keys, so both are carried over.
  startPlan('fingerprint', undefined)
  plan()
  await fs.writeFile(path.join(dir, 'live.pages.json'), JSON.stringify(planRecord([], dir)))
  startPlan('fingerprint', path.join(dir, 'live.pages.json'))
  expect(plan()).toEqual([])
})

afterAll(() => fs.rm(dir, { recursive: true, force: true }))

describe('carried-over pages announced during the build', () => {
  it('are every carried-over page when the build renders other paths', () => {
    expect(carriedFiles(['/en/', '/en/leaflets/', '/en/leaflets/other.pdf']).sort()).toEqual([
      'en/leaflets/2/index.html',
      'en/leaflets/water/index.html',
    ])
  })

  it('leave out a page whose file another route of the build writes (the second page of a list, say)', () => {
    expect(carriedFiles(['/en/leaflets/2/'])).toEqual(['en/leaflets/water/index.html'])
    expect(carriedFiles(['/en/leaflets/2'])).toEqual(['en/leaflets/water/index.html'])
    expect(carriedFiles(['/en/leaflets/water/index.html'])).toEqual(['en/leaflets/2/index.html'])
  })
})

describe('the record of a build', () => {
  it('names the files of the pages without a key, by what Astro wrote, beside the keyed ones', async () => {
    const out = path.join(dir, 'out')
    for (const file of ['index.html', 'en/index.html', '404.html', 'en/leaflets/2/index.html', 'en/rss.xml'])
      await fs
        .mkdir(path.dirname(path.join(out, file)), { recursive: true })
        .then(() => fs.writeFile(path.join(out, file), file))
    // Astro's page list: the keyed page (`/en/leaflets/2/`) is in `pages`, not again in `unkeyed`.
    const record = planRecord(
      ['/', 'en/', '/404', '/en/leaflets/2/', 'en/rss.xml', '/en/never-written/'],
      out,
    )
    expect(Object.keys(record.pages)).toEqual(['en/leaflets/2/index.html', 'en/leaflets/water/index.html'])
    expect(record.unkeyed).toEqual(['404.html', 'en/index.html', 'en/rss.xml', 'index.html'])
  })

  it('keeps the pictures, digest and searchability of each page the build rendered, as noted while it rendered them', () => {
    startPlan('another fingerprint', path.join(dir, 'live.pages.json'))
    // Another fingerprint: nothing is carried over, both pages are rendered.
    expect(plan()).toHaveLength(2)
    const html =
      '<link href="/_astro/site.css"><img src="/_astro/a.avif" srcset="/_astro/a.webp 2x, /_astro/a.avif 1x">'
    notePage('/en/leaflets/2', html)
    const record = planRecord([], dir)
    expect(record.pages['en/leaflets/2/index.html']?.assets).toEqual([
      '_astro/a.avif',
      '_astro/a.webp',
      '_astro/site.css',
    ])
    // What the search step compares instead of reading both releases' pages.
    expect(record.pages['en/leaflets/2/index.html']).toMatchObject({
      digest: createHash('sha256').update(html).digest('base64'),
      searched: false,
    })
    notePage('/en/leaflets/2/', `<main data-pagefind-body>${html}</main>`, new TextEncoder().encode('bytes'))
    expect(planRecord([], dir).pages['en/leaflets/2/index.html']).toMatchObject({
      digest: createHash('sha256').update('bytes').digest('base64'),
      searched: true,
    })
    // Not noted (not rendered through the middleware): the pipeline reads its file instead.
    expect(record.pages['en/leaflets/water/index.html']?.assets).toBeUndefined()
    // A new build starts with no notes of the last one.
    startPlan('another fingerprint', path.join(dir, 'live.pages.json'))
    plan()
    expect(planRecord([], dir).pages['en/leaflets/2/index.html']?.assets).toBeUndefined()
  })
})

describe('the live release’s record read ahead (a spare build)', () => {
  it('is taken by the build while the file is unchanged, and read again once it changed', async () => {
    const live = path.join(dir, 'live.pages.json')
    expect(readRecordAhead(live)).toBe(true)
    const ahead = planStore.ahead!.record
    startPlan('fingerprint', live)
    // The very object read ahead, not a second parse.
    expect(planStore.previous).toBe(ahead)
    expect(plan()).toEqual([])

    expect(readRecordAhead(live)).toBe(true)
    // The pipeline rewrites a record (its pages' pictures) after the site build wrote it.
    const rewritten = JSON.parse(await fs.readFile(live, 'utf8')) as ReturnType<typeof planRecord>
    rewritten.pages['en/leaflets/2/index.html']!.key = 'another key'
    await fs.writeFile(live, JSON.stringify(rewritten))
    startPlan('fingerprint', live)
    expect(planStore.previous).not.toBe(planStore.ahead?.record)
    expect(planStore.previous?.pages['en/leaflets/2/index.html']?.key).toBe('another key')
    expect(plan()).toEqual([paths[0]])
  })

  it('is nothing when there is no record to read', () => {
    expect(readRecordAhead(path.join(dir, 'none.pages.json'))).toBe(false)
    expect(planStore.ahead).toBeUndefined()
  })
})
