import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readBuildStatus } from '@jol/cms/publishing/buildStatus'

import { startTestCms, type TestCms } from '../support/cms'
import {
  adminCredentials,
  createMedia,
  createUser,
  leafletData,
  lexicalParagraph,
  newsletterData,
  pdfFile,
  postData,
} from '../support/fixtures'

/**
 * The CMS refuses at save time what the site could not publish, naming the field, and a change to
 * the settings every page shows rebuilds the site like any published change.
 */
let cms: TestCms
let token: string
let pdfId: number
let pictureId: number

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, { ...adminCredentials, role: 'editor' })
  token = (await cms.rest.login(adminCredentials.email, adminCredentials.password)).body.token as string
  pdfId = (
    await cms.payload.create({
      collection: 'media',
      data: { alt: 'A report', credit: 'Jol', licence: 'CC0 1.0' },
      file: pdfFile('report.pdf'),
    })
  ).id as number
  pictureId = (await createMedia(cms.payload, 'family.png')).id as number
})
afterAll(async () => cms?.close())

const fieldErrors = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])

function bodyWith(mediaId: number) {
  const body = lexicalParagraph('A text with a picture.')
  body.root.children.push({
    type: 'upload',
    relationTo: 'media',
    value: mediaId,
    fields: {},
    version: 3,
  } as never)
  return body
}

describe('pictures', () => {
  it('a PDF placed in a text is refused, naming the field and the file', async () => {
    const res = await cms.rest.request('POST', '/posts?locale=en', {
      token,
      body: { ...postData('with-pdf', 'en'), body: bodyWith(pdfId), _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual([
      expect.objectContaining({
        path: 'body',
        message: expect.stringMatching(/"report\.pdf" is application\/pdf, not a picture/),
      }),
    ])
    expect(
      (await cms.payload.find({ collection: 'posts', where: { slug: { equals: 'with-pdf' } } })).totalDocs,
    ).toBe(0)
  })

  it('even in a draft, and as a cover', async () => {
    const draft = await cms.rest.request('POST', '/leaflets?locale=en&draft=true', {
      token,
      body: { ...leafletData('pdf-cover', 'en'), cover: pdfId, _status: 'draft' },
    })
    expect(draft.status).toBe(400)
    expect(fieldErrors(draft.body).map((error) => error.path)).toEqual(['cover'])
  })

  it('a picture is accepted', async () => {
    const res = await cms.rest.request('POST', '/posts?locale=en', {
      token,
      body: {
        ...postData('with-picture', 'en'),
        body: bodyWith(pictureId),
        cover: pictureId,
        _status: 'published',
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
  })
})

describe('newsletter stories', () => {
  it('cannot be published while a story points at a post that is not published, naming the story', async () => {
    const draftPost = await cms.payload.create({
      collection: 'posts',
      data: { ...postData('unfinished', 'en'), _status: 'draft' },
    })
    const data = { ...newsletterData('issue-1', 'en', 1, { relationTo: 'posts', value: draftPost.id }) }
    const published = await cms.rest.request('POST', '/newsletters?locale=en', {
      token,
      body: { ...data, _status: 'published' },
    })
    expect(published.status).toBe(400)
    expect(fieldErrors(published.body)).toEqual([
      expect.objectContaining({
        path: 'sections.0.target',
        message: expect.stringMatching(/posts #\d+, which is not published/),
      }),
    ])

    // While it is a draft the story may wait for its post.
    const draft = await cms.rest.request('POST', '/newsletters?locale=en&draft=true', {
      token,
      body: { ...data, _status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    await cms.payload.update({ collection: 'posts', id: draftPost.id, data: { _status: 'published' } })
    const now = await cms.rest.request('PATCH', `/newsletters/${draft.body.doc.id}?locale=en`, {
      token,
      body: { _status: 'published' },
    })
    expect(now.status, JSON.stringify(now.body)).toBe(200)
  })
})

describe('settings', () => {
  const pending = async () => (await readBuildStatus(cms.payload)).pendingTriggers

  it('a saved change to the site settings or the press room asks for a rebuild', async () => {
    const before = (await pending()).length
    const settings = await cms.rest.request('POST', '/globals/site-settings?locale=en', {
      token,
      body: {
        siteName: 'Jol',
        hotline: { label: 'Hotline', phone: '+7 800 080 9999' },
        _status: 'published',
      },
    })
    expect(settings.status, JSON.stringify(settings.body)).toBe(200)
    const room = await cms.rest.request('POST', '/globals/press-room?locale=en', {
      token,
      body: { boilerplate: lexicalParagraph('About us'), _status: 'published' },
    })
    expect(room.status, JSON.stringify(room.body)).toBe(200)
    const triggers = (await pending()).slice(before)
    expect(triggers).toEqual([
      expect.objectContaining({ source: 'settings', global: 'site-settings', locale: 'en' }),
      expect.objectContaining({ source: 'settings', global: 'press-room', locale: 'en' }),
    ])
  })

  it('a draft of the settings does not', async () => {
    const before = (await pending()).length
    const draft = await cms.rest.request('POST', '/globals/site-settings?locale=en&draft=true', {
      token,
      body: { tagline: 'Not yet', _status: 'draft' },
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    expect(await pending()).toHaveLength(before)
  })

  it('a PDF in the press room boilerplate is refused', async () => {
    const res = await cms.rest.request('POST', '/globals/press-room?locale=en', {
      token,
      body: { boilerplate: bodyWith(pdfId), _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body).map((error) => error.path)).toEqual(['boilerplate'])
  })
})
