import { CampaignCoverage } from '@jol/cms/views/collections/Campaigns/CampaignCoverage'
import { CampaignDashboardView } from '@jol/cms/views/collections/Campaigns/dashboard/DashboardView'
import { questionWordsIn, responseMapOf } from '@jol/cms/collections/Questions/responseMap'
import { QuestionsByTopicAndPlace } from '@jol/cms/views/collections/Questions/components/QuestionsByTopicAndPlace'
import { jolText } from '@jol/cms/i18n/jolText'
import { SiteBuildStatus } from '@jol/cms/views/publishing/components/SiteBuildStatus'
import { WorkbenchNavLinks } from '@jol/cms/views/workbench/NavLinks'
import { Calendar, ToTranslate } from '@jol/cms/views/workbench/screens'
import type { LocaleCode } from '@jol/content-schemas'
import {
  createLocalReq,
  getLocalI18n,
  type DocumentViewServerProps,
  type PayloadRequest,
  type ServerProps,
  type UIFieldServerProps,
} from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { campaignData, createUser, leafletData, newsletterData, postData } from '../support/fixtures'

/**
 * Jol's own admin screens (the workbench, a campaign's coverage and dashboard, the public site's
 * status) and endpoint messages in the editor's admin language: rendered on the server as the admin
 * renders them, with the i18n Payload builds for a user whose `payload-lng` cookie says `kk`.
 */

let cms: TestCms
let editor: Awaited<ReturnType<typeof createUser>>
let campaignId: number
let leafletId: number
const editorLogin = { email: 'kk-editor@jol.test', password: 'speaks-kazakh-1', role: 'editor' as const }
const translatorLogin = {
  email: 'ky-translator@jol.test',
  password: 'translates-kyrgyz',
  role: 'translator' as const,
  translatorLocales: ['ky' as const],
}
const tokens = { editor: '', translator: '' }

beforeAll(async () => {
  cms = await startTestCms()
  editor = await createUser(cms.payload, editorLogin)
  await createUser(cms.payload, translatorLogin)
  tokens.editor = (await cms.rest.login(editorLogin.email, editorLogin.password)).body.token as string
  tokens.translator = (await cms.rest.login(translatorLogin.email, translatorLogin.password)).body
    .token as string
  const campaign = await cms.payload.create({
    collection: 'campaigns',
    data: campaignData('kk-screens', 'en', { startDate: '2030-01-10T00:00:00.000Z' }),
  })
  campaignId = campaign.id as number
  // Written in English only: missing in Kazakh, so on the work list and falling back in the coverage.
  leafletId = (
    await cms.payload.create({
      collection: 'leaflets',
      data: { ...leafletData('kk-screens-leaflet', 'en'), campaigns: [campaignId] },
    })
  ).id as number
  const post = await cms.payload.create({ collection: 'posts', data: postData('kk-screens-post', 'en') })
  await cms.payload.create({
    collection: 'newsletters',
    data: {
      ...newsletterData('kk-screens-issue', 'en', 3, { relationTo: 'posts', value: post.id }),
      date: '2030-02-01T00:00:00.000Z',
    } as never,
  })
})
afterAll(async () => cms?.close())

/** A request of the editor, translated as Payload translates one carrying `payload-lng=<language>`. */
async function editorRequest(language: LocaleCode): Promise<PayloadRequest> {
  const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, cms.payload)
  req.i18n = (await getLocalI18n({ config: cms.payload.config, language: language as never })) as never
  return req
}

// The public site panel refreshes itself through Next's router, which only a running admin mounts.
vi.mock('../../cms/src/publishing/components/RefreshWhileBuilding', () => ({
  RefreshWhileBuilding: () => null,
}))

/** English words of these screens that must not be left in a Kazakh one. */
const englishWords =
  /\b(To translate|Calendar|Status|Language|Entry|Kind|Campaign|Deadline|missing|outdated|Coverage|written|draft|Newsletter date|Campaign starts|Public site|Last build|Dashboard|Objectives|Indicator|Views|Nothing)\b/
/** The words a screen shows (its text and its titles), without the markup's attribute names and values. */
const shown = (html: string) =>
  [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]).join(' ') + html.replace(/<[^>]*>/g, ' ')
const english = { [Symbol.match]: (html: string) => shown(html).match(englishWords) } as unknown as RegExp

describe('the workbench in Kazakh', () => {
  it('"to translate" shows Kazakh headings, statuses, kinds and dates, and no English', async () => {
    const req = await editorRequest('kk')
    const html = renderToStaticMarkup(await ToTranslate({ req }))
    expect(html).toContain('<h1>Аудару керек</h1>')
    for (const heading of ['Күйі', 'Тіл', 'Материал', 'Түрі', 'Науқан', 'Мерзімі'])
      expect(html).toContain(`>${heading}</th>`)
    expect(html).toMatch(/<td[^>]*>жоқ<\/td>/)
    expect(html).toContain('>Парақша</td>')
    expect(html).toContain('Қазақша (kk)')
    // The campaign's start as Kazakh writes a date (Intl: "2030 ж. 10 қаң.").
    expect(html).toMatch(/2030 ж\. 10 қаң\./)
    expect(html).not.toMatch(english)
  })

  it('the calendar shows a Kazakh heading and Kazakh words for what happens, and no English', async () => {
    const req = await editorRequest('kk')
    const html = renderToStaticMarkup(await Calendar({ req, today: new Date('2029-12-01T00:00:00.000Z') }))
    expect(html).toContain('<h1>Күнтізбе</h1>')
    expect(html).toContain('Ақпараттық хат күні')
    expect(html).toContain('Науқан басталады')
    expect(html).toMatch(/2030 ж\. 0?1 ақп\./)
    expect(html).not.toMatch(english)
    // The same screen for an English-speaking editor: the check above is not vacuous.
    const inEnglish = renderToStaticMarkup(
      await Calendar({ req: await editorRequest('en'), today: new Date('2029-12-01T00:00:00.000Z') }),
    )
    expect(inEnglish).toContain('<h1>Calendar</h1>')
    expect(inEnglish).toContain('Newsletter date')
  })

  it('the side menu links to both in Kazakh', async () => {
    const req = await editorRequest('kk')
    const html = renderToStaticMarkup(
      WorkbenchNavLinks({ payload: cms.payload, i18n: req.i18n } as ServerProps),
    )
    expect(html).toContain('>Аудару керек</a>')
    expect(html).toContain('>Күнтізбе</a>')
  })
})

describe('campaign screens in Kazakh', () => {
  it("the campaign's coverage shows a Kazakh heading, kinds and states, and no English", async () => {
    const req = await editorRequest('kk')
    const html = renderToStaticMarkup(
      await CampaignCoverage({
        id: campaignId,
        payload: cms.payload,
        req,
        i18n: req.i18n,
      } as unknown as UIFieldServerProps),
    )
    expect(html).toContain('>Тілдермен қамту</h3>')
    expect(html).toContain('Парақша, қаралама')
    expect(html).toContain('Жазылған / алмастырылған / жоқ')
    // Written in English only: every other language shows the English.
    expect(html).toContain('title="en тілінде көрсетіледі"')
    expect(html).not.toMatch(english)
  })

  it('the dashboard tab speaks Kazakh, its tables and its period error too', async () => {
    const req = await editorRequest('kk')
    const render = async (searchParams: Record<string, string>) =>
      renderToStaticMarkup(
        await CampaignDashboardView({
          initPageResult: { req, docID: campaignId },
          searchParams,
        } as unknown as DocumentViewServerProps),
      )
    const html = await render({ from: '2030-01-10', to: '2030-02-10' })
    expect(html).toMatch(/<h2>Тақта: /)
    expect(html).toContain('Мақсаттар')
    expect(html).toContain('Көрсеткіш')
    expect(html).toContain('Жолдан тыс өлшенеді')
    expect(html).toContain('ешкім бақыланбайды')
    expect(html).not.toMatch(english)
    expect(await render({ from: '2030-01-10', to: '2030-01-01' })).toContain(
      'Бұл кезеңді көрсету мүмкін емес: кезеңнің соңы 2030-01-01 оның басынан 2030-01-10 бұрын.',
    )
  })
})

describe('the public site panel in Kazakh', () => {
  it('names the state and its rows in Kazakh', async () => {
    const req = await editorRequest('kk')
    const html = renderToStaticMarkup(
      (await SiteBuildStatus({ payload: cms.payload, user: req.user, i18n: req.i18n }))!,
    )
    expect(html).toContain('>Ашық сайт</h3>')
    expect(html).toContain('Сайт әлі жиналмаған')
    expect(html).toContain('<dt>Соңғы жинау</dt>')
    expect(html).not.toMatch(english)
  })
})

describe('panels for editors only', () => {
  it('shows the public site panel and the questions map to editors, and nothing to a translator', async () => {
    const req = await editorRequest('kk')
    const translator = (
      await cms.payload.find({ collection: 'users', where: { email: { equals: translatorLogin.email } } })
    ).docs[0]!
    const props = (user: unknown) => ({ payload: cms.payload, user: user as never, i18n: req.i18n })
    expect(await SiteBuildStatus(props(req.user))).not.toBeNull()
    expect(await QuestionsByTopicAndPlace(props(req.user))).not.toBeNull()
    expect(await SiteBuildStatus(props(translator))).toBeNull()
    expect(await QuestionsByTopicAndPlace(props(translator))).toBeNull()
    expect(await SiteBuildStatus(props(null))).toBeNull()
  })
})

describe('questions by topic and place in Kazakh', () => {
  it('name topics as the question form does, and a missing topic or place in Kazakh', () => {
    const map = responseMapOf(
      [
        { day: '2030-01-03', topic: 'employment', country: 'Ресей', city: 'Қазан' },
        { day: '2030-01-04', topic: null, country: null, city: null },
      ],
      questionWordsIn('kk'),
    )
    expect(map.rows.map((row) => `${row.topic} / ${row.place}`)).toEqual([
      'Жұмыс және жұмысқа орналасу / Ресей, Қазан',
      'тақырыпсыз / орны көрсетілмеген',
    ])
  })

  it('the box above the list of questions speaks Kazakh', async () => {
    const req = await editorRequest('kk')
    const html = renderToStaticMarkup(
      (await QuestionsByTopicAndPlace({ payload: cms.payload, user: req.user, i18n: req.i18n }))!,
    )
    expect(html).toContain('Тақырыптар мен орындар бойынша сұрақтар (соңғы 12 ай)')
    expect(html).toContain('Әзірге сұрақ жоқ.')
    expect(html).not.toMatch(english)
  })
})

describe("Jol's words", () => {
  it('write numbers as the admin language writes them', async () => {
    const ru = await getLocalI18n({ config: cms.payload.config, language: 'ru' })
    expect(jolText(ru, 'jolPublishing')('andMore', { count: 12345 })).toMatch(/^и ещё 12\s345$/u)
    const en = await getLocalI18n({ config: cms.payload.config, language: 'en' })
    expect(jolText(en, 'jolPublishing')('andMore', { count: 12345 })).toBe('and 12,345 more')
  })
})

describe('endpoint messages in the admin language', () => {
  const cookie = (language: LocaleCode) => ({ Cookie: `payload-lng=${language}` })

  it('the dashboard CSV refuses a bad table and a bad day in Kazakh and Uzbek', async () => {
    const path = `/campaigns/${campaignId}/dashboard.csv`
    const noTable = await cms.rest.request('GET', `${path}?table=nope`, {
      token: tokens.editor,
      headers: cookie('kk'),
    })
    expect(noTable.status).toBe(400)
    expect(String(noTable.body)).toMatch(/^Кесте: мыналардың бірін таңдаңыз: objectives, /)
    const badDay = await cms.rest.request('GET', `${path}?table=entries&from=2030-02-31`, {
      token: tokens.editor,
      headers: cookie('uz'),
    })
    expect(badDay.status).toBe(400)
    expect(String(badDay.body)).toContain('from: “2030-02-31” sana emas')
    // Without the cookie: English, as before.
    const english = await cms.rest.request('GET', `${path}?table=nope`, { token: tokens.editor })
    expect(String(english.body)).toMatch(/^table: choose one of objectives, /)
  })

  it('the XLIFF exchange refuses a translator in Kyrgyz, and a bad export in Kyrgyz', async () => {
    const other = await cms.rest.request('GET', '/translations/xliff?target=kk&entries=leaflets:1', {
      token: tokens.translator,
      headers: cookie('ky'),
    })
    expect(other.status).toBe(403)
    expect(other.body.errors[0].message).toBe('Сиз «kk» тилине которбойсуз.')
    const empty = await cms.rest.request('GET', '/translations/xliff?target=ky', {
      token: tokens.translator,
      headers: cookie('ky'),
    })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].message).toBe('Жок дегенде бир материалды көрсөтүңүз.')
  })

  it('a translator who tries to publish, or to change a shared field, is refused in Kyrgyz', async () => {
    const publish = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=ky`, {
      token: tokens.translator,
      body: { title: 'Котормо', _status: 'published' },
      headers: cookie('ky'),
    })
    expect(publish.status).toBe(403)
    expect(publish.body.errors[0].message).toMatch(/^Котормочулар жарыялай албайт: /)
    const shared = await cms.rest.request('PATCH', `/leaflets/${leafletId}?locale=ky`, {
      token: tokens.translator,
      body: { slug: 'another-slug' },
      headers: cookie('ky'),
    })
    expect(shared.status).toBe(400)
    expect(JSON.stringify(shared.body)).toContain(
      '«slug» бардык тилдерге жалпы: аны редактор гана өзгөртө алат.',
    )
    // Every validation error also names the language being written, in the admin language.
    expect(JSON.stringify(shared.body)).toContain('— Кыргызча (ky) тилинде жазуу учурунда')
  })

  it('an unsafe drawing is refused in Uzbek, naming the file and why', async () => {
    const form = new FormData()
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    form.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'poster.svg')
    form.append('_payload', JSON.stringify({ alt: 'poster', credit: 'Jol', licence: 'CC0 1.0' }))
    const refused = await cms.rest.request('POST', '/media?locale=en', {
      form,
      token: tokens.editor,
      headers: cookie('uz'),
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain(
      '“poster.svg” fayli rad etildi: unda skript yoki ichki joylashtirilgan mazmun bor.',
    )
  })

  it('an illegible brand colour is refused in Tajik, each failing pair named', async () => {
    const refused = await cms.rest.request('PATCH', `/campaigns/${campaignId}?locale=en`, {
      body: { brandColour: '#FFCC00' },
      token: tokens.editor,
      headers: cookie('tg'),
    })
    expect(refused.status).toBe(400)
    const body = JSON.stringify(refused.body)
    expect(body).toContain('Ранги бренди #FFCC00-ро истифода бурдан мумкин нест: ')
    expect(body).toContain('матни сафед дар ранги бренд (#ffffff дар #ffcc00): контраст 1.51:1 аст')
  })

  it('the verify button hears its refusal in Tajik', async () => {
    const refused = await cms.rest.request('POST', '/services/1/verify', {
      token: tokens.translator,
      body: { how: 'phone' },
      headers: cookie('tg'),
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toBe('Санҷиши хизматро танҳо муҳаррирон ва маъмурон қайд карда метавонанд.')
  })
})
