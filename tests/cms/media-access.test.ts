import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import {
  adminCredentials,
  createMedia,
  createUser,
  leafletData,
  lexicalParagraph,
  pdfFile,
  postData,
  pressReleaseData,
} from '../support/fixtures'

/**
 * Anonymous readers of the CMS (REST, GraphQL, the file route) get a media document or file only
 * while content they may read shows it, and never a photo of identifiable people without recorded
 * consent. Probed from outside, the way anyone on the internet could.
 */
let cms: TestCms
let token: string
const media: Record<
  'cover' | 'draftCover' | 'embargoed' | 'noConsent' | 'consent' | 'inText' | 'unused',
  { id: number; filename: string }
> = {} as never
let releaseId: number
let leafletId: number

const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString()

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, { ...adminCredentials, role: 'admin' })
  token = (await cms.rest.login(adminCredentials.email, adminCredentials.password)).body.token as string
  for (const key of Object.keys({
    cover: 0,
    draftCover: 0,
    embargoed: 0,
    noConsent: 0,
    consent: 0,
    inText: 0,
    unused: 0,
  }) as (keyof typeof media)[]) {
    const doc = await createMedia(cms.payload, `${key}.png`)
    media[key] = { id: doc.id, filename: doc.filename! }
  }
  await cms.payload.update({
    collection: 'media',
    id: media.noConsent.id,
    data: { showsIdentifiablePeople: true, consentRecorded: false },
  })
  await cms.payload.update({
    collection: 'media',
    id: media.consent.id,
    data: { showsIdentifiablePeople: true, consentRecorded: true },
  })
  await cms.payload.update({
    collection: 'media',
    id: media.embargoed.id,
    locale: 'en',
    data: { alt: 'Secret launch', caption: 'Minister at the secret launch' },
  })
  leafletId = (
    await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('shown', 'en'), cover: media.cover.id, _status: 'published' },
    })
  ).id as number
  await cms.payload.create({
    collection: 'leaflets',
    data: { ...leafletData('drafted', 'en'), cover: media.draftCover.id, _status: 'draft' },
  })
  const body = lexicalParagraph('A picture in the text.')
  body.root.children.push({
    type: 'upload',
    relationTo: 'media',
    value: media.inText.id,
    fields: {},
    version: 3,
  } as never)
  await cms.payload.create({
    collection: 'posts',
    data: { ...postData('pictured', 'en'), body, _status: 'published' },
  })
  await cms.payload.create({
    collection: 'press-releases',
    data: {
      ...pressReleaseData('out', 'en'),
      photos: [media.noConsent.id, media.consent.id],
      _status: 'published',
    },
  })
  releaseId = (
    await cms.payload.create({
      collection: 'press-releases',
      data: {
        ...pressReleaseData('under-embargo', 'en', { embargoUntil: tomorrow() }),
        photos: [media.embargoed.id],
        _status: 'published',
      },
    })
  ).id as number
})
afterAll(async () => cms?.close())

const readable = (...keys: (keyof typeof media)[]) => keys.map((key) => media[key].id).sort()

async function anonymousIds(query = ''): Promise<number[]> {
  const res = await cms.rest.request('GET', `/media?limit=100&depth=0${query}`)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.docs.map((doc: { id: number }) => doc.id).sort()
}

describe('anonymous readers of the CMS', () => {
  it('list only media that published content shows, without the unconsented photo', async () => {
    expect(await anonymousIds()).toEqual(readable('cover', 'consent', 'inText'))
  })

  it('cannot find the unconsented photos with a `where`', async () => {
    expect(await anonymousIds('&where[showsIdentifiablePeople][equals]=true')).toEqual(readable('consent'))
    expect(await anonymousIds('&where[consentRecorded][equals]=false')).toEqual(readable('cover', 'inText'))
  })

  it('cannot read the alt text or caption of a photo used only by an embargoed release', async () => {
    const res = await cms.rest.request('GET', `/media/${media.embargoed.id}?locale=en`)
    expect(res.status).not.toBe(200)
    expect(JSON.stringify(res.body)).not.toContain('secret launch')
    for (const key of ['noConsent', 'draftCover', 'unused'] as const) {
      expect((await cms.rest.request('GET', `/media/${media[key].id}`)).status, key).not.toBe(200)
    }
  })

  it('nor through GraphQL', async () => {
    const res = await cms.rest.graphql(
      '{ allMedia(limit: 100) { docs { id alt caption showsIdentifiablePeople } } }',
      { locale: 'en' },
    )
    const docs = res.body.data?.allMedia?.docs ?? []
    expect(JSON.stringify(res.body.errors ?? null)).toBe('null')
    expect(docs.map((doc: { id: number }) => doc.id).sort()).toEqual(readable('cover', 'consent', 'inText'))
    expect(JSON.stringify(res.body)).not.toContain('secret launch')
  })

  it('get no file for them either, and files come with nosniff', async () => {
    for (const key of ['embargoed', 'noConsent', 'draftCover', 'unused'] as const) {
      expect((await cms.rest.request('GET', `/media/file/${media[key].filename}`)).status, key).not.toBe(200)
    }
    const shown = await cms.rest.request('GET', `/media/file/${media.cover.filename}`)
    expect(shown.status).toBe(200)
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('see a photo once its embargo ends, and lose a cover once its page is unpublished', async () => {
    await cms.payload.update({
      collection: 'press-releases',
      id: releaseId,
      data: { embargoUntil: new Date(Date.now() - 1000).toISOString() },
    })
    await cms.payload.update({ collection: 'leaflets', id: leafletId, data: { _status: 'draft' } })
    expect(await anonymousIds()).toEqual(readable('embargoed', 'consent', 'inText'))
  })
})

describe('staff', () => {
  it('read every media document', async () => {
    const res = await cms.rest.request('GET', '/media?limit=100&depth=0', { token })
    expect(res.body.totalDocs).toBe(7)
  })
})

function upload(name: string, type: string, data: Buffer | string) {
  const form = new FormData()
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: name, credit: 'Jol', licence: 'CC0 1.0' }))
  return cms.rest.request('POST', '/media?locale=en', { form, token })
}

describe('uploaded documents', () => {
  const xhtmlSvg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">',
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&nbsp;&copy;</text></svg>',
  ].join('\n')

  it('an SVG with an XHTML doctype and an entity is refused, naming the file and why', async () => {
    const res = await upload('poster.svg', 'image/svg+xml', xhtmlSvg)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/poster\.svg.*refused/)
  })

  it.each([
    ['script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    [
      'event handler',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
    ],
    [
      'entity declaration',
      '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
    ],
  ])('an SVG with %s is refused', async (_what, svg) => {
    expect((await upload('drawing.svg', 'image/svg+xml', svg)).status).toBe(400)
  })

  it('a plain SVG and a PDF are stored and served as downloads with nosniff', async () => {
    const svg = await upload(
      'logo.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#064"/></svg>',
    )
    expect(svg.status, JSON.stringify(svg.body)).toBe(201)
    const pdf = await upload('report.pdf', 'application/pdf', pdfFile().data)
    expect(pdf.status, JSON.stringify(pdf.body)).toBe(201)
    for (const doc of [svg.body.doc, pdf.body.doc]) {
      const file = await cms.rest.request('GET', `/media/file/${doc.filename}`, { token })
      expect(file.status).toBe(200)
      expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })
})
