import { translationUpdate } from '@jol/scripts/seed/translationUpdate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { createUser, leafletData, sampleText } from '../support/fixtures'

let cms: TestCms
let translatorToken: string
let leafletId: number | string
const translator = {
  email: 'translator@jol.test',
  password: 'kyrgyz-only-please',
  role: 'translator' as const,
  translatorLocales: ['ky' as const],
}

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, translator)
  translatorToken = (await cms.rest.login(translator.email, translator.password)).body.token as string
  leafletId = (
    await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('translated', 'en'), _status: 'published' },
    })
  ).id
})
afterAll(async () => cms?.close())

async function kyrgyzTranslation() {
  const stored = await cms.payload.findByID({ collection: 'leaflets', id: leafletId, locale: 'ky', depth: 0 })
  const { slug, audience, topics, printFormat, ...text } = leafletData('translated', 'ky')
  return translationUpdate(stored, text)
}

describe('a translator assigned to Kyrgyz', () => {
  it('saves a Kyrgyz draft', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=ky&draft=true`, {
      body: { ...(await kyrgyzTranslation()), _status: 'draft' },
      token: translatorToken,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const draft = await cms.payload.findByID({
      collection: 'leaflets',
      id: leafletId,
      locale: 'ky',
      draft: true,
      fallbackLocale: false,
    })
    expect(draft.title).toBe(`${sampleText.ky} (translated)`)
  })

  it('cannot write another locale', async () => {
    for (const locale of ['kk', 'en', 'all']) {
      const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=${locale}&draft=true`, {
        body: { title: 'Not my language', _status: 'draft' },
        token: translatorToken,
      })
      expect(res.status, locale).toBe(403)
    }
    const en = await cms.payload.findByID({
      collection: 'leaflets',
      id: leafletId,
      locale: 'en',
      draft: true,
    })
    expect(en.title).toBe(`${sampleText.en} (translated)`)
  })

  it('cannot publish, and the published version stays as it was', async () => {
    const res = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=ky`, {
      body: { ...(await kyrgyzTranslation()), _status: 'published' },
      token: translatorToken,
    })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/Translators cannot publish/)
    const published = await cms.payload.findByID({
      collection: 'leaflets',
      id: leafletId,
      locale: 'ky',
      fallbackLocale: false,
    })
    expect(published.title ?? null).toBeNull()
  })

  it('cannot create or delete entries, nor give themselves another role or locale', async () => {
    const created = await cms.rest.request('POST', '/leaflets?locale=ky', {
      body: { ...leafletData('mine', 'ky'), _status: 'draft' },
      token: translatorToken,
    })
    expect(created.status).toBe(403)
    expect(
      (await cms.rest.request('DELETE', `/leaflets/${leafletId}`, { token: translatorToken })).status,
    ).toBe(403)
    const me = (await cms.rest.request('GET', '/users/me', { token: translatorToken })).body.user
    await cms.rest.request('PATCH', `/users/${me.id}`, {
      body: { role: 'admin', translatorLocales: ['ky', 'kk', 'en'] },
      token: translatorToken,
    })
    const stored = await cms.payload.findByID({ collection: 'users', id: me.id })
    expect(stored.role).toBe('translator')
    expect(stored.translatorLocales).toEqual(['ky'])
  })

  it('is held to the same rules through the Local API', async () => {
    const user = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: translator.email } },
    })
    await expect(
      cms.payload.update({
        collection: 'leaflets',
        id: leafletId,
        locale: 'kk',
        overrideAccess: false,
        user: user.docs[0],
        data: { title: 'Қате тіл' },
      }),
    ).rejects.toThrow(/not allowed/i)
  })
})
