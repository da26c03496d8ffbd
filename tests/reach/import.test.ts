import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

import { combinedLine } from '@jol/scripts/reach/combinedFormat'
import { importLogs } from '@jol/scripts/reach/importLogs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { adminCredentials, createUser } from '../support/fixtures'

/**
 * `./jol reach import` against the real CMS: counts land in `reach-counts`, importing the same log
 * again or an overlapping rotated one counts nothing twice, and nobody can write counts by hand.
 */

let cms: TestCms
let adminToken: string
const reader =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1'
const start = Date.UTC(2026, 10, 2, 8) / 1000
const line = (offset: number, target: string) =>
  combinedLine({ address: '192.0.2.44', second: start + offset, target, userAgent: reader })

async function views(): Promise<Record<string, number>> {
  const { docs } = await cms.payload.find({
    collection: 'reach-counts',
    pagination: false,
    overrideAccess: true,
  })
  return Object.fromEntries(docs.map((d) => [`${d.slug}/${d.locale}/${d.kind}/${d.source}`, d.views]))
}

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, { ...adminCredentials, role: 'admin' })
  adminToken = (await cms.rest.login(adminCredentials.email, adminCredentials.password)).body.token as string
})
afterAll(async () => cms?.close())

describe('importing access logs', () => {
  const monday = [
    line(0, '/tg/leaflets/work-permit/?src=print'),
    line(1, '/tg/leaflets/work-permit/?src=print'),
    line(1, '/tg/leaflets/work-permit.pdf'),
  ]

  it('counts, and counts nothing when the same log is imported again', async () => {
    const file = path.join(cms.dir, 'access.log')
    await fs.writeFile(file, monday.join('\n') + '\n')
    const first = await importLogs(cms.payload, [file], 'site')
    expect(first).toMatchObject({ lines: 3, counted: 3, alreadyImported: 0 })
    expect(await views()).toEqual({ 'work-permit/tg/page/print': 2, 'work-permit/tg/leaflet-pdf/direct': 1 })
    const again = await importLogs(cms.payload, [file], 'site')
    expect(again).toMatchObject({ lines: 3, counted: 0, alreadyImported: 3 })
    expect(await views()).toEqual({ 'work-permit/tg/page/print': 2, 'work-permit/tg/leaflet-pdf/direct': 1 })
  })

  it('counts only the new lines of a rotated, gzipped log that overlaps the last import', async () => {
    // The log was rotated after one more line in the same second, and a new one was started.
    const rotated = path.join(cms.dir, 'access.log.1.gz')
    await fs.writeFile(
      rotated,
      await promisify(gzip)([...monday, line(1, '/tg/leaflets/work-permit/')].join('\n') + '\n'),
    )
    const current = path.join(cms.dir, 'access.log.new')
    await fs.writeFile(
      current,
      [line(60, '/ky/blog/first-week/?src=share'), line(61, '/ky/blog/rss.xml')].join('\n') + '\n',
    )
    // Named newest first on purpose: the import reads a stream's files oldest first.
    const report = await importLogs(cms.payload, [current, rotated], 'site')
    expect(report).toMatchObject({ lines: 6, counted: 3, alreadyImported: 3 })
    expect(await views()).toEqual({
      'work-permit/tg/page/print': 2,
      'work-permit/tg/leaflet-pdf/direct': 1,
      'work-permit/tg/page/direct': 1,
      'first-week/ky/page/share': 1,
      '/ky/feed/direct': 1,
    })
  })

  it("keeps another server's stream apart", async () => {
    const other = path.join(cms.dir, 'mirror.log')
    await fs.writeFile(other, line(0, '/tg/leaflets/work-permit.pdf') + '\n')
    expect(await importLogs(cms.payload, [other], 'mirror')).toMatchObject({ counted: 1 })
    expect((await views())['work-permit/tg/leaflet-pdf/direct']).toBe(2)
  })
})

describe('who may touch the counts', () => {
  it('editors read them; anonymous readers do not', async () => {
    expect(
      (await cms.rest.request('GET', '/reach-counts', { token: adminToken })).body.totalDocs,
    ).toBeGreaterThan(0)
    expect((await cms.rest.request('GET', '/reach-counts')).status).toBe(403)
    expect((await cms.rest.request('GET', '/reach-import-marks')).status).toBe(403)
  })
  it('nobody writes them over REST, not even an admin', async () => {
    const data = {
      key: 'x',
      day: '2026-11-02',
      entryCollection: 'leaflets',
      slug: 'x',
      locale: 'en',
      kind: 'page',
      source: 'direct',
      views: 1000,
    }
    expect((await cms.rest.request('POST', '/reach-counts', { body: data, token: adminToken })).status).toBe(
      403,
    )
    const { docs } = await cms.payload.find({ collection: 'reach-counts', limit: 1, overrideAccess: true })
    expect(
      (
        await cms.rest.request('PATCH', `/reach-counts/${docs[0]!.id}`, {
          body: { views: 1000 },
          token: adminToken,
        })
      ).status,
    ).toBe(403)
    expect(
      (await cms.rest.request('DELETE', `/reach-counts/${docs[0]!.id}`, { token: adminToken })).status,
    ).toBe(403)
    expect(
      (
        await cms.rest.request('PATCH', '/reach-import-marks?where[stream][equals]=site', {
          body: { second: 0 },
          token: adminToken,
        })
      ).status,
    ).toBe(403)
  })
})
