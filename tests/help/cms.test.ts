import { rebuildForServiceAges } from '@jol/cms/collections/Services/ageing'
import { NeedsCheckingList } from '@jol/cms/views/collections/Services/components/NeedsChecking'
import { countNeedsChecking } from '@jol/cms/collections/Services/needsChecking'
import { readBuildStatus } from '@jol/cms/publishing/buildStatus'
import { localeCodes } from '@jol/content-schemas'
import { collectSnapshot } from '@jol/scripts/export/buildSnapshot'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { demoServices } from '@jol/scripts/seed/content/services'
import { seedServices } from '@jol/scripts/seed/services'
import { getLocalI18n } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { createUser, leafletData } from '../support/fixtures'

/**
 * The help directory in the CMS: demo services, the "verified today" action and who may use it,
 * the needs-checking count, what the export keeps (expired services never reach the site) and the
 * hotline pointing at a service instead of repeating its number.
 */

let cms: TestCms
let editorToken: string
let translatorToken: string
const editor = { email: 'editor@jol.test', password: 'checks-services', role: 'editor' as const }
const translator = {
  email: 'translator@jol.test',
  password: 'translates-only',
  role: 'translator' as const,
  translatorLocales: ['ky' as const],
}

const idOf = async (slug: string) =>
  (await cms.payload.find({ collection: 'services', where: { slug: { equals: slug } }, limit: 1 })).docs[0]!
    .id

beforeAll(async () => {
  cms = await startTestCms()
  await seedServices(cms.payload, demoServices)
  await cms.payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      siteName: 'Jol',
      hotline: { label: 'Hotline', phone: '+7 800 080 1234' },
      _status: 'published',
    } as never,
  })
  await createUser(cms.payload, editor)
  await createUser(cms.payload, translator)
  editorToken = (await cms.rest.login(editor.email, editor.password)).body.token as string
  translatorToken = (await cms.rest.login(translator.email, translator.password)).body.token as string
})
afterAll(async () => cms?.close())

describe('demo services', () => {
  it('are at least 20, in Almaty, Astana, Shymkent and a city of each country of origin, in six languages, marked demo', async () => {
    const { docs } = await cms.payload.find({ collection: 'services', limit: 0, pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(20)
    const cities = new Set(docs.map((d) => d.city))
    for (const city of ['almaty', 'astana', 'shymkent', 'bishkek', 'dushanbe', 'tashkent'])
      expect(cities).toContain(city)
    expect(docs.every((d) => d.demo === true)).toBe(true)
    for (const locale of localeCodes) {
      const inLocale = await cms.payload.find({
        collection: 'services',
        locale,
        fallbackLocale: false,
        limit: 0,
        pagination: false,
      })
      expect(inLocale.docs.every((d) => typeof d.name === 'string' && d.name.trim() !== '')).toBe(true)
    }
    // Made-up numbers only.
    for (const doc of docs)
      for (const phone of doc.phones ?? []) expect(phone.number).toMatch(/^\+[0-9]+ [0-9]{2,3} 000 0/)
  })

  it('seeding again changes nothing but finds the same services', async () => {
    const before = await cms.payload.count({ collection: 'services' })
    await seedServices(cms.payload, demoServices)
    expect((await cms.payload.count({ collection: 'services' })).totalDocs).toBe(before.totalDocs)
  })
})

describe('verifying a service', () => {
  it('is one action for an editor: now, how, and by whom', async () => {
    const id = await idOf('almaty-shelter')
    const before = await countNeedsChecking(cms.payload)
    const started = Date.now()
    const response = await cms.rest.request('POST', `/services/${id}/verify`, {
      body: { how: 'visit' },
      token: editorToken,
    })
    expect(response.status).toBe(200)
    const doc = await cms.payload.findByID({ collection: 'services', id })
    expect(Date.parse(doc.verification!.verifiedAt!)).toBeGreaterThanOrEqual(started - 1000)
    expect(doc.verification!.verifiedHow).toBe('visit')
    expect(doc.verification!.verifiedBy).toBe(editor.email)
    expect((await countNeedsChecking(cms.payload)).needsChecking).toBe(before.needsChecking - 1)
    // A change to a service rebuilds the site: its number is on pages and PDFs.
    const status = await readBuildStatus(cms.payload)
    expect(
      status.pendingTriggers.some((t) => t.collection === 'services' && t.slug === 'almaty-shelter'),
    ).toBe(true)
  })

  it('is refused to anonymous readers and translators, and to an unknown method, changing nothing', async () => {
    const id = await idOf('shymkent-legal-clinic')
    const before = await cms.payload.findByID({ collection: 'services', id })
    const anonymous = await cms.rest.request('POST', `/services/${id}/verify`, { body: { how: 'phone' } })
    expect(anonymous.status).toBe(403)
    const byTranslator = await cms.rest.request('POST', `/services/${id}/verify`, {
      body: { how: 'phone' },
      token: translatorToken,
    })
    expect(byTranslator.status).toBe(403)
    const badMethod = await cms.rest.request('POST', `/services/${id}/verify`, {
      body: { how: 'guessed' },
      token: editorToken,
    })
    expect(badMethod.status).toBe(400)
    expect(badMethod.body.error).toContain('phone, visit, organisation')
    const after = await cms.payload.findByID({ collection: 'services', id })
    expect(after.verification).toEqual(before.verification)
  })

  it('never shows who verified to the public API', async () => {
    const id = await idOf('almaty-shelter')
    const anonymous = await cms.rest.request('GET', `/services/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body.verification.verifiedAt).toBeTruthy()
    expect(anonymous.body.verification.verifiedBy).toBeUndefined()
    expect(JSON.stringify(anonymous.body)).not.toContain(editor.email)
  })
})

describe('needs checking', () => {
  it('counts services past the period (site settings, default 90 days) and those off the site past twice it', async () => {
    // Demo ages: 95, 100, 150 days (stale) and 190, 200, never (expired); almaty-shelter (120) was verified above.
    const counts = await countNeedsChecking(cms.payload)
    expect(counts).toEqual({ period: 90, needsChecking: 6, offSite: 3 })
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: { servicesVerificationDays: 30, _status: 'published' } as never,
    })
    const shorter = await countNeedsChecking(cms.payload)
    expect(shorter.period).toBe(30)
    expect(shorter.needsChecking).toBeGreaterThan(counts.needsChecking)
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      data: { servicesVerificationDays: null, _status: 'published' } as never,
    })
  })
})

describe('export', () => {
  it('keeps fresh and stale services, leaves expired ones out naming why, and drops who verified', async () => {
    const reader = await openLocalReader({ payload: cms.payload })
    const { input, leftOut } = await collectSnapshot(reader)
    const slugs = input.services.map((s) => s.slug)
    expect(slugs).toContain('almaty-shelter')
    expect(slugs).toContain('astana-legal-clinic')
    for (const gone of ['almaty-labour-inspection', 'dushanbe-legal-clinic', 'astana-shelter'])
      expect(slugs).not.toContain(gone)
    expect(leftOut).toContain(
      'services/astana-shelter/*/verification.verifiedAt: never verified, more than 180 days ago; left off the site until verified again',
    )
    expect(
      leftOut.some((l) =>
        l.startsWith('services/almaty-labour-inspection/*/verification.verifiedAt: last verified'),
      ),
    ).toBe(true)
    expect(Object.keys(input.services[0]!.translations).sort()).toEqual([...localeCodes].sort())
    expect(JSON.stringify(input.services)).not.toContain('demo seed')
    expect(JSON.stringify(input.services)).not.toContain(editor.email)
  })

  it('takes the hotline’s number from the service it points at: change it once, in the directory', async () => {
    const id = await idOf('almaty-hotline')
    await cms.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { hotline: { label: 'Hotline', service: id, phone: null }, _status: 'published' } as never,
    })
    const reader = await openLocalReader({ payload: cms.payload })
    expect((await collectSnapshot(reader)).input.globals.siteSettings.hotlinePhone).toBe('+7 700 000 0002')
    await cms.payload.update({
      collection: 'services',
      id,
      data: { phones: [{ number: '+7 700 000 0099' }] },
    })
    expect((await collectSnapshot(reader)).input.globals.siteSettings.hotlinePhone).toBe('+7 700 000 0099')
  })
})

describe('the needs-checking box', () => {
  it('says in the editor’s admin language how many services need checking, with the link to them', async () => {
    const { needsChecking } = await countNeedsChecking(cms.payload)
    const user = (await cms.payload.find({ collection: 'users', where: { email: { equals: editor.email } } }))
      .docs[0]!
    const render = async (language: 'kk' | 'uz') =>
      renderToStaticMarkup(
        (await NeedsCheckingList({
          payload: cms.payload,
          user: { ...user, collection: 'users' },
          i18n: (await getLocalI18n({ config: cms.payload.config, language: language as never })) as never,
        }))!,
      )
    const kk = await render('kk')
    expect(kk).toContain(`Көмек анықтамалығы: тексеру керек қызметтер: ${needsChecking}`)
    expect(kk).toContain('Барлық қызметтерді көрсету')
    expect(await render('uz')).toContain('Tekshirish kerak boʻlgan xizmatlarni koʻrsatish')
  })
})

describe('a leaflet’s "where to get help"', () => {
  it('takes a contact’s number from the service it points at, and follows the directory when it changes', async () => {
    const id = await idOf('almaty-legal-clinic')
    const leaflet = await cms.payload.create({
      collection: 'leaflets',
      locale: 'en',
      data: {
        ...leafletData('help-from-the-directory', 'en'),
        contacts: [{ label: 'Free legal advice', service: id }],
        _status: 'published',
      } as never,
    })
    const phoneOfContact = async () => {
      const { input } = await collectSnapshot(await openLocalReader({ payload: cms.payload }))
      const entry = input.leaflets.find((l) => l.slug === 'help-from-the-directory')!
      return entry.translations.en!.contacts[0]!.phone
    }
    const service = await cms.payload.findByID({ collection: 'services', id, depth: 0 })
    expect(await phoneOfContact()).toBe(service.phones![0]!.number)
    await cms.payload.update({
      collection: 'services',
      id,
      data: { phones: [{ number: '+7 700 000 0098' }] },
    })
    expect(await phoneOfContact()).toBe('+7 700 000 0098')
    await cms.payload.delete({ collection: 'leaflets', id: leaflet.id })
  })
})

describe('ageing without edits', () => {
  it('asks for a rebuild on the day a service passes the period or twice the period, and not on other days', async () => {
    const now = new Date()
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
    await cms.payload.create({
      collection: 'services',
      locale: 'en',
      data: {
        slug: 'turns-stale-today',
        organisation: 'Demo',
        name: 'Turns stale today',
        kind: 'health',
        country: 'KZ',
        city: 'aktau',
        demo: true,
        verification: { verifiedAt: daysAgo(90.5), verifiedHow: 'phone' },
      },
    })
    await cms.payload.create({
      collection: 'services',
      locale: 'en',
      data: {
        slug: 'leaves-today',
        organisation: 'Demo',
        name: 'Leaves the site today',
        kind: 'health',
        country: 'KZ',
        city: 'aktau',
        demo: true,
        verification: { verifiedAt: daysAgo(180.5), verifiedHow: 'phone' },
      },
    })
    expect((await rebuildForServiceAges(cms.payload, now)).sort()).toEqual([
      'leaves-today',
      'turns-stale-today',
    ])
    const status = await readBuildStatus(cms.payload)
    expect(status.pendingTriggers.some((t) => t.source === 'schedule' && t.collection === 'services')).toBe(
      true,
    )
    expect(await rebuildForServiceAges(cms.payload, new Date(now.getTime() + 3 * 86_400_000))).toEqual([])
  })
})
