import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { adminCredentials, createUser, leafletData } from '../support/fixtures'

import { publicFormPoster } from './publicForms'

/**
 * The "Was this useful?" form's endpoint, called as a browser posts a plain HTML form: what is
 * stored (and what is not), the redirect to the site's thank-you page, and every refusal.
 */

const site = 'http://localhost:4321'
let cms: TestCms
let send: ReturnType<typeof publicFormPoster>
let post: (fields: Record<string, string>, address?: string) => Promise<Response>
const good = {
  collection: 'leaflets',
  slug: 'work-permit',
  locale: 'tg',
  answer: 'yes',
  comment: 'Кӯмак кард',
  return: `${site}/tg/feedback/thanks/`,
  website: '',
}

beforeAll(async () => {
  cms = await startTestCms({ JOL_SITE_URL: site })
  await createUser(cms.payload, { ...adminCredentials, role: 'admin' })
  await cms.payload.create({
    collection: 'leaflets',
    data: { ...leafletData('work-permit', 'en'), _status: 'published' },
  })
  send = publicFormPoster(cms.config, 'feedback/answer')
  post = (fields, address) => send(fields, { address })
})
afterAll(async () => cms?.close())

const stored = async () =>
  (await cms.payload.find({ collection: 'feedback', pagination: false, overrideAccess: true })).docs

describe('feedback', () => {
  it('stores entry, locale, answer, comment and day, nothing else, and sends the reader to the thank-you page', async () => {
    const res = await post(good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${site}/tg/feedback/thanks/`)
    const docs = await stored()
    expect(docs).toHaveLength(1)
    const { id: _id, ...doc } = docs[0]!
    expect(doc).toEqual({
      entryCollection: 'leaflets',
      slug: 'work-permit',
      locale: 'tg',
      answer: 'yes',
      comment: 'Кӯмак кард',
      day: new Date().toISOString().slice(0, 10),
    })
  })

  it('refuses a return address outside the site, an unknown entry, a bad answer and a long comment, storing nothing', async () => {
    const cases: Record<string, string>[] = [
      { ...good, return: 'https://evil.example/tg/' },
      { ...good, return: `${site}.evil.example/` },
      { ...good, slug: 'no-such-leaflet' },
      { ...good, collection: 'users' },
      { ...good, answer: 'maybe' },
      { ...good, comment: 'x'.repeat(501) },
    ]
    for (const fields of cases) {
      const res = await post(fields, '198.51.100.50')
      expect(res.status, JSON.stringify(fields).slice(0, 120)).toBe(400)
      expect(res.headers.get('location')).toBeNull()
    }
    expect(await stored()).toHaveLength(1)
  })

  it('sends a robot that fills the honeypot on its way, storing nothing', async () => {
    const res = await post({ ...good, website: 'http://spam.example' }, '198.51.100.60')
    expect(res.status).toBe(303)
    expect(await stored()).toHaveLength(1)
  })

  it('answers 429 with a readable page and Retry-After once an address has sent too many; others go on', async () => {
    let last: Response | undefined
    for (let i = 0; i < 21; i++) last = await post({ ...good, comment: '' }, '203.0.113.99')
    expect(last!.status).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await last!.text()).toContain('Аз пайвасти шумо паёмҳо хеле зиёданд')
    expect((await post(good, '203.0.113.100')).status).toBe(303)
    expect(await stored()).toHaveLength(22)
  })

  it('keys the budget on the address the CMS stamped: a hundred posts at once, each with its own forged X-Forwarded-For, store twenty', async () => {
    const before = (await stored()).length
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        send({ ...good, comment: '' }, { stamped: '198.51.100.77', address: `10.1.${i >> 8}.${i & 255}` }),
      ),
    )
    const statuses = answers.map((res) => res.status)
    expect(statuses.filter((status) => status === 303)).toHaveLength(20)
    expect(statuses.filter((status) => status === 429)).toHaveLength(80)
    expect(await stored()).toHaveLength(before + 20)
    // Another reader behind the same forged header is not held back by it.
    expect((await send(good, { stamped: '198.51.100.78', address: '10.1.0.0' })).status).toBe(303)
  })

  it('is not writable or readable through the collection’s REST API by readers', async () => {
    expect(
      (await cms.rest.request('POST', '/feedback', { body: { ...good, day: '2026-01-01' } })).status,
    ).toBe(403)
    expect((await cms.rest.request('GET', '/feedback')).status).toBe(403)
  })
})
