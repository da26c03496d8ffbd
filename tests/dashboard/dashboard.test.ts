import { CampaignDashboardView } from '@jol/cms/views/collections/Campaigns/dashboard/DashboardView'
import { REST_GET } from '@payloadcms/next/routes'
import { createLocalReq, type DocumentViewServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { adminCredentials, campaignData, createUser, leafletData } from '../support/fixtures'

import { parseCsv } from './parseCsv'

/**
 * The campaign dashboard against the real CMS: its CSV export (who may fetch it, what is in it, a
 * reader's comment that round-trips and one that cannot run as a formula) and the admin tab, rendered
 * on the server with inline SVG charts and no other origin.
 */

let cms: TestCms
let campaignId: number
const tokens: Record<'admin' | 'editor' | 'translator', string> = { admin: '', editor: '', translator: '' }
const tricky = 'Useful, but "the hotline"\nwas busy,\r\nall day — Тоҷикӣ'
const formula = '=HYPERLINK("http://evil.example","click")'

beforeAll(async () => {
  cms = await startTestCms()
  const users = {
    admin: adminCredentials,
    editor: { email: 'editor@jol.test', password: 'editor-password-long' },
    translator: { email: 'translator@jol.test', password: 'translator-password-long' },
  }
  for (const role of ['admin', 'editor', 'translator'] as const) {
    await createUser(cms.payload, {
      ...users[role],
      role,
      ...(role === 'translator' ? { translatorLocales: ['tg' as const] } : {}),
    })
    tokens[role] = (await cms.rest.login(users[role].email, users[role].password)).body.token as string
  }
  const campaign = await cms.payload.create({
    collection: 'campaigns',
    data: {
      ...campaignData('spring', 'en', { endDate: '2026-11-30T00:00:00.000Z' }),
      objectives: [
        {
          indicator: 'QR scans',
          unit: 'views',
          baseline: 0,
          target: 20,
          targetDate: '2026-12-01',
          measure: 'print',
        },
      ],
      _status: 'published',
    },
  })
  campaignId = campaign.id
  await cms.payload.create({
    collection: 'leaflets',
    data: { ...leafletData('work-permit', 'en'), campaigns: [campaignId], _status: 'published' },
  })
  await cms.payload.create({
    collection: 'leaflets',
    data: { ...leafletData('elsewhere', 'en'), _status: 'published' },
  })
  const counts = [
    ['2026-11-03', 'work-permit', 'tg', 'page', 'print', 7],
    ['2026-11-04', 'work-permit', 'ru', 'leaflet-pdf', 'direct', 3],
    ['2026-11-04', 'elsewhere', 'ru', 'page', 'direct', 500],
    ['2026-12-04', 'work-permit', 'ru', 'page', 'direct', 900],
  ] as const
  for (const [day, slug, locale, kind, source, views] of counts) {
    await cms.payload.create({
      collection: 'reach-counts',
      data: {
        key: `${day}/${slug}/${locale}/${kind}/${source}`,
        day,
        entryCollection: 'leaflets',
        slug,
        locale,
        kind,
        source,
        views,
      },
    })
  }
  for (const [day, answer, comment] of [
    ['2026-11-05', 'yes', tricky],
    ['2026-11-06', 'no', formula],
    ['2026-11-07', 'yes', ''],
  ] as const) {
    await cms.payload.create({
      collection: 'feedback',
      data: { entryCollection: 'leaflets', slug: 'work-permit', locale: 'tg', answer, comment, day },
    })
  }
  await cms.payload.create({
    collection: 'questions',
    data: {
      slug: 'question-0000aa01',
      status: 'new',
      day: '2026-11-10',
      locale: 'tg',
      question: 'Where?',
      topic: 'employment',
      country: 'KZ',
      city: 'Almaty',
    },
  })
})
afterAll(async () => cms?.close())

const csvPath = (table: string, period = 'from=2026-11-01&to=2026-11-30') =>
  `/campaigns/${campaignId}/dashboard.csv?table=${table}&${period}`

/** The export's raw bytes (the test REST client decodes text, which drops a byte-order mark). */
async function csvBytes(path: string, token: string) {
  const url = new URL(`http://localhost/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const res = await REST_GET(cms.config)(new Request(url, { headers: { Authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug }),
  })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

describe('the dashboard CSV export', () => {
  it('refuses anonymous readers and translators', async () => {
    expect((await cms.rest.request('GET', csvPath('reach-by-locale'))).status).toBe(401)
    const asTranslator = await cms.rest.request('GET', csvPath('reach-by-locale'), {
      token: tokens.translator,
    })
    expect(asTranslator.status).toBe(403)
    expect(String(asTranslator.body)).not.toContain('work-permit')
  })

  it('gives editors the table of the period as UTF-8 CSV with a byte-order mark', async () => {
    const { res, bytes } = await csvBytes(csvPath('reach-by-source'), tokens.editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="campaign-${campaignId}-reach-by-source-2026-11-01-2026-11-30.csv"`,
    )
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.startsWith('\uFEFFSource,Views,Share %\r\n')).toBe(true)
    // Only the campaign's entries, only in the period.
    expect(parseCsv(text)).toEqual([
      ['Source', 'Views', 'Share %'],
      ['print', '7', '70'],
      ['newsletter', '0', '0'],
      ['share', '0', '0'],
      ['direct', '3', '30'],
    ])
    const objectives = parseCsv(
      String((await cms.rest.request('GET', csvPath('objectives'), { token: tokens.admin })).body),
    )
    expect(objectives[1]).toEqual([
      'QR scans',
      'views',
      '0',
      '20',
      '2026-12-01',
      'Views from printed QR codes (src=print)',
      '7',
      '35',
    ])
  })

  it('round-trips a comment with commas, quotes and line breaks, and neutralises one that starts a formula', async () => {
    const res = await cms.rest.request('GET', csvPath('comments'), { token: tokens.editor })
    const rows = parseCsv(String(res.body))
    expect(rows[0]).toEqual(['Day', 'Entry', 'Language', 'Useful', 'Comment'])
    const comments = rows.slice(1).map((row) => row[4])
    expect(comments).toContain(tricky)
    expect(comments).toContain(`'${formula}`)
    expect(comments).not.toContain(formula)
    expect(rows.slice(1)).toHaveLength(2)
  })

  it('says what is wrong with a bad table or period', async () => {
    const noTable = await cms.rest.request('GET', csvPath('users'), { token: tokens.editor })
    expect(noTable.status).toBe(400)
    expect(String(noTable.body)).toMatch(/^table: choose one of objectives, reach-by-locale/)
    const badDay = await cms.rest.request('GET', csvPath('comments', 'from=2026-11-31'), {
      token: tokens.editor,
    })
    expect(badDay.status).toBe(400)
    expect(String(badDay.body)).toContain('from: "2026-11-31" is not a day written YYYY-MM-DD')
    const missing = await cms.rest.request('GET', '/campaigns/999999/dashboard.csv?table=objectives', {
      token: tokens.editor,
    })
    expect(missing.status).toBe(404)
  })

  it('refuses a forged token, and a translator’s API key as it refuses the translator', async () => {
    const forged = await cms.rest.request('GET', csvPath('comments'), { token: 'not.a.token' })
    expect(forged.status).toBe(401)
    expect(String(forged.body)).not.toContain('hotline')
    const { docs } = await cms.payload.find({
      collection: 'users',
      where: { role: { equals: 'translator' } },
    })
    const apiKey = 'translator-api-key-0123456789abcdef'
    await cms.payload.update({ collection: 'users', id: docs[0]!.id, data: { enableAPIKey: true, apiKey } })
    const url = new URL(`http://localhost/api${csvPath('comments')}`)
    const res = await REST_GET(cms.config)(
      new Request(url, { headers: { Authorization: `users API-Key ${apiKey}` } }),
      { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
    )
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain(tricky.slice(0, 10))
  })

  it('answers 404 for an id that is not a campaign’s, and 400 for a period of millennia (not 30 s of counting, then 500)', async () => {
    for (const id of ['spring', 'abc-def', '1%20OR%201=1', `${'9'.repeat(70)}`]) {
      const res = await cms.rest.request('GET', `/campaigns/${id}/dashboard.csv?table=objectives`, {
        token: tokens.editor,
      })
      expect(res.status, id).toBe(404)
    }
    const millennia = await cms.rest.request(
      'GET',
      csvPath('reach-by-week', 'from=0001-01-01&to=9999-12-31'),
      {
        token: tokens.editor,
      },
    )
    expect(millennia.status).toBe(400)
    expect(String(millennia.body)).toContain('to: 0001-01-01 to 9999-12-31 is longer than 3653 days')
  })

  it('gives the same table to a hundred requests at once and writes nothing', async () => {
    const before = await cms.payload.count({ collection: 'feedback', overrideAccess: true })
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        cms.rest.request('GET', csvPath('entries'), { token: tokens.editor }),
      ),
    )
    expect(new Set(answers.map((res) => res.status))).toEqual(new Set([200]))
    expect(new Set(answers.map((res) => String(res.body))).size).toBe(1)
    expect(await cms.payload.count({ collection: 'feedback', overrideAccess: true })).toEqual(before)
  })
})

describe('the dashboard tab', () => {
  const render = async (role: 'editor' | 'translator', searchParams: Record<string, string>) => {
    const { docs } = await cms.payload.find({ collection: 'users', where: { role: { equals: role } } })
    const req = await createLocalReq({ user: { ...docs[0]!, collection: 'users' } }, cms.payload)
    const props = {
      initPageResult: { req, docID: campaignId },
      searchParams,
    } as unknown as DocumentViewServerProps
    return renderToStaticMarkup(await CampaignDashboardView(props))
  }

  it('shows editors every table and two charts as inline SVG, with nothing from another origin', async () => {
    const html = await render('editor', { from: '2026-11-01', to: '2026-11-30' })
    expect(html).toContain('data-testid="table-objectives"')
    expect(html).toContain('data-testid="table-questions"')
    expect(html).toContain('data-testid="chart-reach-by-week"')
    expect(html).toContain('data-testid="chart-questions-by-month"')
    expect(html.match(/<svg/g)!.length).toBeGreaterThanOrEqual(2)
    expect(html).toContain('<title>2026-11-02, print: 7</title>')
    expect(html).toContain(
      `/api/campaigns/${campaignId}/dashboard.csv?table=comments&amp;from=2026-11-01&amp;to=2026-11-30`,
    )
    expect(html).not.toMatch(/<script|https?:\/\/(?!evil\.example)/)
    expect(html).not.toContain('elsewhere')
  })

  it('tells a translator the dashboard is for editors and admins, showing nothing', async () => {
    const html = await render('translator', {})
    expect(html).toContain('The dashboard is for editors and admins.')
    expect(html).not.toContain('work-permit')
  })
})
