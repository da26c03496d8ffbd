import { translationUpdate } from '@jol/scripts/seed/translationUpdate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import {
  createMedia,
  createUser,
  leafletData,
  lexicalParagraph,
  pngFile,
  postData,
  sampleText,
} from '../support/fixtures'

/**
 * A translator assigned only Tajik, probed as an attacker would: every door (single and bulk
 * updates, version restores, globals, media, GraphQL) must keep them to the localized fields of
 * Tajik, saved as drafts an editor then publishes.
 */
let cms: TestCms
let token: string
let editorToken: string
let leafletId: number | string
let postId: number | string
const translator = {
  email: 'tg@jol.test',
  password: 'tajik-only-please',
  role: 'translator' as const,
  translatorLocales: ['tg' as const],
}
const editor = { email: 'editor-tg@jol.test', password: 'editor-password-1', role: 'editor' as const }

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, translator)
  await createUser(cms.payload, editor)
  token = (await cms.rest.login(translator.email, translator.password)).body.token as string
  editorToken = (await cms.rest.login(editor.email, editor.password)).body.token as string
  leafletId = (
    await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('rights', 'en'), _status: 'published' },
    })
  ).id
  postId = (
    await cms.payload.create({
      collection: 'posts',
      data: { ...postData('news', 'en'), _status: 'published' },
    })
  ).id
  await cms.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: { siteName: 'Jol', hotline: { label: 'Hotline', phone: '+7 800 080 1234' }, _status: 'published' },
  })
  await cms.payload.updateGlobal({
    slug: 'press-room',
    locale: 'en',
    data: {
      boilerplate: lexicalParagraph('About us'),
      mediaContacts: [{ name: 'Aigerim', role: 'Press officer', phone: '+7 701 000 0000' }],
      _status: 'published',
    } as never,
  })
})
afterAll(async () => cms?.close())

const publishedLeaflet = () =>
  cms.payload.findByID({ collection: 'leaflets', id: leafletId, locale: 'en', depth: 0 })
const latestLeaflet = () =>
  cms.payload.findByID({
    collection: 'leaflets',
    id: leafletId,
    locale: 'tg',
    depth: 0,
    draft: true,
    fallbackLocale: false,
  })

/** What the admin sends when a translator saves: the whole document, shared fields unchanged. */
async function tajikTranslation() {
  const stored = await latestLeaflet()
  const { slug: _s, audience: _a, topics: _t, printFormat: _p, ...text } = leafletData('rights', 'tg')
  return translationUpdate(stored, { ...stored, ...text, id: undefined })
}

/** Every message of an error answer, the field errors included. */
const messagesOf = (body: {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}) =>
  (body.errors ?? [])
    .flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((field) => field.message)])
    .join('\n')

/** A field's entry in Payload's permissions answer (`true` when every operation is allowed). */
const canUpdate = (entry: true | { update?: true | { permission?: boolean } } | undefined) =>
  entry === true ||
  entry?.update === true ||
  (typeof entry?.update === 'object' && entry.update.permission === true)

describe('shared fields are read-only to a translator', () => {
  it('the admin shows them read-only, the localized ones editable', async () => {
    const res = await cms.rest.request('GET', '/access?locale=tg', { token })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const fields = res.body.collections.leaflets.fields
    expect(canUpdate(fields.slug)).toBe(false)
    expect(canUpdate(fields.audience)).toBe(false)
    expect(canUpdate(fields.contacts.fields.phone)).toBe(false)
    expect(canUpdate(fields.title)).toBe(true)
    expect(canUpdate(fields.contacts.fields.label)).toBe(true)
    expect(canUpdate(res.body.globals['site-settings'].fields.hotline.fields.phone)).toBe(false)
    const asEditor = await cms.rest.request('GET', '/access?locale=tg', { token: editorToken })
    const editorLeaflets = asEditor.body.collections.leaflets
    // Payload collapses a collection whose every field is writable to `fields: true`.
    expect(
      editorLeaflets.fields === true || canUpdate(editorLeaflets.fields.slug),
      JSON.stringify(editorLeaflets).slice(0, 300),
    ).toBe(true)
  })

  it('a full translation, as the admin saves it, is accepted as a Tajik draft', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg&draft=true`, {
      body: { ...(await tajikTranslation()), _status: 'draft' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await latestLeaflet()).title).toBe(`${sampleText.tg} (rights)`)
  })

  it.each([
    ['slug', { slug: 'hijacked' }],
    ['audience', { audience: ['journalists'] }],
    ['printFormat', { printFormat: 'A4' }],
    ['firstPublishedAt', { firstPublishedAt: '2001-01-01T00:00:00.000Z' }],
  ])('refuses a change to %s, naming it', async (field, change) => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg&draft=true`, {
      body: { ...change, _status: 'draft' },
      token,
    })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain(`"${field}" is shared by every language`)
    const latest = await latestLeaflet()
    expect(latest.slug).toBe('rights')
    expect(latest.audience).toEqual(['migrant-families'])
  })

  it("refuses a contact's phone number, and adding or removing rows", async () => {
    const stored = await latestLeaflet()
    const contacts = stored.contacts!.map((row) => ({ ...row, phone: '+1 900 555 0000' }))
    const phone = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg&draft=true`, {
      body: { contacts },
      token,
    })
    expect(phone.status).toBe(400)
    expect(messagesOf(phone.body)).toContain('"contacts.0.phone" is shared by every language')
    const added = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg&draft=true`, {
      body: { contacts: [...stored.contacts!, { label: 'Mine', phone: '+1 900 555 0000' }] },
      token,
    })
    expect(added.status).toBe(400)
    expect(messagesOf(added.body)).toContain('"contacts" is shared by every language')
    expect((await latestLeaflet()).contacts!.map((row) => row.phone)).toEqual(['+7 800 080 1234'])
  })

  it('through GraphQL too', async () => {
    const res = await cms.rest.graphql(
      `mutation { updateLeaflet(id: ${leafletId}, locale: tg, draft: true, data: { slug: "hijacked" }) { id slug } }`,
      { token },
    )
    expect(JSON.stringify(res.body.errors)).toMatch(/slug|not allowed|invalid/i)
    expect((await latestLeaflet()).slug).toBe('rights')
  })
})

describe('a translator cannot change what is live', () => {
  const stillPublished = async () => {
    const doc = await publishedLeaflet()
    expect(doc._status).toBe('published')
    const anonymous = await cms.rest.request('GET', `/leaflets/${leafletId}?locale=en`)
    expect(anonymous.status).toBe(200)
  }

  it('cannot publish', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg`, {
      body: { title: 'Published by me', _status: 'published' },
      token,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/Translators cannot publish/)
  })

  it('cannot unpublish with `_status: draft`', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg`, {
      body: { _status: 'draft' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    await stillPublished()
  })

  it('cannot unpublish in bulk with `where`', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets?where[id][in]=${leafletId}&locale=tg`, {
      body: { _status: 'draft' },
      token,
    })
    expect(res.status).toBeLessThan(500)
    await stillPublished()
  })

  it('cannot unpublish with a plain save once a draft exists', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=tg`, {
      body: { title: 'Another Tajik title' },
      token,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    await stillPublished()
    expect((await publishedLeaflet()).title).toBe(`${sampleText.en} (rights)`)
  })

  it('cannot restore a version (which would unpublish, and overwrite every language)', async () => {
    await cms.payload.update({
      collection: 'posts',
      id: postId,
      locale: 'en',
      draft: true,
      data: { title: 'An editor draft', _status: 'draft' },
    })
    const { docs } = await cms.payload.findVersions({
      collection: 'posts',
      where: { parent: { equals: postId } },
      sort: '-updatedAt',
      limit: 1,
    })
    const res = await cms.rest.request('POST', `/posts/versions/${docs[0]!.id}?locale=tg`, { token })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/Translators cannot restore versions/)
    const post = await cms.payload.findByID({ collection: 'posts', id: postId, locale: 'en' })
    expect(post._status).toBe('published')
    expect(post.title).toBe(`${sampleText.en} (news)`)
  })
})

describe('settings and media have no live edits by translators', () => {
  it('cannot change the hotline number, naming the field', async () => {
    const res = await cms.rest.request('POST', '/globals/site-settings?locale=tg', {
      body: { hotline: { label: 'Тел', phone: '+1 900 555 0000' } },
      token,
    })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain('"hotline.phone" is shared by every language')
    expect((await cms.payload.findGlobal({ slug: 'site-settings', draft: true })).hotline.phone).toBe(
      '+7 800 080 1234',
    )
  })

  it("cannot replace the press room's media contacts", async () => {
    const res = await cms.rest.request('POST', '/globals/press-room?locale=tg', {
      body: { mediaContacts: [{ name: 'Impostor', phone: '+1 900 555 0000' }] },
      token,
    })
    expect(res.status).toBe(400)
    expect(messagesOf(res.body)).toContain('"mediaContacts" is shared by every language')
    expect(
      (await cms.payload.findGlobal({ slug: 'press-room', draft: true })).mediaContacts!.map((c) => c.name),
    ).toEqual(['Aigerim'])
  })

  it('translates settings as a draft: readers keep the published text until an editor publishes', async () => {
    const res = await cms.rest.request('POST', '/globals/site-settings?locale=tg', {
      body: { tagline: 'Тарҷума', _status: 'published' },
      token,
    })
    expect(res.status).toBe(403)
    const draft = await cms.rest.request('POST', '/globals/site-settings?locale=tg', {
      body: { tagline: 'Тарҷума' },
      token,
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    const anonymous = await cms.rest.request('GET', '/globals/site-settings?locale=tg&fallback-locale=none')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.tagline ?? null).toBeNull()
    expect((await cms.rest.request('GET', '/globals/site-settings?locale=tg&draft=true')).status).toBe(403)
    const graphql = await cms.rest.graphql(
      '{ SiteSetting(locale: tg, fallbackLocale: none, draft: true) { tagline } }',
    )
    expect(graphql.body.data?.SiteSetting?.tagline ?? null).toBeNull()
    const staff = await cms.rest.request(
      'GET',
      '/globals/site-settings?locale=tg&fallback-locale=none&draft=true',
      { token: editorToken },
    )
    expect(staff.body.tagline).toBe('Тарҷума')
    const { docs } = await cms.payload.findGlobalVersions({
      slug: 'site-settings',
      sort: '-updatedAt',
      limit: 1,
    })
    const restore = await cms.rest.request(
      'POST',
      `/globals/site-settings/versions/${docs[0]!.id}?locale=tg`,
      { token },
    )
    expect(restore.status).toBe(403)
  })

  it("cannot change a photo's consent, credit or file", async () => {
    const photo = await createMedia(cms.payload, 'people.png')
    await cms.payload.update({ collection: 'media', id: photo.id, data: { showsIdentifiablePeople: true } })
    for (const change of [{ consentRecorded: true }, { credit: 'Someone else' }, { alt: 'Тасвир' }]) {
      const res = await cms.rest.request('PATCH', `/media/${photo.id}?locale=tg`, { body: change, token })
      expect(res.status, JSON.stringify(change)).toBe(403)
    }
    const file = await pngFile('replacement.png')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: 'image/png' }), 'replacement.png')
    form.append('_payload', JSON.stringify({}))
    expect((await cms.rest.request('PATCH', `/media/${photo.id}?locale=tg`, { form, token })).status).toBe(
      403,
    )
    const stored = await cms.payload.findByID({ collection: 'media', id: photo.id })
    expect(stored).toMatchObject({ consentRecorded: false, credit: 'Jol test suite', filename: 'people.png' })
  })
})

describe('editors see what a translator changed before publishing', () => {
  it("lists the translator's draft among the versions, with only Tajik text changed", async () => {
    const res = await cms.rest.request(
      'GET',
      `/leaflets/versions?where[parent][equals]=${leafletId}&sort=-updatedAt&locale=tg&fallback-locale=none`,
      { token: editorToken },
    )
    expect(res.status).toBe(200)
    const latest = res.body.docs[0].version
    expect(latest._status).toBe('draft')
    expect(latest.title).toBe('Another Tajik title')
    expect(latest.slug).toBe('rights')
    const published = res.body.docs.find(
      (doc: { version: { _status: string } }) => doc.version._status === 'published',
    )
    expect(published.version.contacts.map((row: { phone: string }) => row.phone)).toEqual(
      latest.contacts.map((row: { phone: string }) => row.phone),
    )
  })
})

describe('job queues', () => {
  it('only editors and admins may run them', async () => {
    expect([401, 403]).toContain(
      (await cms.rest.request('GET', '/payload-jobs/run?queue=nothing-here', { token })).status,
    )
    expect([401, 403]).toContain(
      (await cms.rest.request('GET', '/payload-jobs/handle-schedules?queue=nothing-here', { token })).status,
    )
    expect([401, 403]).toContain(
      (await cms.rest.request('GET', '/payload-jobs/run?queue=nothing-here')).status,
    )
    expect(
      (await cms.rest.request('GET', '/payload-jobs/run?queue=nothing-here', { token: editorToken })).status,
    ).toBe(200)
  })
})
