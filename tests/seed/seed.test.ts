import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import { adminCredentials, demoAdmin } from '@jol/scripts/seed/admin'
import { campaign } from '@jol/scripts/seed/content/campaign'
import { seedCampaign, type SeedReport } from '@jol/scripts/seed/seed'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'

const contentCollections = [
  'leaflets',
  'press-releases',
  'newsletters',
  'posts',
  'campaigns',
] as const satisfies CollectionSlug[]
// Timestamps (a translation's savedAt too) and secrets change on every run; the content must not.
const volatile = new Set(['createdAt', 'updatedAt', 'savedAt', 'sessions', 'loginAttempts', 'salt', 'hash'])

let cms: TestCms
let first: SeedReport
let afterFirst: unknown
let afterSecond: unknown

/** Everything stored, every locale, minus timestamps: what "the same content" means. */
async function dump() {
  const out: Record<string, unknown> = {}
  for (const collection of [...contentCollections, 'media', 'users'] as const) {
    const { docs } = await cms.payload.find({
      collection,
      locale: 'all',
      depth: 0,
      draft: true,
      limit: 0,
      sort: 'id',
    })
    out[collection] = JSON.parse(
      JSON.stringify(docs, (key, value) => (volatile.has(key) ? undefined : value)),
    )
  }
  for (const slug of ['site-settings', 'press-room'] as const) {
    out[slug] = JSON.parse(
      JSON.stringify(await cms.payload.findGlobal({ slug, locale: 'all', depth: 0 }), (key, value) =>
        volatile.has(key) ? undefined : value,
      ),
    )
  }
  return out
}

/** All text stored in one locale, with no fallback: what a reader of that language would get. */
async function textIn(locale: LocaleCode): Promise<string> {
  const parts: unknown[] = []
  for (const collection of contentCollections) {
    parts.push(
      (await cms.payload.find({ collection, locale, fallbackLocale: false, depth: 0, limit: 0 })).docs,
    )
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

  it('loads two campaigns: 4+ leaflets, 3 press releases, 2 newsletters, 5 blog posts, locally drawn images', async () => {
    const count = async (collection: CollectionSlug) => (await cms.payload.count({ collection })).totalDocs
    expect(await count('campaigns')).toBe(2)
    expect(await count('leaflets')).toBeGreaterThanOrEqual(4)
    expect(await count('press-releases')).toBe(3)
    expect(await count('newsletters')).toBe(2)
    expect(await count('posts')).toBe(5)
    const media = await cms.payload.find({ collection: 'media', limit: 0 })
    expect(media.totalDocs).toBe(campaign.images.length)
    for (const image of media.docs) expect(image.mimeType).toBe('image/jpeg')
    for (const collection of contentCollections) {
      const drafts = await cms.payload.count({ collection, where: { _status: { not_equals: 'published' } } })
      expect(drafts.totalDocs, collection).toBe(0)
    }
  })

  it('keeps exactly one press release under embargo, hidden from anonymous readers', async () => {
    const embargoed = await cms.payload.find({
      collection: 'press-releases',
      where: { embargoUntil: { greater_than: new Date().toISOString() } },
    })
    expect(embargoed.totalDocs).toBe(1)
    const publicList = await cms.rest.request('GET', '/press-releases?limit=50')
    expect(publicList.body.totalDocs).toBe(2)
    expect(JSON.stringify(publicList.body)).not.toContain(embargoed.docs[0]!.slug)
  })

  it('writes every entry in all six languages, except one post without Kazakh and Tajik and the "safe departure" campaign', async () => {
    const missing: string[] = []
    for (const collection of contentCollections) {
      for (const locale of localeCodes) {
        const { docs } = await cms.payload.find({
          collection,
          locale,
          fallbackLocale: false,
          depth: 0,
          limit: 0,
        })
        for (const doc of docs) {
          const { title, subject, name } = doc as { title?: string; subject?: string; name?: string }
          if (!(title ?? subject ?? name)) missing.push(`${collection}/${doc.slug}/${locale}`)
        }
      }
    }
    // Safe departure is for countries of origin: English, Kyrgyz, Tajik and Uzbek only.
    const originOnly = [
      'campaigns/safe-departure',
      'leaflets/check-a-job-offer',
      'posts/questions-before-leaving',
    ]
    expect(missing.sort()).toEqual(
      [
        'posts/writing-about-migrant-families/kk',
        'posts/writing-about-migrant-families/tg',
        ...originOnly.flatMap((entry) => [`${entry}/kk`, `${entry}/ru`]),
      ].sort(),
    )
  })

  it('turns "every child counts" into a campaign with the handbook’s objectives and personas, and links its content', async () => {
    const [child] = (
      await cms.payload.find({
        collection: 'campaigns',
        where: { slug: { equals: 'every-child-counts' } },
        depth: 0,
        locale: 'ru',
      })
    ).docs
    expect(child!.name).toBe('Каждый ребёнок важен')
    expect(child!.objectives!.map((o) => o.unit)).toContain('calls per month')
    expect(child!.personas!.map((p) => p.who)).toEqual([
      'Irregular migrant parents with school-age children',
      'NGOs and ethno-cultural associations',
      'Specialised media and bloggers',
    ])
    const [departure] = (
      await cms.payload.find({
        collection: 'campaigns',
        where: { slug: { equals: 'safe-departure' } },
        depth: 0,
      })
    ).docs
    expect(departure!.countries).toEqual(['KG', 'TJ', 'UZ'])
    const members = async (id: number) => {
      const slugs: string[] = []
      for (const collection of ['leaflets', 'press-releases', 'newsletters', 'posts'] as const) {
        slugs.push(
          ...(
            await cms.payload.find({ collection, where: { campaigns: { in: [id] } }, depth: 0, limit: 0 })
          ).docs.map((d) => `${collection}/${d.slug}`),
        )
      }
      return slugs.sort()
    }
    expect(await members(child!.id)).toHaveLength(
      campaign.leaflets.length -
        1 +
        campaign.pressReleases.length +
        campaign.newsletters.length +
        campaign.posts.length -
        1,
    )
    expect(await members(departure!.id)).toEqual([
      'leaflets/check-a-job-offer',
      'leaflets/safe-migration-before-you-leave',
      'posts/questions-before-leaving',
    ])
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
    expect(
      adminCredentials({ NODE_ENV: 'production', JOL_ADMIN_EMAIL: 'a@b.org', JOL_ADMIN_PASSWORD: 'pw' }),
    ).toEqual({ email: 'a@b.org', password: 'pw', fromDefaults: false })
  })
  it('refuse the published defaults in production', () => {
    expect(() => adminCredentials({ NODE_ENV: 'production' })).toThrow(
      /JOL_ADMIN_EMAIL and JOL_ADMIN_PASSWORD/,
    )
  })
})
