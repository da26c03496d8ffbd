import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { translationUpdate } from '@jol/scripts/seed/translationUpdate'

import {
  adminCredentials,
  createMedia,
  createUser,
  leafletData,
  pdfFile,
  newsletterData,
  postData,
  pressReleaseData,
  sampleText,
} from '../support/fixtures'

let cms: TestCms
let token: string
let storyTarget: { relationTo: 'posts'; value: number | string }

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, { ...adminCredentials, role: 'admin' })
  const login = await cms.rest.login(adminCredentials.email, adminCredentials.password)
  token = login.body.token as string
  const post = await cms.payload.create({ collection: 'posts', data: postData('story-target', 'en') })
  storyTarget = { relationTo: 'posts', value: post.id }
})
afterAll(async () => cms?.close())

let issueNumber = 10
const contentTypes = [
  { slug: 'leaflets', data: (s: string, l: LocaleCode) => leafletData(s, l), titleField: 'title' },
  { slug: 'press-releases', data: (s: string, l: LocaleCode) => pressReleaseData(s, l), titleField: 'title' },
  { slug: 'posts', data: (s: string, l: LocaleCode) => postData(s, l), titleField: 'title' },
  {
    slug: 'newsletters',
    data: (s: string, l: LocaleCode) => newsletterData(s, l, issueNumber++, storyTarget),
    titleField: 'subject',
  },
] as const

const sharedFields = [
  'slug',
  'audience',
  'topics',
  'printFormat',
  'releaseDate',
  'publishDate',
  'author',
  'issueNumber',
  'date',
]

/** What a translator writes: every localized field, on the rows already stored. */
function translationOf(stored: object, data: Record<string, unknown>) {
  const text = Object.fromEntries(Object.entries(data).filter(([key]) => !sharedFields.includes(key)))
  return translationUpdate(stored, text)
}

describe.each(contentTypes)('$slug in all six locales', ({ slug, data, titleField }) => {
  it('Local API: creates in English, adds each translation, reads each back, deletes', async () => {
    const created = await cms.payload.create({
      collection: slug,
      locale: 'en',
      data: data(`${slug}-local`, 'en') as never,
    })
    for (const locale of localeCodes.filter((l) => l !== 'en')) {
      const stored = await cms.payload.findByID({ collection: slug, id: created.id, locale, depth: 0 })
      await cms.payload.update({
        collection: slug,
        id: created.id,
        locale,
        data: translationOf(stored, data(`${slug}-local`, locale)) as never,
      })
    }
    for (const locale of localeCodes) {
      const doc = (await cms.payload.findByID({
        collection: slug,
        id: created.id,
        locale,
        fallbackLocale: false,
        depth: 0,
      })) as unknown as Record<string, unknown>
      expect(doc[titleField]).toBe(`${sampleText[locale]} (${slug}-local)`)
      expect(doc.slug).toBe(`${slug}-local`)
      // Text inside shared rows (key messages, contacts, sections) survives the other languages' edits.
      for (const [field, rows] of Object.entries(data(`${slug}-local`, locale))) {
        if (!Array.isArray(rows)) continue
        const stored = doc[field] as Record<string, unknown>[]
        rows.forEach((row: Record<string, unknown>, index: number) =>
          expect(stored[index], `${field}.${index} in ${locale}`).toMatchObject(row),
        )
      }
    }
    await cms.payload.delete({ collection: slug, id: created.id })
    const left = await cms.payload.find({ collection: slug, where: { slug: { equals: `${slug}-local` } } })
    expect(left.totalDocs).toBe(0)
  })

  it('REST: creates in Kyrgyz, translates into the others, reads, deletes', async () => {
    const base = `${slug}-rest`
    const created = await cms.rest.request('POST', `/${slug}?locale=ky`, { body: data(base, 'ky'), token })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    for (const locale of localeCodes.filter((l) => l !== 'ky')) {
      const stored = (await cms.rest.request('GET', `/${slug}/${id}?locale=${locale}&depth=0`, { token }))
        .body
      const updated = await cms.rest.request('PATCH', `/${slug}/${id}?locale=${locale}`, {
        body: translationOf(stored, data(base, locale)),
        token,
      })
      expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    }
    for (const locale of localeCodes) {
      const read = await cms.rest.request('GET', `/${slug}/${id}?locale=${locale}&fallback-locale=none`, {
        token,
      })
      expect(read.status).toBe(200)
      expect(read.body[titleField]).toBe(`${sampleText[locale]} (${base})`)
    }
    const all = await cms.rest.request('GET', `/${slug}/${id}?locale=all`, { token })
    expect(Object.keys(all.body[titleField]).sort()).toEqual([...localeCodes].sort())
    const removed = await cms.rest.request('DELETE', `/${slug}/${id}`, { token })
    expect(removed.status).toBe(200)
    expect((await cms.rest.request('GET', `/${slug}/${id}`, { token })).status).toBe(404)
  })
})

describe('media', () => {
  it('stores an image with responsive sizes and alt text in every locale, then deletes it', async () => {
    const media = await createMedia(cms.payload, 'family.png')
    expect(media.mimeType).toBe('image/png')
    expect(media.sizes?.thumbnail?.filename).toMatch(/\.webp$/)
    for (const locale of localeCodes) {
      await cms.payload.update({
        collection: 'media',
        id: media.id,
        locale,
        data: { alt: `alt ${sampleText[locale]}`, caption: sampleText[locale] },
      })
    }
    const all = (await cms.payload.findByID({
      collection: 'media',
      id: media.id,
      locale: 'all',
    })) as unknown as { alt: Record<string, string> }
    for (const locale of localeCodes) expect(all.alt[locale]).toBe(`alt ${sampleText[locale]}`)

    // Staff read any media; anonymous readers only what published content shows (media-access.test).
    const viaRest = await cms.rest.request('GET', `/media/${media.id}?locale=tg`, { token })
    expect(viaRest.body.alt).toBe(`alt ${sampleText.tg}`)
    await cms.payload.delete({ collection: 'media', id: media.id })
    expect((await cms.payload.find({ collection: 'media' })).totalDocs).toBe(0)
  })

  it('accepts a PDF and an upload through REST multipart', async () => {
    const form = new FormData()
    form.append('file', new Blob([pdfFile().data], { type: 'application/pdf' }), 'leaflet.pdf')
    form.append('_payload', JSON.stringify({ alt: 'A printed leaflet', credit: 'Jol', licence: 'CC0 1.0' }))
    const res = await cms.rest.request('POST', '/media?locale=en', { form, token })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.mimeType).toBe('application/pdf')
  })
})

describe('globals', () => {
  it('site settings and press room hold text in each locale', async () => {
    for (const locale of localeCodes) {
      await cms.payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: {
          siteName: `Jol ${locale}`,
          tagline: sampleText[locale],
          hotline: { label: sampleText[locale], phone: '+7 800 080 1234' },
        },
      })
      await cms.payload.updateGlobal({
        slug: 'press-room',
        locale,
        data: {
          boilerplate: (await import('../support/fixtures')).lexicalParagraph(sampleText[locale]) as never,
        },
      })
    }
    for (const locale of localeCodes) {
      const res = await cms.rest.request('GET', `/globals/site-settings?locale=${locale}`)
      expect(res.body.siteName).toBe(`Jol ${locale}`)
      expect(res.body.hotline.label).toBe(sampleText[locale])
      expect(res.body.hotline.phone).toBe('+7 800 080 1234')
    }
  })
})

describe('a leaflet’s first publication (the date lists are ordered by)', () => {
  it('is stamped by the save that publishes it, and kept by every save after: edits, drafts, unpublishing', async () => {
    const read = async (id: number | string, draft = false) =>
      (await cms.payload.findByID({ collection: 'leaflets', id, draft, depth: 0 })) as unknown as {
        firstPublishedAt?: string | null
        updatedAt: string
      }
    // A date sent by a client is not taken, as a draft or when publishing.
    const forged = '2001-01-01T00:00:00.000Z'
    const created = await cms.payload.create({
      collection: 'leaflets',
      locale: 'en',
      draft: true,
      data: { ...leafletData('first-published', 'en'), _status: 'draft', firstPublishedAt: forged } as never,
    })
    expect((await read(created.id, true)).firstPublishedAt ?? null).toBeNull()

    const before = new Date().toISOString()
    await cms.payload.update({
      collection: 'leaflets',
      id: created.id,
      locale: 'en',
      data: { _status: 'published', firstPublishedAt: forged } as never,
    })
    const stamp = (await read(created.id)).firstPublishedAt!
    expect(stamp >= before && stamp <= new Date().toISOString(), stamp).toBe(true)

    const saves: Array<{ draft?: boolean; data: Record<string, unknown> }> = [
      { data: { title: 'Corrected title', _status: 'published' } },
      { draft: true, data: { title: 'A draft revision', _status: 'draft' } },
      { data: { _status: 'draft' } },
      { data: { title: 'Published again', _status: 'published', firstPublishedAt: forged } },
    ]
    for (const save of saves) {
      await cms.payload.update({
        collection: 'leaflets',
        id: created.id,
        locale: 'en',
        ...save,
        data: save.data as never,
      })
      const [published, latest] = [await read(created.id), await read(created.id, true)]
      expect(published.firstPublishedAt, JSON.stringify(save)).toBe(stamp)
      expect(latest.firstPublishedAt, JSON.stringify(save)).toBe(stamp)
    }
    expect((await read(created.id)).updatedAt > stamp).toBe(true)
    await cms.payload.delete({ collection: 'leaflets', id: created.id })
  })

  it('cannot be moved through any door: anonymous, REST, bulk, version restore, bad input, many at once', async () => {
    const forged = '2001-01-01T00:00:00.000Z'
    const created = await cms.payload.create({
      collection: 'leaflets',
      locale: 'en',
      draft: true,
      data: { ...leafletData('first-published-doors', 'en'), _status: 'draft' } as never,
    })
    const [unpublished] = (
      await cms.payload.findVersions({ collection: 'leaflets', where: { parent: { equals: created.id } } })
    ).docs
    await cms.payload.update({
      collection: 'leaflets',
      id: created.id,
      data: { _status: 'published' } as never,
    })
    const stampOf = async () =>
      (
        (await cms.payload.findByID({ collection: 'leaflets', id: created.id, depth: 0 })) as {
          firstPublishedAt: string
        }
      ).firstPublishedAt
    const stamp = await stampOf()
    expect(stamp).toMatch(/^\d{4}-/)

    const anonymous = await cms.rest.request('PATCH', `/leaflets/${created.id}`, {
      body: { firstPublishedAt: forged },
    })
    expect(anonymous.status).toBe(403)
    const single = await cms.rest.request('PATCH', `/leaflets/${created.id}?locale=en`, {
      body: { firstPublishedAt: forged, _status: 'published' },
      token,
    })
    expect(single.status, JSON.stringify(single.body)).toBe(200)
    const otherLocale = await cms.rest.request('PATCH', `/leaflets/${created.id}?locale=ru&draft=true`, {
      body: { firstPublishedAt: forged, _status: 'draft' },
      token,
    })
    expect(otherLocale.status, JSON.stringify(otherLocale.body)).toBe(200)
    const bulk = await cms.rest.request('PATCH', `/leaflets?where[slug][equals]=first-published-doors`, {
      body: { firstPublishedAt: forged },
      token,
    })
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200)
    // The version saved before it was ever published carries no stamp: restoring it keeps the one it has.
    const restored = await cms.rest.request('POST', `/leaflets/versions/${unpublished!.id}`, { token })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    for (const bad of ['not a date', 'x'.repeat(100_000), 42]) {
      const res = await cms.rest.request('PATCH', `/leaflets/${created.id}`, {
        body: { firstPublishedAt: bad },
        token,
      })
      expect(res.status).toBeLessThan(500)
    }
    const many = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        cms.rest.request('PATCH', `/leaflets/${created.id}`, { body: { firstPublishedAt: forged }, token }),
      ),
    )
    for (const result of many)
      if (result.status === 'fulfilled') expect(result.value.status).toBeLessThan(500)
    expect(await stampOf()).toBe(stamp)
    await cms.payload.delete({ collection: 'leaflets', id: created.id })
  })
})
