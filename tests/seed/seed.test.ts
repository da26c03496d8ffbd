import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import { adminCredentials, demoAdmin } from '@jol/scripts/seed/admin'
import { campaign } from '@jol/scripts/seed/content/campaign'
import { seedCampaign, type SeedReport } from '@jol/scripts/seed/seed'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'

const contentCollections = ['leaflets', 'press-releases', 'newsletters', 'posts'] as const satisfies CollectionSlug[]
const volatile = new Set(['createdAt', 'updatedAt', 'sessions', 'loginAttempts', 'salt', 'hash'])

let cms: TestCms
let first: SeedReport
let afterFirst: unknown
let afterSecond: unknown

/** Everything stored, every locale, minus timestamps: what "the same content" means. */
async function dump() {
  const out: Record<string, unknown> = {}
  for (const collection of [...contentCollections, 'media', 'users'] as const) {
    const { docs } = await cms.payload.find({ collection, locale: 'all', depth: 0, draft: true, limit: 0, sort: 'id' })
    out[collection] = JSON.parse(JSON.stringify(docs, (key, value) => (volatile.has(key) ? undefined : value)))
  }
  for (const slug of ['site-settings', 'press-room'] as const) {
    out[slug] = JSON.parse(JSON.stringify(await cms.payload.findGlobal({ slug, locale: 'all', depth: 0 }), (key, value) => (volatile.has(key) ? undefined : value)))
  }
  return out
}

/** All text stored in one locale, with no fallback: what a reader of that language would get. */
async function textIn(locale: LocaleCode): Promise<string> {
  const parts: unknown[] = []
  for (const collection of contentCollections) {
    parts.push((await cms.payload.find({ collection, locale, fallbackLocale: false, depth: 0, limit: 0 })).docs)
  }
  return JSON.stringify(parts)
}

beforeAll(async () => {
  cms = await startTestCms()
  first = await seedCampaign(cms.payload, campaign)
  afterFirst = await dump()
  await seedCampaign(cms.payload, campaign)
  afterSecond = await dump()
})
afterAll(async () => cms?.close())

describe('pnpm seed', () => {
  it('gives the same content when run twice', () => {
    expect(afterSecond).toEqual(afterFirst)
  })

  it('loads one campaign: 3+ leaflets, 3 press releases, 2 newsletters, 4 blog posts, locally drawn images', async () => {
    const count = async (collection: CollectionSlug) => (await cms.payload.count({ collection })).totalDocs
    expect(await count('leaflets')).toBeGreaterThanOrEqual(3)
    expect(await count('press-releases')).toBe(3)
    expect(await count('newsletters')).toBe(2)
    expect(await count('posts')).toBe(4)
    const media = await cms.payload.find({ collection: 'media', limit: 0 })
    expect(media.totalDocs).toBe(campaign.images.length)
    for (const image of media.docs) expect(image.mimeType).toBe('image/jpeg')
    for (const collection of contentCollections) {
      const drafts = await cms.payload.count({ collection, where: { _status: { not_equals: 'published' } } })
      expect(drafts.totalDocs, collection).toBe(0)
    }
  })

  it('keeps exactly one press release under embargo, hidden from anonymous readers', async () => {
    const embargoed = await cms.payload.find({ collection: 'press-releases', where: { embargoUntil: { greater_than: new Date().toISOString() } } })
    expect(embargoed.totalDocs).toBe(1)
    const publicList = await cms.rest.request('GET', '/press-releases?limit=50')
    expect(publicList.body.totalDocs).toBe(2)
    expect(JSON.stringify(publicList.body)).not.toContain(embargoed.docs[0]!.slug)
  })

  it('writes every entry in all six languages, except one post left without Kazakh and Tajik', async () => {
    const missing: string[] = []
    for (const collection of contentCollections) {
      for (const locale of localeCodes) {
        const { docs } = await cms.payload.find({ collection, locale, fallbackLocale: false, depth: 0, limit: 0 })
        for (const doc of docs) {
          const title = (doc as { title?: string; subject?: string }).title ?? (doc as { subject?: string }).subject
          if (!title) missing.push(`${collection}/${doc.slug}/${locale}`)
        }
      }
    }
    expect(missing).toHaveLength(2)
    const [kk, tg] = [missing.find((m) => m.endsWith('/kk')), missing.find((m) => m.endsWith('/tg'))]
    expect(kk?.startsWith('posts/')).toBe(true)
    expect(tg).toBe(kk?.replace(/kk$/, 'tg'))
  })

  it('uses each alphabet’s own letters', async () => {
    const has = (text: string, letters: string) => [...letters].filter((letter) => text.includes(letter))
    expect(has(await textIn('kk'), 'әғқңөұүһі').length).toBeGreaterThanOrEqual(8)
    expect(has(await textIn('ky'), 'ңөү')).toHaveLength(3)
    expect(has(await textIn('tg'), 'ғӣқӯҳҷ')).toHaveLength(6)
    const uz = await textIn('uz')
    expect(uz).toMatch(/[oOgG]\u02BB/)
    expect(uz).not.toMatch(/[oOgG]['‘’`]/)
    expect(uz).not.toMatch(/[а-яё]/i)
    for (const locale of ['ru', 'kk', 'ky', 'tg'] as const) {
      // no Latin look-alikes inside Cyrillic words
      expect(await textIn(locale), locale).not.toMatch(/[а-яёәғқңөұүһіӣӯҳҷ][a-z]|[a-z][а-яёәғқңөұүһіӣӯҳҷ]/i)
    }
  })

  it('creates the demo admin with the local defaults and reports them', () => {
    expect(first.admin).toEqual({ email: demoAdmin.email, password: demoAdmin.password, created: true })
  })
})

describe('admin credentials', () => {
  it('come from JOL_ADMIN_EMAIL and JOL_ADMIN_PASSWORD when set', () => {
    expect(adminCredentials({ NODE_ENV: 'production', JOL_ADMIN_EMAIL: 'a@b.org', JOL_ADMIN_PASSWORD: 'pw' })).toEqual({ email: 'a@b.org', password: 'pw', fromDefaults: false })
  })
  it('refuse the published defaults in production', () => {
    expect(() => adminCredentials({ NODE_ENV: 'production' })).toThrow(/JOL_ADMIN_EMAIL and JOL_ADMIN_PASSWORD/)
  })
})
