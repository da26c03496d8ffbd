import { translationStatuses } from '@jol/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { createUser, leafletData, lexicalParagraph, postData, sampleText } from '../support/fixtures'

/**
 * Translations that keep up, through Payload's local API and REST: each save records what the
 * translation was made from; a source change outdates it unless marked minor.
 */
let cms: TestCms
const translator = {
  email: 'kk-tracker@jol.test',
  password: 'kazakh-only-please',
  role: 'translator' as const,
  translatorLocales: ['kk' as const],
}

beforeAll(async () => {
  cms = await startTestCms()
  await createUser(cms.payload, translator)
})
afterAll(async () => cms?.close())

const statusOf = async (collection: 'leaflets' | 'posts', id: number | string) => {
  const doc = await cms.payload.findByID({ collection, id, draft: true, depth: 0, locale: 'en' })
  return translationStatuses(doc.translationState as never)
}

describe('translation status per locale', () => {
  it('is missing, then up to date once saved, then outdated when the source changes', async () => {
    const { id } = await cms.payload.create({ collection: 'leaflets', data: leafletData('status', 'en') })
    expect(await statusOf('leaflets', id)).toMatchObject({
      en: 'source',
      ru: 'missing',
      kk: 'missing',
      uz: 'missing',
    })

    const ru = leafletData('status', 'ru')
    await cms.payload.update({
      collection: 'leaflets',
      id,
      draft: true,
      locale: 'ru',
      data: { title: ru.title, summary: ru.summary, body: ru.body },
    })
    expect((await statusOf('leaflets', id)).ru).toBe('up-to-date')

    await cms.payload.update({
      collection: 'leaflets',
      id,
      draft: true,
      locale: 'en',
      data: { summary: 'Your child may go to school without a residence permit' },
    })
    const after = await statusOf('leaflets', id)
    expect(after.ru).toBe('outdated')
    expect(after.kk).toBe('missing')

    // Saving the translation again brings it up to date with the current source.
    await cms.payload.update({
      collection: 'leaflets',
      id,
      draft: true,
      locale: 'ru',
      data: { summary: ru.summary },
    })
    expect((await statusOf('leaflets', id)).ru).toBe('up-to-date')
  })

  it('a minor change keeps up-to-date translations up to date, and leaves outdated ones outdated', async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('minor', 'en') })
    const ru = postData('minor', 'ru')
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'ru',
      data: { title: ru.title },
    })
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'en',
      data: { title: 'A new title' },
    })
    const uz = postData('minor', 'uz')
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'uz',
      data: { title: uz.title },
    })
    expect(await statusOf('posts', id)).toMatchObject({ ru: 'outdated', uz: 'up-to-date' })

    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'en',
      data: { title: 'A new titel', minorChange: true } as never,
    })
    expect(await statusOf('posts', id)).toMatchObject({ ru: 'outdated', uz: 'up-to-date' })

    // Without the mark, the same kind of change outdates the translation.
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'en',
      data: { title: 'A newer title' },
    })
    expect(await statusOf('posts', id)).toMatchObject({ ru: 'outdated', uz: 'outdated' })
  })

  it('keeps the source a translation was made from, to show what changed since', async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('diff', 'en') })
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'ky',
      data: { title: sampleText.ky },
    })
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'en',
      data: { body: lexicalParagraph('Every child has the right to go to school') },
    })
    const doc = await cms.payload.findByID({ collection: 'posts', id, draft: true, depth: 0 })
    const state = doc.translationState as {
      source: { hash: string; units: Record<string, string> }
      previous: Record<string, Record<string, string>>
      locales: Record<string, { madeFrom: string }>
    }
    const madeFrom = state.previous[state.locales.ky!.madeFrom]!
    expect(madeFrom['body.0']).toBe(sampleText.en)
    expect(state.source.units['body.0']).toBe('Every child has the right to go to school')
    // The text fields are units too, by field path; the shared author is not.
    expect(Object.keys(state.source.units)).toEqual(expect.arrayContaining(['title', 'excerpt', 'body.0']))
    expect(Object.keys(state.source.units)).not.toContain('author')
  })

  it("a translator's save (REST, as a draft) records their locale; submitted state is ignored", async () => {
    const { id } = await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('by-translator', 'en'), _status: 'published' },
    })
    const token = (await cms.rest.login(translator.email, translator.password)).body.token as string
    const kk = leafletData('by-translator', 'kk')
    const forged = { locales: { ru: { madeFrom: 'forged', savedAt: '2026-01-01T00:00:00.000Z' } } }
    const response = await cms.rest.request('PATCH', `/leaflets/${id}?locale=kk&draft=true`, {
      token,
      body: { title: kk.title, summary: kk.summary, translationState: forged },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await statusOf('leaflets', id)).toMatchObject({ kk: 'up-to-date', ru: 'missing' })
  })

  it('emptying a translation makes it missing again', async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('emptied', 'en') })
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'tg',
      data: { title: sampleText.tg },
    })
    expect((await statusOf('posts', id)).tg).toBe('up-to-date')
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'tg',
      data: { title: null } as never,
    })
    expect((await statusOf('posts', id)).tg).toBe('missing')
  })
})

describe('translation state doors', () => {
  it('ignores forged state and refuses strangers, other locales and a translator\'s "minor" source edit', async () => {
    const { id } = await cms.payload.create({ collection: 'posts', data: postData('doors', 'en') })
    await cms.payload.update({
      collection: 'posts',
      id,
      draft: true,
      locale: 'kk',
      data: { title: sampleText.kk },
    })
    const before = await statusOf('posts', id)
    expect(before).toMatchObject({ kk: 'up-to-date', ru: 'missing' })
    const token = (await cms.rest.login(translator.email, translator.password)).body.token as string
    const forged = { locales: { ru: { madeFrom: 'forged', savedAt: '2026-01-01T00:00:00.000Z' } } }

    const anonymous = await cms.rest.request('PATCH', `/posts/${id}?locale=kk&draft=true`, {
      body: { title: 'x', translationState: forged },
    })
    expect(anonymous.status).toBe(403)
    const otherLocale = await cms.rest.request('PATCH', `/posts/${id}?locale=ru&draft=true`, {
      token,
      body: { title: sampleText.ru },
    })
    expect(otherLocale.status).toBe(403)
    const minorSource = await cms.rest.request('PATCH', `/posts/${id}?locale=en&draft=true`, {
      token,
      body: { title: 'Changed by a translator', minorChange: true },
    })
    expect(minorSource.status).toBe(403)
    // Bulk: the same forged state through a where query is dropped too.
    const bulk = await cms.rest.request('PATCH', `/posts?where[id][equals]=${id}&locale=kk&draft=true`, {
      token,
      body: { title: sampleText.kk, translationState: forged },
    })
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200)
    expect(bulk.body.docs).toHaveLength(1)
    expect(await statusOf('posts', id)).toEqual(before)
    const stored = await cms.payload.findByID({ collection: 'posts', id, draft: true, depth: 0 })
    expect(JSON.stringify(stored.translationState)).not.toContain('forged')
  })
})

describe('translation state to the public', () => {
  it('never shows an anonymous reader the state (it keeps earlier source texts), nor draft text', async () => {
    const { id } = await cms.payload.create({
      collection: 'posts',
      data: { ...postData('public-state', 'en'), _status: 'published' } as never,
    })
    await cms.payload.update({
      collection: 'posts',
      id,
      locale: 'en',
      draft: true,
      data: { title: 'Unpublished draft headline' },
    })
    const anonymous = await cms.rest.request('GET', `/posts/${id}?locale=en`)
    expect(anonymous.status).toBe(200)
    expect(JSON.stringify(anonymous.body)).not.toContain('Unpublished draft headline')
    expect(anonymous.body.translationState).toBeUndefined()
  })
})

describe('in the admin', () => {
  it('every content list has a translations column, and translated text fields show the source beside', () => {
    for (const slug of ['leaflets', 'press-releases', 'newsletters', 'posts', 'campaigns'] as const) {
      const collection = cms.config.collections.find((c) => c.slug === slug)!
      expect(collection.admin.defaultColumns, slug).toContain('translations')
      const panel = collection.fields.find((f) => 'name' in f && f.name === 'translations')
      expect(JSON.stringify(panel), slug).toContain('TranslationStatusCell')
      expect(JSON.stringify(panel), slug).toContain('TranslationPanel')
      const localizedText = collection.fields.find(
        (f) => (f.type === 'text' || f.type === 'textarea') && f.localized,
      )
      expect(
        JSON.stringify(
          (localizedText?.admin?.components as { afterInput?: unknown } | undefined)?.afterInput,
        ),
        slug,
      ).toContain('SourceBeside')
    }
  })
})
