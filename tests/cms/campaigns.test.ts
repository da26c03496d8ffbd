import { readCampaignCoverage } from '@jol/cms/collections/Campaigns/coverage'
import { localeCodes } from '@jol/content-schemas'
import { translationUpdate } from '@jol/scripts/seed/translationUpdate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import {
  campaignData,
  createUser,
  leafletData,
  newsletterData,
  postData,
  pressReleaseData,
  sampleText,
} from '../support/fixtures'

/**
 * Campaigns in the CMS: the plan and the reader-facing text in every locale, entries of every kind
 * that belong to one or more campaigns, a brand colour the site could not show legibly refused, the
 * translators' limits, and the coverage a team reads before launch day.
 */
let cms: TestCms
let campaignId: number
let translatorToken: string
const translator = {
  email: 'kk-campaigns@jol.test',
  password: 'kazakh-only-please',
  role: 'translator' as const,
  translatorLocales: ['kk' as const],
}

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, translator)
  translatorToken = (await cms.rest.login(translator.email, translator.password)).body.token as string
  campaignId = (
    await cms.payload.create({
      collection: 'campaigns',
      locale: 'en',
      data: { ...campaignData('every-child-counts', 'en'), _status: 'published' },
    })
  ).id
})
afterAll(async () => cms?.close())

const messagesOf = (body: {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}) =>
  (body.errors ?? [])
    .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)])
    .join('\n')

describe('the campaigns collection', () => {
  it('keeps its plan once and its reader-facing text per language', async () => {
    const stored = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      locale: 'ru',
      depth: 0,
    })
    const { name, slogan, summary, keyMessages, cities } = campaignData('every-child-counts', 'ru')
    await cms.payload.update({
      collection: 'campaigns',
      id: campaignId,
      locale: 'ru',
      data: translationUpdate(stored as never, { name, slogan, summary, keyMessages, cities }) as never,
    })
    const ru = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      locale: 'ru',
      fallbackLocale: false,
      depth: 0,
    })
    const en = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    expect(ru.name).toBe(`${sampleText.ru} (every-child-counts)`)
    expect(ru.keyMessages?.[0]?.text).toBe(sampleText.ru)
    expect(ru.cities?.[0]?.name).toBe(`${sampleText.ru} city`)
    expect(en.slogan).toBe(sampleText.en)
    expect(en.keyMessages?.[0]?.text).toBe(sampleText.en)
    for (const doc of [ru, en]) {
      expect(doc.objectives?.[0]).toMatchObject({
        indicator: 'Calls to the hotline',
        unit: 'calls per month',
        baseline: 120,
        target: 400,
      })
      expect(doc.personas?.[0]).toMatchObject({
        who: 'Irregular migrant mothers',
        languages: ['ru', 'uz'],
        channels: ['leaflet', 'hotline'],
      })
      expect(doc.channels).toEqual(['leaflet', 'hotline'])
      expect(doc.countries).toEqual(['KZ'])
    }
  })

  it('refuses an end date before the start date', async () => {
    const error = await cms.payload
      .create({
        collection: 'campaigns',
        data: {
          ...campaignData('backwards', 'en', { endDate: '2026-10-01T00:00:00.000Z' }),
          _status: 'published',
        },
      })
      .then(
        () => undefined,
        (e: unknown) => e as { data?: { errors?: { path: string; message: string }[] } },
      )
    expect(error?.data?.errors).toEqual([
      { path: 'endDate', label: 'End date', message: 'The end date must not be before the start date.' },
    ])
    expect(
      (await cms.payload.find({ collection: 'campaigns', where: { slug: { equals: 'backwards' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('leaflets, press releases, newsletters and posts belong to one or more campaigns', async () => {
    const second = await cms.payload.create({
      collection: 'campaigns',
      data: { ...campaignData('safe-departure', 'en'), _status: 'published' },
    })
    const both = [campaignId, second.id]
    const post = await cms.payload.create({
      collection: 'posts',
      data: { ...postData('campaign-post', 'en'), campaigns: both, _status: 'published' },
    })
    const docs = [
      await cms.payload.create({
        collection: 'leaflets',
        data: { ...leafletData('campaign-leaflet', 'en'), campaigns: both },
      }),
      await cms.payload.create({
        collection: 'press-releases',
        data: { ...pressReleaseData('campaign-release', 'en'), campaigns: both },
      }),
      await cms.payload.create({
        collection: 'newsletters',
        data: {
          ...newsletterData('campaign-letter', 'en', 77, { relationTo: 'posts', value: post.id }),
          campaigns: both,
        } as never,
      }),
      post,
    ]
    for (const doc of docs)
      expect(
        (doc as { campaigns?: unknown[] }).campaigns?.map((c) =>
          typeof c === 'object' && c !== null ? (c as { id: unknown }).id : c,
        ),
      ).toEqual(both)
    const found = await cms.payload.find({
      collection: 'leaflets',
      where: { campaigns: { in: [second.id] } },
      depth: 0,
    })
    expect(found.docs.map((d) => d.slug)).toEqual(['campaign-leaflet'])
  })
})

describe('the brand colour', () => {
  it.each([
    ['a draft', 'draft'],
    ['a publication', 'published'],
  ] as const)('one that fails 4.5:1 is refused in %s, naming the pair and the ratio', async (_, status) => {
    const before = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      depth: 0,
      draft: true,
    })
    const res = await cms.rest.request(
      'PATCH',
      `/campaigns/${campaignId}?locale=en${status === 'draft' ? '&draft=true' : ''}`,
      {
        body: { brandColour: '#FFCC00', _status: status },
        token: (await cms.rest.login(...(await adminLogin()))).body.token as string,
      },
    )
    expect(res.status).toBe(400)
    const messages = messagesOf(res.body)
    expect(messages).toContain('Brand colour #FFCC00 cannot be used')
    expect(messages).toContain('white text on the brand colour (#ffffff on #ffcc00) has a contrast of 1.51:1')
    expect(messages).toContain('4.5:1')
    const after = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      depth: 0,
      draft: true,
    })
    expect(after.brandColour).toBe(before.brandColour)
  })

  it('a dark one is accepted', async () => {
    const updated = await cms.payload.update({
      collection: 'campaigns',
      id: campaignId,
      data: { brandColour: '#1d4e89' },
    })
    expect(updated.brandColour).toBe('#1d4e89')
  })
})

let adminCreated = false
async function adminLogin(): Promise<[string, string]> {
  const admin = { email: 'campaign-admin@jol.test', password: 'campaign-admin-password' }
  if (!adminCreated) await createUser(cms.payload, { ...admin, role: 'admin' })
  adminCreated = true
  return [admin.email, admin.password]
}

describe('a translator', () => {
  it('translates the reader-facing text of their language, as a draft', async () => {
    const stored = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      locale: 'kk',
      depth: 0,
      draft: true,
      fallbackLocale: false,
    })
    const { name, slogan, summary, keyMessages, cities } = campaignData('every-child-counts', 'kk')
    const body = translationUpdate(stored as unknown as Record<string, unknown>, {
      ...stored,
      name,
      slogan,
      summary,
      keyMessages,
      cities,
      id: undefined,
    })
    const res = await cms.rest.request('PATCH', `/campaigns/${campaignId}?locale=kk&draft=true`, {
      body: { ...body, _status: 'draft' },
      token: translatorToken,
    })
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200)
    const kk = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      locale: 'kk',
      depth: 0,
      draft: true,
      fallbackLocale: false,
    })
    expect(kk.name).toBe(`${sampleText.kk} (every-child-counts)`)
  })

  it.each([
    ['brandColour', { brandColour: '#000000' }],
    ['channels', { channels: ['meeting'] }],
    ['startDate', { startDate: '2020-01-01T00:00:00.000Z' }],
  ])('cannot change the shared %s', async (field, change) => {
    const res = await cms.rest.request('PATCH', `/campaigns/${campaignId}?locale=kk&draft=true`, {
      body: { ...change, _status: 'draft' },
      token: translatorToken,
    })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain(`"${field}" is shared by every language`)
  })

  it('cannot change the plan (objectives)', async () => {
    const stored = await cms.payload.findByID({
      collection: 'campaigns',
      id: campaignId,
      locale: 'kk',
      depth: 0,
      draft: true,
    })
    const objectives = stored.objectives!.map((row) => ({ ...row, target: 1 }))
    const res = await cms.rest.request('PATCH', `/campaigns/${campaignId}?locale=kk&draft=true`, {
      body: { objectives, _status: 'draft' },
      token: translatorToken,
    })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain('"objectives.0.target" is shared by every language')
  })

  it('cannot create a campaign', async () => {
    const res = await cms.rest.request('POST', '/campaigns?locale=kk', {
      body: campaignData('mine', 'kk'),
      token: translatorToken,
    })
    expect(res.status).toBe(403)
  })
})

describe('coverage', () => {
  it('shows every entry linked to the campaign against the six languages', async () => {
    const coverageCampaign = await cms.payload.create({
      collection: 'campaigns',
      data: { ...campaignData('coverage-check', 'en'), _status: 'published' },
    })
    const everywhere = await cms.payload.create({
      collection: 'leaflets',
      locale: 'en',
      data: {
        ...leafletData('covered-everywhere', 'en'),
        campaigns: [coverageCampaign.id],
        _status: 'published',
      },
    })
    for (const locale of localeCodes.filter((l) => l !== 'en')) {
      const stored = await cms.payload.findByID({
        collection: 'leaflets',
        id: everywhere.id,
        locale,
        depth: 0,
      })
      const { title, summary, body, keyMessages, contacts } = leafletData('covered-everywhere', locale)
      await cms.payload.update({
        collection: 'leaflets',
        id: everywhere.id,
        locale,
        data: translationUpdate(stored as never, { title, summary, body, keyMessages, contacts }) as never,
      })
    }
    // Only Russian: the Central Asian languages fall back to it, English has nothing.
    await cms.payload.create({
      collection: 'posts',
      locale: 'ru',
      data: { ...postData('russian-only', 'ru'), campaigns: [coverageCampaign.id] },
    })
    // Not linked: not counted.
    await cms.payload.create({
      collection: 'posts',
      locale: 'en',
      data: { ...postData('unrelated', 'en'), _status: 'published' },
    })

    const { rows, totals } = await readCampaignCoverage(cms.payload, coverageCampaign.id)
    expect(rows.map((r) => [r.collection, r.published])).toEqual([
      ['leaflets', true],
      ['posts', false],
    ])
    expect(Object.values(rows[0]!.locales).every((l) => l.state === 'written')).toBe(true)
    expect(rows[1]!.title).toBe(`${sampleText.ru} (russian-only)`)
    expect(rows[1]!.locales.en).toEqual({ state: 'missing' })
    expect(rows[1]!.locales.ru).toEqual({ state: 'written', shown: 'ru' })
    expect(rows[1]!.locales.kk).toEqual({ state: 'fallback', shown: 'ru' })
    expect(totals.en).toEqual({ written: 1, fallback: 0, missing: 1 })
    expect(totals.tg).toEqual({ written: 1, fallback: 1, missing: 0 })
  })
})

describe('the doors of the campaigns collection', () => {
  const colourNow = async () =>
    (await cms.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, draft: true }))
      .brandColour

  it('anonymous readers get published campaigns only, and write nothing', async () => {
    await cms.payload.create({
      collection: 'campaigns',
      locale: 'en',
      draft: true,
      data: { ...campaignData('not-launched-yet', 'en'), _status: 'draft' },
    })
    for (const query of ['', '&draft=true']) {
      const list = await cms.rest.request('GET', `/campaigns?locale=en&limit=100${query}`)
      expect(list.status).toBe(200)
      const slugs = list.body.docs.map((doc: { slug: string; _status: string }) => doc.slug)
      expect(slugs).not.toContain('not-launched-yet')
      for (const doc of list.body.docs) expect(doc._status).toBe('published')
    }
    const published = await cms.rest.request('GET', '/campaigns?locale=en&limit=100')
    expect(published.body.docs.map((doc: { slug: string }) => doc.slug)).toContain('every-child-counts')
    const create = await cms.rest.request('POST', '/campaigns?locale=en', {
      body: campaignData('mine', 'en'),
    })
    expect(create.status).toBe(403)
    const edit = await cms.rest.request('PATCH', `/campaigns/${campaignId}?locale=en`, {
      body: { brandColour: '#000000' },
    })
    expect(edit.status).toBe(403)
    const bulk = await cms.rest.request('DELETE', `/campaigns?where[id][equals]=${campaignId}`)
    expect(bulk.status).toBeLessThan(500)
    expect(await colourNow()).not.toBe('#000000')
    expect(
      (await cms.payload.count({ collection: 'campaigns', where: { id: { equals: campaignId } } })).totalDocs,
    ).toBe(1)
  })

  it('a translator writes no other language than their own', async () => {
    const res = await cms.rest.request('PATCH', `/campaigns/${campaignId}?locale=ky&draft=true`, {
      body: { name: 'Кыргызча аталыш', _status: 'draft' },
      token: translatorToken,
    })
    expect(res.status).toBe(403)
  })

  it('a bulk update, by an admin or a translator, cannot slip a failing colour past the check', async () => {
    const before = await colourNow()
    const admin = (await cms.rest.login(...(await adminLogin()))).body.token as string
    for (const token of [admin, translatorToken]) {
      const res = await cms.rest.request('PATCH', `/campaigns?where[id][in]=${campaignId}&locale=kk`, {
        body: { brandColour: '#FFCC00' },
        token,
      })
      expect(res.status).toBeLessThan(500)
      expect(await colourNow()).toBe(before)
    }
  })
})
