import fs from 'node:fs/promises'

import { collectSnapshot } from '@jol/scripts/export/buildSnapshot'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { openRestReader } from '@jol/scripts/export/restReader'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  contactRetentionDays,
  firstDayKept,
  forgetContactsTaskSlug,
  forgetExpiredContacts,
} from '../../cms/src/collections/Questions/contactRetention'
import { readResponseMap, responseMapOf } from '../../cms/src/collections/Questions/responseMap'
import { inProcessFetch } from '../export/inProcessFetch'
import { startTestCms, type TestCms } from '../support/cms'
import { createUser } from '../support/fixtures'

import { publicFormPoster } from './publicForms'

/**
 * "Ask a question": the endpoint as a browser posts the plain HTML form (what is stored, what is
 * not, the consent rule, every refusal), who may read what, the contact's deletion after the
 * retention period, and the export, which carries published FAQ entries and nothing else.
 */

const site = 'http://localhost:4321'
let cms: TestCms
let post: (fields: Record<string, string>, address?: string) => Promise<Response>
const good = {
  question: 'Можно ли работать без патента?',
  locale: 'ru',
  topic: 'employment',
  country: 'Россия',
  city: 'Казань',
  return: `${site}/ru/ask/thanks/`,
  website: '',
}
const today = () => new Date().toISOString().slice(0, 10)
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)
const password = 'correct-horse-battery-staple'

beforeAll(async () => {
  cms = await startTestCms({ JOL_SITE_URL: site })
  await createUser(cms.payload, { email: 'editor@jol.test', password, role: 'editor' })
  await createUser(cms.payload, {
    email: 'translator@jol.test',
    password,
    role: 'translator',
    translatorLocales: ['tg'],
  })
  const send = publicFormPoster(cms.config, 'questions/ask')
  post = (fields, address) => send(fields, { address })
})
afterAll(async () => cms?.close())

const stored = async () =>
  (await cms.payload.find({ collection: 'questions', pagination: false, overrideAccess: true, sort: 'id' }))
    .docs

describe('asking a question', () => {
  it('stores question, locale, topic, country, city, day and status, nothing else, and thanks the reader in their language', async () => {
    const res = await post(good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${site}/ru/ask/thanks/`)
    const docs = await stored()
    expect(docs).toHaveLength(1)
    const { id: _id, slug, ...doc } = docs[0]! as unknown as Record<string, unknown>
    expect(slug).toMatch(/^question-[0-9a-f]{8}$/)
    expect(Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== null && v !== undefined))).toEqual({
      question: good.question,
      locale: 'ru',
      topic: 'employment',
      country: 'Россия',
      city: 'Казань',
      day: today(),
      status: 'new',
    })
  })

  it('keeps a way to answer only with the consent box ticked, and refuses a contact without it', async () => {
    const withoutConsent = await post({ ...good, contact: '+7 900 000 00 01' }, '198.51.100.30')
    expect(withoutConsent.status).toBe(400)
    expect(await withoutConsent.text()).toContain('consent')
    expect(await stored()).toHaveLength(1)

    const withConsent = await post(
      { ...good, question: 'Куда обратиться?', contact: '@reader_tg', consent: 'yes' },
      '198.51.100.30',
    )
    expect(withConsent.status).toBe(303)
    const last = (await stored()).at(-1)!
    expect(last).toMatchObject({ contact: '@reader_tg', contactConsent: true, contactGivenOn: today() })
  })

  it('refuses a return address outside the site, an empty or long question, an unknown topic and long places, storing nothing', async () => {
    const before = (await stored()).length
    const cases: Record<string, string>[] = [
      { ...good, return: 'https://evil.example/ru/' },
      { ...good, question: '   ' },
      { ...good, question: 'x'.repeat(1001) },
      { ...good, topic: 'politics' },
      { ...good, city: 'x'.repeat(81) },
      { ...good, contact: 'x'.repeat(121), consent: 'yes' },
    ]
    for (const fields of cases) {
      const res = await post(fields, '198.51.100.50')
      expect(res.status, JSON.stringify(fields).slice(0, 120)).toBe(400)
      expect(res.headers.get('location')).toBeNull()
    }
    expect(await stored()).toHaveLength(before)
  })

  it('sends a robot that fills the honeypot on its way, storing nothing', async () => {
    const before = (await stored()).length
    const res = await post({ ...good, website: 'http://spam.example' }, '198.51.100.60')
    expect(res.status).toBe(303)
    expect(await stored()).toHaveLength(before)
  })

  it('answers 429 with a readable page once an address has asked too many; others go on', async () => {
    let last: Response | undefined
    for (let i = 0; i < 11; i++)
      last = await post({ ...good, locale: 'tg', return: `${site}/tg/ask/thanks/` }, '203.0.113.77')
    expect(last!.status).toBe(429)
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await last!.text()).toContain('Аз пайвасти шумо паёмҳо хеле зиёданд')
    expect((await post(good, '203.0.113.78')).status).toBe(303)
  })
})

describe('who reads what', () => {
  it('shows the public only published FAQ entries, without the reader’s words, place or contact', async () => {
    const [first] = await stored()
    const editor = (await cms.rest.login('editor@jol.test', password)).body.token!
    const published = await cms.rest.request('PATCH', `/questions/${first!.id}?locale=ru`, {
      token: editor,
      body: { status: 'faq', publicQuestion: 'Можно ли работать без патента?', answer: 'Нет.' },
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    const anonymous = await cms.rest.request('GET', '/questions?locale=ru&limit=100')
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.docs).toHaveLength(1)
    const doc = anonymous.body.docs[0] as Record<string, unknown>
    expect(doc.status).toBe('faq')
    for (const field of [
      'question',
      'country',
      'city',
      'day',
      'locale',
      'contact',
      'contactConsent',
      'contactGivenOn',
    ])
      expect(doc, field).not.toHaveProperty(field)
    expect(
      (
        await cms.rest.request('POST', '/questions', {
          body: { question: 'made up', locale: 'en', day: today() },
        })
      ).status,
    ).toBe(403)
  })

  it('refuses to publish as FAQ without a topic, or with a question and no answer in a language, naming the field', async () => {
    const base = {
      question: 'Нужна ли регистрация?',
      locale: 'ru' as const,
      day: today(),
      status: 'new' as const,
    }
    const q = await cms.payload.create({
      collection: 'questions',
      data: { ...base, slug: 'question-0000cc01' },
      overrideAccess: true,
    })
    const publish = (data: Record<string, unknown>, locale: 'ru' | 'en' = 'ru') =>
      cms.payload.update({
        collection: 'questions',
        id: q.id,
        locale,
        data: { status: 'faq', ...data },
        overrideAccess: true,
      })
    await expect(publish({ publicQuestion: 'Нужна ли регистрация?', answer: 'Да.' })).rejects.toThrow(
      /topic/i,
    )
    await expect(
      publish({ topic: 'regularisation', publicQuestion: 'Нужна ли регистрация?' }),
    ).rejects.toThrow(/answer/i)
    await expect(publish({ topic: 'regularisation', answer: 'Yes.' }, 'en')).rejects.toThrow(
      /question as published|publicQuestion/i,
    )
    expect(
      (await cms.payload.findByID({ collection: 'questions', id: q.id, overrideAccess: true })).status,
    ).toBe('new')
    await cms.payload.delete({ collection: 'questions', id: q.id, overrideAccess: true })
  })

  it('lets editors read the contact, and not translators', async () => {
    const editor = (await cms.rest.login('editor@jol.test', password)).body.token!
    const translator = (await cms.rest.login('translator@jol.test', password)).body.token!
    const asEditor = await cms.rest.request('GET', '/questions?limit=100&where[contact][exists]=true', {
      token: editor,
    })
    expect(asEditor.body.docs.map((d: { contact?: string }) => d.contact)).toEqual(['@reader_tg'])
    const asTranslator = await cms.rest.request('GET', '/questions?limit=100', { token: translator })
    expect(asTranslator.status).toBe(200)
    for (const doc of asTranslator.body.docs as Record<string, unknown>[]) {
      expect(doc.status).toBe('faq')
      expect(doc).not.toHaveProperty('contact')
    }
  })
})

describe('the doors of the questions collection', () => {
  it('only the ask form writes for readers: direct, bulk and translator writes change nothing', async () => {
    const [first] = await stored()
    const before = await cms.payload.findByID({
      collection: 'questions',
      id: first!.id,
      overrideAccess: true,
    })
    const translator = (await cms.rest.login('translator@jol.test', password)).body.token!
    const attempts = [
      await cms.rest.request('PATCH', `/questions/${first!.id}`, { body: { status: 'rejected' } }),
      await cms.rest.request('PATCH', `/questions/${first!.id}?locale=tg`, {
        body: { status: 'rejected' },
        token: translator,
      }),
      await cms.rest.request('PATCH', `/questions?where[id][exists]=true`, { body: { status: 'rejected' } }),
      await cms.rest.request('DELETE', `/questions/${first!.id}`),
      await cms.rest.request('DELETE', `/questions?where[id][exists]=true`, { token: translator }),
    ]
    for (const res of attempts) expect(res.status).toBeLessThan(500)
    expect(attempts[0]!.status).toBe(403)
    expect(attempts[1]!.status).toBe(403)
    expect(attempts[3]!.status).toBe(403)
    const after = await cms.payload.findByID({ collection: 'questions', id: first!.id, overrideAccess: true })
    expect(after).toEqual(before)
    expect((await stored()).length).toBeGreaterThan(0)
  })
})

describe('retention of contacts', () => {
  it('counts whole days back from today', () => {
    expect(firstDayKept(new Date('2026-03-31T23:59:00Z'), 30)).toBe('2026-03-01')
  })

  it('deletes, when the scheduled task runs, every contact given before the retention period (30 days by default), and no other', async () => {
    const task = cms.payload.config.jobs.tasks?.find((t) => t.slug === forgetContactsTaskSlug)
    expect(task?.schedule?.length).toBeGreaterThan(0)
    const base = {
      question: 'Где получить помощь?',
      locale: 'ru' as const,
      status: 'new' as const,
      contactConsent: true,
    }
    const old = await cms.payload.create({
      collection: 'questions',
      data: {
        ...base,
        slug: 'question-0000aa31',
        day: daysAgo(31),
        contact: '+992 00 000 0031',
        contactGivenOn: daysAgo(31),
      },
      overrideAccess: true,
    })
    const recent = await cms.payload.create({
      collection: 'questions',
      data: {
        ...base,
        slug: 'question-0000aa29',
        day: daysAgo(29),
        contact: '+992 00 000 0029',
        contactGivenOn: daysAgo(29),
      },
      overrideAccess: true,
    })

    await cms.payload.jobs.queue({ task: forgetContactsTaskSlug, input: {} })
    await cms.payload.jobs.run({ queue: 'default' })

    const after = async (id: number) =>
      cms.payload.findByID({ collection: 'questions', id, overrideAccess: true })
    const forgotten = await after(old.id)
    expect(forgotten.contact ?? null).toBeNull()
    expect(forgotten.contactGivenOn ?? null).toBeNull()
    expect(forgotten.contactConsent).toBeFalsy()
    expect(forgotten.question).toBe(base.question)
    expect((await after(recent.id)).contact).toBe('+992 00 000 0029')
  })

  it('follows the retention period an editor sets in site settings', async () => {
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        siteName: 'Jol',
        hotline: { label: 'Hotline', phone: '+7 800 080 12 34' },
        questionContactRetentionDays: 7,
        _status: 'published',
      },
      overrideAccess: true,
    })
    expect(await contactRetentionDays(cms.payload)).toBe(7)
    const base = {
      question: 'Где получить помощь?',
      locale: 'ru' as const,
      status: 'new' as const,
      contactConsent: true,
    }
    const week = await cms.payload.create({
      collection: 'questions',
      data: {
        ...base,
        slug: 'question-0000bb08',
        day: daysAgo(8),
        contact: '+992 00 000 0008',
        contactGivenOn: daysAgo(8),
      },
      overrideAccess: true,
    })
    const days = await cms.payload.create({
      collection: 'questions',
      data: {
        ...base,
        slug: 'question-0000bb06',
        day: daysAgo(6),
        contact: '+992 00 000 0006',
        contactGivenOn: daysAgo(6),
      },
      overrideAccess: true,
    })
    expect(await forgetExpiredContacts(cms.payload)).toBe(2) // the 8-day-old one, and the 29-day-old one from before
    expect(
      (await cms.payload.findByID({ collection: 'questions', id: week.id, overrideAccess: true })).contact ??
        null,
    ).toBeNull()
    expect(
      (await cms.payload.findByID({ collection: 'questions', id: days.id, overrideAccess: true })).contact,
    ).toBe('+992 00 000 0006')
  })
})

describe('the export', () => {
  it('carries published FAQ entries only: slug, date, topic, the public question and the answer', async () => {
    const reader = await openLocalReader({ payload: cms.payload })
    const { input, leftOut } = await collectSnapshot(reader, ['ru', 'en'])
    expect(leftOut).toEqual([])
    expect(input.questions).toHaveLength(1)
    const [entry] = input.questions
    expect(Object.keys(entry!).sort()).toEqual(['slug', 'topic', 'translations', 'updatedAt'])
    expect(entry!.topic).toBe('employment')
    expect(entry!.translations).toEqual({
      ru: { question: 'Можно ли работать без патента?', answer: 'Нет.' },
    })
    const json = JSON.stringify(input)
    for (const secret of ['Казань', 'Россия', '@reader_tg', 'Куда обратиться', '+992'])
      expect(json).not.toContain(secret)
  })

  it('reads the same over REST, asking for FAQ entries only, even with an editor’s API key', async () => {
    const local = await collectSnapshot(await openLocalReader({ payload: cms.payload }), ['ru', 'en'])
    const editor = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@jol.test' } },
      overrideAccess: true,
    })
    const apiKey = 'questions-test-editor-key-0123456789'
    await cms.payload.update({
      collection: 'users',
      id: editor.docs[0]!.id,
      data: { enableAPIKey: true, apiKey } as never,
      overrideAccess: true,
    })
    const fetch = inProcessFetch(cms.config)
    const rest = await collectSnapshot(openRestReader({ baseUrl: 'http://localhost', fetch, apiKey }), [
      'ru',
      'en',
    ])
    expect(rest.input.questions).toEqual(local.input.questions)
    const asked = fetch.urls.filter((url) => new URL(url).pathname === '/api/questions')
    expect(asked.length).toBeGreaterThan(0)
    for (const url of asked) expect(new URL(url).searchParams.get('where[status][equals]'), url).toBe('faq')
  })
})

describe('questions by topic and place', () => {
  it('counts questions per topic and place, month by month, most asked first', () => {
    const map = responseMapOf([
      { day: '2026-01-03', topic: 'employment', country: 'Россия', city: 'Казань' },
      { day: '2026-02-10', topic: 'employment', country: 'Россия', city: 'Казань' },
      { day: '2026-02-11', topic: 'employment', country: ' Россия ', city: 'Казань' },
      { day: '2026-02-12', topic: null, country: null, city: null },
      { day: '2026-03-01', topic: 'regularisation', country: 'Kazakhstan', city: null },
    ])
    expect(map.months).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(map.rows).toEqual([
      { topic: 'Work and employment', place: 'Россия, Казань', counts: [1, 2, 0], total: 3 },
      { topic: 'no topic', place: 'place not given', counts: [0, 1, 0], total: 1 },
      { topic: 'Regularising status', place: 'Kazakhstan', counts: [0, 0, 1], total: 1 },
    ])
  })

  it('reads them from the questions collection for the table above the admin list', async () => {
    const map = await readResponseMap(cms.payload)
    const total = (await cms.payload.count({ collection: 'questions', overrideAccess: true })).totalDocs
    expect(map.rows.reduce((sum, row) => sum + row.total, 0)).toBe(total)
    expect(map.rows[0]).toMatchObject({ topic: 'Work and employment', place: 'Россия, Казань' })
    expect(await readResponseMap(cms.payload, '2999-01-01')).toEqual({ months: [], rows: [] })
    const component = '/collections/Questions/components/QuestionsByTopicAndPlace#QuestionsByTopicAndPlace'
    expect(cms.config.collections.find((c) => c.slug === 'questions')?.admin.components?.beforeList).toEqual([
      component,
    ])
    const importMap = await fs.readFile(
      new URL('../../cms/src/app/(payload)/admin/importMap.js', import.meta.url),
      'utf8',
    )
    expect(importMap, 'run `./jol generate:importmap`').toContain(`"${component}"`)
  })
})
