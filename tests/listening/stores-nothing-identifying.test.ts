import fs from 'node:fs/promises'
import path from 'node:path'

import { combinedLine } from '@jol/scripts/reach/combinedFormat'
import { importLogs } from '@jol/scripts/reach/importLogs'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { leafletData } from '../support/fixtures'

import { publicFormPoster } from './publicForms'

/**
 * The README's "What Jol stores about readers", checked: after a log import, feedback and questions sent with
 * known addresses and user agents, no byte of the database files or the media folder holds them.
 */

const site = 'http://localhost:4321'
const addresses = ['203.0.113.201', '2001:db8:77::a1']
const agents = [
  'Mozilla/5.0 (Linux; Android 13; JolProbeReader-7f3a) Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; JolProbeReader-9c1e) Safari/604.1',
]
let cms: TestCms

beforeAll(async () => {
  cms = await startTestCms({ JOL_SITE_URL: site })
  await cms.payload.create({
    collection: 'leaflets',
    data: { ...leafletData('work-permit', 'en'), _status: 'published' },
  })
})
afterAll(async () => cms?.close())

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.endsWith('.log'))
}

it('keeps no address and no user agent from log import, feedback or questions', async () => {
  const log = path.join(cms.dir, 'access.log')
  const start = Math.floor(Date.now() / 1000)
  const lines = addresses.flatMap((address, i) => [
    combinedLine({
      address,
      second: start + i,
      target: '/tg/leaflets/work-permit/?src=print',
      userAgent: agents[i]!,
      referer: `https://t.me/${address}`,
    }),
  ])
  await fs.writeFile(log, lines.join('\n') + '\n')
  expect((await importLogs(cms.payload, [log], 'site')).counted).toBe(2)

  const answer = publicFormPoster(cms.config, 'feedback/answer')
  const ask = publicFormPoster(cms.config, 'questions/ask')
  for (const [i, address] of addresses.entries()) {
    const body = new URLSearchParams({
      collection: 'leaflets',
      slug: 'work-permit',
      locale: 'tg',
      answer: 'no',
      comment: 'unclear',
      return: `${site}/tg/feedback/thanks/`,
      website: '',
    })
    const res = await answer(Object.fromEntries(body), {
      address,
      userAgent: agents[i]!,
      cookie: `probe=${address}`,
    })
    expect(res.status).toBe(303)
  }
  expect((await cms.payload.count({ collection: 'feedback', overrideAccess: true })).totalDocs).toBe(2)

  for (const [i, address] of addresses.entries()) {
    const body = new URLSearchParams({
      question: 'Можно ли работать без патента?',
      locale: 'ru',
      topic: 'employment',
      city: 'Казань',
      contact: '@probe_reader',
      consent: 'yes',
      return: `${site}/ru/ask/thanks/`,
      website: '',
    })
    const res = await ask(Object.fromEntries(body), {
      address,
      userAgent: agents[i]!,
      cookie: `probe=${address}`,
    })
    expect(res.status).toBe(303)
  }
  expect((await cms.payload.count({ collection: 'questions', overrideAccess: true })).totalDocs).toBe(2)

  // The whole database (file, journal, WAL) and the media folder, byte for byte; not our own test log.
  const files = await filesUnder(cms.dir)
  expect(files.some((f) => path.basename(f).startsWith('jol.db'))).toBe(true)
  const needles = [...addresses, ...agents, 'JolProbeReader', '203.0.113', '2001:db8:77']
  for (const file of files) {
    const bytes = await fs.readFile(file)
    for (const needle of needles) {
      for (const encoding of ['utf8', 'utf16le'] as const)
        expect(bytes.includes(Buffer.from(needle, encoding)), `${needle} in ${file}`).toBe(false)
    }
  }
})
