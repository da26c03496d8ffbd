import fs from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'

import { startTestCms, type TestCms } from '../support/cms'
import { adminCredentials, createUser, leafletData, pngFile, sampleText } from '../support/fixtures'

/** Each bad input is refused with a message naming the field (and locale); nothing stored changes. */

const uploadLimit = 100_000
let cms: TestCms
let token: string
let existingId: number | string

beforeAll(async () => {
  cms = await startTestCms({ JOL_MAX_UPLOAD_BYTES: String(uploadLimit) })
  await createUser(cms.payload, { ...adminCredentials, role: 'admin' })
  token = (await cms.rest.login(adminCredentials.email, adminCredentials.password)).body.token as string
  existingId = (
    await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('existing', 'en'), _status: 'published' },
    })
  ).id
})
afterAll(async () => cms?.close())

const leafletCount = async () => (await cms.payload.count({ collection: 'leaflets' })).totalDocs
const mediaFiles = async () => (await fs.readdir(cms.mediaDir).catch(() => [] as string[])).sort()
const fieldErrors = (body: any): { path: string; message: string }[] => body.errors?.[0]?.data?.errors ?? []

async function expectExistingUntouched() {
  const doc = await cms.payload.findByID({ collection: 'leaflets', id: existingId, locale: 'en' })
  expect(doc.slug).toBe('existing')
  expect(doc.title).toBe(`${sampleText.en} (existing)`)
}

describe('content fields', () => {
  it('a missing required field names the field and the locale', async () => {
    const before = await leafletCount()
    const { summary, ...withoutSummary } = leafletData('no-summary', 'kk')
    const res = await cms.rest.request('POST', '/leaflets?locale=kk', { body: withoutSummary, token })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(
      expect.objectContaining({ path: 'summary', message: expect.stringMatching(/required/i) }),
    )
    expect(res.body.errors[0].message).toMatch(/Summary.*Kazakh \(kk\)/)
    expect(await leafletCount()).toBe(before)
  })

  it('an invalid slug is refused with the rule it broke', async () => {
    for (const slug of ['Know Your Rights', 'права-детей', 'double--hyphen', '-edge']) {
      const res = await cms.rest.request('POST', '/leaflets?locale=en', {
        body: { ...leafletData('x', 'en'), slug },
        token,
      })
      expect(res.status, slug).toBe(400)
      expect(fieldErrors(res.body)).toContainEqual(
        expect.objectContaining({ path: 'slug', message: expect.stringContaining('lowercase ASCII') }),
      )
    }
  })

  it('a duplicate slug is refused and the first entry is kept', async () => {
    const before = await leafletCount()
    const res = await cms.rest.request('POST', '/leaflets?locale=en', {
      body: { ...leafletData('existing', 'en'), title: 'Impostor' },
      token,
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toContainEqual(expect.objectContaining({ path: 'slug' }))
    expect(await leafletCount()).toBe(before)
    await expectExistingUntouched()
  })

  it('a failed update changes nothing, not even the valid fields sent with it', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${existingId}?locale=en`, {
      body: { title: 'Half-written title', slug: 'Not A Slug' },
      token,
    })
    expect(res.status).toBe(400)
    await expectExistingUntouched()
  })

  it('a rich-text link to javascript: is refused', async () => {
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'link',
                version: 3,
                format: '',
                indent: 0,
                direction: 'ltr',
                fields: { url: 'javascript:alert(1)', newTab: false, linkType: 'custom' },
                children: [
                  {
                    type: 'text',
                    text: 'click',
                    format: 0,
                    style: '',
                    mode: 'normal',
                    detail: 0,
                    version: 1,
                  },
                ],
              },
            ],
          },
        ],
      },
    }
    const res = await cms.rest.request('POST', '/leaflets?locale=en', {
      body: { ...leafletData('hostile-link', 'en'), body },
      token,
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).map((e) => e.path)).toContain('body')
  })
})

describe('unknown locale', () => {
  it('is refused on read and write, and English is not overwritten', async () => {
    const read = await cms.rest.request('GET', '/leaflets?locale=xx')
    expect(read.status).toBe(400)
    expect(read.body.errors[0].message).toMatch(/Unknown locale "xx".*en, ru, kk, ky, tg, uz/)
    const write = await cms.rest.request('PATCH', `/leaflets/${existingId}?locale=fr`, {
      body: { title: 'Titre' },
      token,
    })
    expect(write.status).toBe(400)
    expect(write.body.errors[0].message).toMatch(/Unknown locale "fr"/)
    await expectExistingUntouched()
    await expect(
      cms.payload.create({
        collection: 'leaflets',
        locale: 'de' as never,
        data: leafletData('german', 'en') as never,
      }),
    ).rejects.toThrow(/Unknown locale "de"/)
    const globalRead = await cms.rest.request('GET', '/globals/site-settings?locale=zz')
    expect(globalRead.status).toBe(400)
  })
})

describe('uploads', () => {
  it('a file of the wrong type is refused and nothing is stored', async () => {
    const before = await mediaFiles()
    for (const [name, type, content] of [
      ['notes.txt', 'text/plain', 'just some text'],
      ['disguised.png', 'image/png', '<html><script>alert(1)</script></html>'],
    ] as const) {
      const form = new FormData()
      form.append('file', new Blob([content], { type }), name)
      form.append('_payload', JSON.stringify({ alt: 'x', credit: 'x', licence: 'CC0 1.0' }))
      const res = await cms.rest.request('POST', '/media?locale=en', { form, token })
      expect(res.status, name).toBe(400)
      expect(JSON.stringify(res.body), name).toMatch(/file|type/i)
    }
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(0)
    expect(await mediaFiles()).toEqual(before)
  })

  it('an oversized file is refused whole (never truncated), through the Local API and REST', async () => {
    // Random pixels do not compress, so the PNG is well over the limit.
    const noise = Buffer.from(Array.from({ length: 300 * 300 * 3 }, () => Math.floor(Math.random() * 256)))
    const big = await sharp(noise, { raw: { width: 300, height: 300, channels: 3 } })
      .png()
      .toBuffer()
    expect(big.length).toBeGreaterThan(uploadLimit)

    await expect(
      cms.payload.create({
        collection: 'media',
        data: { alt: 'big', credit: 'x' } as never,
        file: { data: big, mimetype: 'image/png', name: 'big.png', size: big.length },
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({ path: 'file', message: expect.stringMatching(/limit is 0\.1 MB/) }),
        ],
      },
    })

    const form = new FormData()
    form.append('file', new Blob([big], { type: 'image/png' }), 'big.png')
    form.append('_payload', JSON.stringify({ alt: 'big', credit: 'x', licence: 'CC0 1.0' }))
    const res = await cms.rest.request('POST', '/media?locale=en', { form, token })
    expect(res.status).toBe(413)
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(0)
    expect(await mediaFiles()).toEqual([])

    const small = await pngFile('small.png', 100, 100)
    const ok = await cms.payload.create({
      collection: 'media',
      data: { alt: 'small', credit: 'x' } as never,
      file: small,
    })
    expect(ok.filesize).toBe(small.size)
  })

  it('an image without alt text is refused, naming the field', async () => {
    await expect(
      cms.payload.create({
        collection: 'media',
        locale: 'ru',
        data: { credit: 'x' } as never,
        file: await pngFile('no-alt.png'),
      }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'alt' })] },
    })
  })
})
