import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { adminCredentials, createUser, leafletData, newsletterData, postData } from '../support/fixtures'

/**
 * Slugs in the CMS: proposed from the title (transliterated, in the language being written) when
 * left empty, made unique with -2, -3; typed ones kept as typed; never changed once published.
 */

let cms: TestCms
let token: string
beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, { ...adminCredentials, role: 'admin' })
  token = (await cms.rest.login(adminCredentials.email, adminCredentials.password)).body.token as string
})
afterAll(async () => cms?.close())

const fieldErrors = (body: any): { path: string; message: string }[] => body.errors?.[0]?.data?.errors ?? []

/** A leaflet written first in `locale`, with the given title and no slug, through REST as the admin does. */
async function createLeaflet(locale: 'kk' | 'ru' | 'ky' | 'tg' | 'uz' | 'en', title: string, extra = {}) {
  const { slug: _none, ...data } = leafletData('unused', locale)
  return cms.rest.request('POST', `/leaflets?locale=${locale}`, { body: { ...data, title, ...extra }, token })
}

const storedSlug = async (id: number | string) =>
  (await cms.payload.findByID({ collection: 'leaflets', id, depth: 0, draft: true })).slug

describe('a slug left empty', () => {
  it('is proposed from the title, transliterated from the language being written', async () => {
    const cases = [
      ['kk', 'Құқықтарыңызды біліңіз', 'quqyqtarynyzdy-biliniz'],
      ['ru', 'Ваш ребёнок имеет право учиться в школе', 'vash-rebenok-imeet-pravo-uchitsya-v-shkole'],
      ['ky', 'Балаңыздын мектепте окууга укугу бар', 'balangyzdyn-mektepte-okuuga-ukugu-bar'],
      ['tg', 'Муҳоҷирати бехатар: пеш аз сафар', 'muhojirati-bekhatar-pesh-az-safar'],
      ['uz', 'Xavfsiz migratsiya: yoʻlga chiqishdan oldin', 'xavfsiz-migratsiya-yolga-chiqishdan-oldin'],
    ] as const
    for (const [locale, title, slug] of cases) {
      const res = await createLeaflet(locale, title)
      expect(res.status, `${locale}: ${JSON.stringify(res.body)}`).toBe(201)
      expect(res.body.doc.slug, locale).toBe(slug)
    }
  })

  it('is made unique with -2, -3 when the title gives a slug already taken', async () => {
    const slugs = []
    for (let i = 0; i < 3; i++) slugs.push((await createLeaflet('ky', 'Коопсуз миграция')).body.doc.slug)
    expect(slugs).toEqual(['koopsuz-migratsiya', 'koopsuz-migratsiya-2', 'koopsuz-migratsiya-3'])
  })

  it("comes from the collection's own title field (a newsletter's subject)", async () => {
    const post = await cms.payload.create({ collection: 'posts', data: postData('a-post', 'en') })
    const { slug: _none, ...data } = newsletterData('unused', 'tg', 7, {
      relationTo: 'posts',
      value: post.id,
    })
    const res = await cms.rest.request('POST', '/newsletters?locale=tg', {
      body: { ...data, subject: 'Хабарномаи моҳи ноябр' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.slug).toBe('khabarnomai-mohi-noyabr')
  })

  it('is refused, naming the field, when the title has nothing to make one from', async () => {
    const res = await createLeaflet('en', '!!!')
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(
      expect.objectContaining({ path: 'slug', message: expect.stringMatching(/slug is required/) }),
    )
  })

  it('is proposed again when an editor clears the slug of a draft', async () => {
    const id = (await createLeaflet('kk', 'Жұмыс берушімен келісімшарт')).body.doc.id
    const res = await cms.rest.request('PATCH', `/leaflets/${id}?locale=kk&draft=true`, {
      body: { slug: '', title: 'Еңбек шарты' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await storedSlug(id)).toBe('enbek-sharty')
  })
})

describe('a slug the editor typed', () => {
  it('is kept as typed, and a taken one is refused rather than renamed', async () => {
    const first = await createLeaflet('en', 'Typed slugs', { slug: 'my-own-slug' })
    expect(first.body.doc.slug).toBe('my-own-slug')
    const second = await createLeaflet('en', 'Another title', { slug: 'my-own-slug' })
    expect(second.status).toBe(400)
    expect(fieldErrors(second.body)).toContainEqual(expect.objectContaining({ path: 'slug' }))
  })

  it('is not replaced by an update that does not send it', async () => {
    const id = (await createLeaflet('en', 'Kept slug', { slug: 'kept-slug' })).body.doc.id
    const res = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, {
      body: { title: 'A new title' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await storedSlug(id)).toBe('kept-slug')
  })
})

describe('the slug of a published entry', () => {
  it('may change while the entry is a draft', async () => {
    const id = (await createLeaflet('en', 'Draft entry')).body.doc.id
    const res = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, {
      body: { slug: 'draft-renamed' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await storedSlug(id)).toBe('draft-renamed')
  })

  it('is refused a change, naming the field, and stays; unpublishing first allows it', async () => {
    const id = (await createLeaflet('en', 'Published entry', { _status: 'published' })).body.doc.id
    expect(await storedSlug(id)).toBe('published-entry')

    for (const [query, body] of [
      ['', { slug: 'renamed-entry' }],
      ['', { slug: '', title: 'A title that would make another slug' }],
      ['&draft=true', { slug: 'renamed-in-a-draft' }],
    ] as const) {
      const res = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en${query}`, { body, token })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(fieldErrors(res.body)).toContainEqual(
        expect.objectContaining({
          path: 'slug',
          message: expect.stringContaining('unpublish the entry first'),
        }),
      )
      expect(await storedSlug(id)).toBe('published-entry')
    }
    // Other edits of the published entry go through, slug unchanged.
    const edit = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, {
      body: { title: 'Published entry, new title', slug: 'published-entry' },
      token,
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)

    const unpublish = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, {
      body: { _status: 'draft' },
      token,
    })
    expect(unpublish.status, JSON.stringify(unpublish.body)).toBe(200)
    const rename = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, {
      body: { slug: 'renamed-entry' },
      token,
    })
    expect(rename.status, JSON.stringify(rename.body)).toBe(200)
    expect(await storedSlug(id)).toBe('renamed-entry')
  })
})
