import { translationTasks } from '@jol/cms/workbench/toTranslate'
import { calendar } from '@jol/cms/workbench/calendar'
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

/** The translators' work list and the editors' calendar, from the data the CMS holds. */
let cms: TestCms
let translator: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
  cms = await startTestCms()
  translator = await createUser(cms.payload, {
    email: 'queue-kk@jol.test',
    password: 'kazakh-only-please',
    role: 'translator',
    translatorLocales: ['kk', 'ky'],
  })
  editor = await createUser(cms.payload, {
    email: 'queue-ed@jol.test',
    password: 'editor-pw-123',
    role: 'editor',
  })
})
afterAll(async () => cms?.close())

describe('to translate', () => {
  it("lists a translator's locales only, outdated first, then missing by campaign deadline", async () => {
    const soon = await cms.payload.create({
      collection: 'campaigns',
      data: campaignData('soon', 'en', { startDate: '2027-01-10T00:00:00.000Z' }),
    })
    const later = await cms.payload.create({
      collection: 'campaigns',
      data: campaignData('later', 'en', { startDate: '2027-05-01T00:00:00.000Z' }),
    })
    const both = { kk: sampleText.kk, ky: sampleText.ky }
    for (const [locale, name] of Object.entries(both))
      for (const id of [soon.id, later.id])
        await cms.payload.update({
          collection: 'campaigns',
          id,
          locale: locale as 'kk',
          draft: true,
          data: { name },
        })
    const inLater = await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('in-later', 'en'), campaigns: [later.id] },
    })
    const inSoon = await cms.payload.create({
      collection: 'posts',
      data: { ...postData('in-soon', 'en'), campaigns: [soon.id] } as never,
    })
    const outdated = await cms.payload.create({ collection: 'posts', data: postData('outdated', 'en') })
    await cms.payload.update({
      collection: 'posts',
      id: outdated.id,
      locale: 'kk',
      draft: true,
      data: { title: sampleText.kk },
    })
    await cms.payload.update({
      collection: 'posts',
      id: outdated.id,
      locale: 'ky',
      draft: true,
      data: { title: sampleText.ky },
    })
    await cms.payload.update({
      collection: 'posts',
      id: outdated.id,
      locale: 'en',
      draft: true,
      data: { title: 'Changed' },
    })

    const tasks = await translationTasks(cms.payload, translator as never)
    expect(new Set(tasks.map((task) => task.locale))).toEqual(new Set(['kk', 'ky']))
    expect(tasks.map((task) => `${task.status} ${task.collection}.${task.id} ${task.locale}`)).toEqual([
      `outdated posts.${outdated.id} kk`,
      `outdated posts.${outdated.id} ky`,
      `missing posts.${inSoon.id} kk`,
      `missing posts.${inSoon.id} ky`,
      `missing leaflets.${inLater.id} kk`,
      `missing leaflets.${inLater.id} ky`,
    ])
    expect(tasks[2]).toMatchObject({
      campaign: expect.stringContaining('(soon)'),
      deadline: '2027-01-10T00:00:00.000Z',
    })
    expect(tasks[0]!.deadline).toBeUndefined()
    // An editor sees every locale but the source.
    const all = await translationTasks(cms.payload, editor as never)
    expect(new Set(all.map((task) => task.locale))).toEqual(new Set(['ru', 'kk', 'ky', 'tg', 'uz']))
    expect(await translationTasks(cms.payload, null)).toEqual([])
    // A translator assigned only the source language, or none, has nothing to translate.
    for (const [email, translatorLocales] of [
      ['queue-en@jol.test', ['en']],
      ['queue-none@jol.test', []],
    ] as const) {
      const user = await createUser(cms.payload, {
        email,
        password: 'no-target-language',
        role: 'translator',
        translatorLocales: [...translatorLocales],
      })
      expect(await translationTasks(cms.payload, user as never), email).toEqual([])
    }
  })
})

describe('calendar', () => {
  it('lists scheduled publications, embargo ends and newsletter dates in date order', async () => {
    const release = await cms.payload.create({
      collection: 'press-releases',
      data: pressReleaseData('embargoed', 'en', {
        releaseDate: '2030-03-01T00:00:00.000Z',
        embargoUntil: '2030-03-02T08:00:00.000Z',
      }) as never,
    })
    const post = await cms.payload.create({ collection: 'posts', data: postData('calendar-post', 'en') })
    const newsletter = await cms.payload.create({
      collection: 'newsletters',
      data: {
        ...newsletterData('calendar-issue', 'en', 7, { relationTo: 'posts', value: post.id }),
        date: '2030-02-01T00:00:00.000Z',
      } as never,
    })
    await cms.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'posts', value: post.id }, locale: 'ru' } as never,
      waitUntil: new Date('2030-01-15T09:00:00.000Z'),
    })
    const items = await calendar(cms.payload, editor as never, new Date('2029-12-01T00:00:00.000Z'))
    expect(
      items.map((item) => `${item.date.slice(0, 10)} ${item.what} ${item.collection}.${item.id}`),
    ).toEqual([
      `2030-01-15 publish posts.${post.id}`,
      `2030-02-01 newsletter newsletters.${newsletter.id}`,
      `2030-03-01 release press-releases.${release.id}`,
      `2030-03-02 embargo-ends press-releases.${release.id}`,
    ])
    expect(items[0]).toMatchObject({ locale: 'ru', title: expect.stringContaining('(calendar-post)') })
    expect(await calendar(cms.payload, null, new Date('2029-12-01T00:00:00.000Z'))).toEqual([])
  })

  it('registers the two admin views and their links', () => {
    const views = cms.config.admin.components.views as Record<string, { path?: string }>
    expect(views.toTranslate?.path).toBe('/to-translate')
    expect(views.calendar?.path).toBe('/calendar')
    expect(JSON.stringify(cms.config.admin.components.afterNavLinks)).toContain('WorkbenchNavLinks')
  })
})
