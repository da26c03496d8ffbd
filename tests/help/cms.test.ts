import { rebuildForServiceAges } from '@jol/cms/collections/Services/ageing'
import { NeedsCheckingList } from '@jol/cms/views/collections/Services/components/NeedsChecking'
import { countNeedsChecking } from '@jol/cms/collections/Services/needsChecking'
import { SiteSettings } from '@jol/cms/globals/SiteSettings'
import { readBuildStatus } from '@jol/cms/publishing/buildStatus'
import { localeCodes } from '@jol/content-schemas'
import { collectSnapshot } from '@jol/scripts/export/buildSnapshot'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { demoServices } from '@jol/scripts/seed/content/services'
import { seedServices } from '@jol/scripts/seed/services'
import { REST_POST } from '@payloadcms/next/routes'
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

describe('doors of the directory', () => {
  const someOf = async (city: string) =>
    (
      await cms.payload.find({
        collection: 'services',
        where: { city: { equals: city } },
        depth: 0,
        limit: 0,
        pagination: false,
      })
    ).docs

  it('refuses anonymous readers and translators every write, single, bulk and in their own locale', async () => {
    const id = await idOf('bishkek-hotline')
    const before = await cms.payload.findByID({ collection: 'services', id, depth: 0 })
    const count = (await cms.payload.count({ collection: 'services' })).totalDocs
    const almatyBefore = await someOf('almaty')
    const forged = { verification: { verifiedAt: new Date().toISOString(), verifiedBy: 'forged' } }
    for (const token of [undefined, translatorToken]) {
      const create = await cms.rest.request('POST', '/services?locale=ky', {
        body: { slug: 'forged', organisation: 'X', name: 'X', kind: 'health', country: 'KZ', city: 'almaty' },
        token,
      })
      expect(create.status).toBe(403)
      const patch = await cms.rest.request('PATCH', `/services/${id}?locale=ky`, {
        body: { name: 'Бузулган', phones: [{ number: '+7 700 000 6666' }], ...forged },
        token,
      })
      expect(patch.status).toBe(403)
      const bulkPatch = await cms.rest.request('PATCH', '/services?locale=ky&where[city][equals]=almaty', {
        body: { phones: [{ number: '+7 700 000 6666' }], ...forged },
        token,
      })
      expect(bulkPatch.body.docs ?? []).toEqual([])
      expect((await cms.rest.request('DELETE', `/services/${id}`, { token })).status).toBe(403)
      const bulkDelete = await cms.rest.request('DELETE', '/services?where[city][equals]=almaty', { token })
      expect(bulkDelete.body.docs ?? []).toEqual([])
    }
    expect((await cms.payload.count({ collection: 'services' })).totalDocs).toBe(count)
    expect(await cms.payload.findByID({ collection: 'services', id, depth: 0 })).toEqual(before)
    expect(await someOf('almaty')).toEqual(almatyBefore)
  })

  it('answers a careless verify clearly: unknown service 404, not JSON 400, a huge body 400 without echoing it', async () => {
    const count = (await cms.payload.count({ collection: 'services' })).totalDocs
    const missing = await cms.rest.request('POST', '/services/999999/verify', {
      body: { how: 'phone' },
      token: editorToken,
    })
    expect(missing.status).toBe(404)
    expect(missing.body.error).toContain('999999')
    const id = await idOf('tashkent-hotline')
    const before = await cms.payload.findByID({ collection: 'services', id, depth: 0 })
    const notJson = await REST_POST(cms.config)(
      new Request(`http://localhost/api/services/${id}/verify`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
        body: '{ how: phone',
      }),
      { params: Promise.resolve({ slug: ['services', String(id), 'verify'] }) },
    )
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { error: string }).error).toContain('JSON')
    const huge = await cms.rest.request('POST', `/services/${id}/verify`, {
      body: { how: 'x'.repeat(2_000_000) },
      token: editorToken,
    })
    expect(huge.status).toBe(400)
    expect(JSON.stringify(huge.body).length).toBeLessThan(500)
    expect(await cms.payload.findByID({ collection: 'services', id, depth: 0 })).toEqual(before)
    expect((await cms.payload.count({ collection: 'services' })).totalDocs).toBe(count)
  })

  it('survives the same verify a hundred times fast: anonymous all refused, an editor’s all recorded once', async () => {
    const id = await idOf('dushanbe-resource-centre')
    const send = (token?: string) =>
      cms.rest.request('POST', `/services/${id}/verify`, { body: { how: 'phone' }, token })
    const anonymous = await Promise.all(Array.from({ length: 100 }, () => send()))
    expect(anonymous.map((r) => r.status)).toEqual(Array(100).fill(403))
    expect(
      (await cms.payload.findByID({ collection: 'services', id, depth: 0 })).verification?.verifiedBy,
    ).not.toBe(editor.email)
    const count = (await cms.payload.count({ collection: 'services' })).totalDocs
    const byEditor = await Promise.all(Array.from({ length: 100 }, () => send(editorToken)))
    expect(byEditor.map((r) => r.status)).toEqual(Array(100).fill(200))
    const doc = await cms.payload.findByID({ collection: 'services', id, depth: 0 })
    expect(doc.verification).toMatchObject({ verifiedHow: 'phone', verifiedBy: editor.email })
    // Nothing half-written: every language's name is still there.
    for (const locale of localeCodes) {
      const inLocale = await cms.payload.findByID({
        collection: 'services',
        id,
        locale,
        fallbackLocale: false,
      })
      expect(inLocale.name, locale).toBeTruthy()
    }
    expect((await cms.payload.count({ collection: 'services' })).totalDocs).toBe(count)
  })

  it('never lets a reader find who verified: not by filtering, not through GraphQL', async () => {
    const filtered = await cms.rest.request(
      'GET',
      `/services?where[verification.verifiedBy][equals]=${encodeURIComponent(editor.email)}`,
    )
    if (filtered.status === 200) expect(filtered.body.totalDocs).toBe(0)
    else expect(filtered.status).toBeGreaterThanOrEqual(400)
    const graphql = await cms.rest.graphql(
      '{ Services(limit: 100) { docs { slug verification { verifiedBy } } } }',
    )
    expect(JSON.stringify(graphql.body)).not.toContain(editor.email)
    // The same filter works for staff: the check above is the field's read access, not a typo.
    const asEditor = await cms.rest.request(
      'GET',
      `/services?where[verification.verifiedBy][equals]=${encodeURIComponent(editor.email)}`,
      { token: editorToken },
    )
    expect(asEditor.body.totalDocs).toBeGreaterThan(0)
  })

  it('lets no translator move the hotline to another service or change the verification period', async () => {
    const settingsBefore = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0 })
    const draftBefore = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0, draft: true })
    const other = await idOf('bishkek-hotline')
    const response = await cms.rest.request('POST', '/globals/site-settings?locale=ky', {
      body: {
        hotline: { label: 'Ишеним телефону', service: other, phone: '+7 700 000 6666' },
        servicesVerificationDays: 1,
      },
      token: translatorToken,
    })
    expect(response.status).toBeLessThan(500)
    for (const draft of [false, true]) {
      const after = await cms.payload.findGlobal({ slug: 'site-settings', depth: 0, draft })
      const was = draft ? draftBefore : settingsBefore
      expect(after.hotline?.service).toEqual(was.hotline?.service)
      expect(after.hotline?.phone).toEqual(was.hotline?.phone)
      expect(after.servicesVerificationDays).toEqual(was.servicesVerificationDays)
    }
    const anonymous = await cms.rest.request('POST', '/globals/site-settings', {
      body: { hotline: { label: 'X', service: other } },
    })
    expect(anonymous.status).toBe(403)
  })

  it('refuses a hotline with neither number nor service, or pointing at a service that does not exist', async () => {
    const neither = await cms.payload
      .updateGlobal({
        slug: 'site-settings',
        locale: 'en',
        data: { hotline: { label: 'Hotline', service: null, phone: null }, _status: 'published' } as never,
      })
      .then(
        () => undefined,
        (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors,
      )
    expect(neither).toEqual([
      expect.objectContaining({
        path: 'hotline.phone',
        message: expect.stringMatching(/hotline needs a phone number, or a service/i),
      }),
    ])
    await expect(
      cms.payload.updateGlobal({
        slug: 'site-settings',
        locale: 'en',
        data: { hotline: { label: 'Hotline', service: 999999, phone: null }, _status: 'published' } as never,
      }),
    ).rejects.toThrow()
    await expect(
      cms.payload.updateGlobal({
        slug: 'site-settings',
        locale: 'en',
        data: { servicesVerificationDays: 0, _status: 'published' } as never,
      }),
    ).rejects.toThrow()
  })

  it('names a mistyped hotline number in the writer’s admin language, like every phone field', async () => {
    const hotline = SiteSettings.fields.find((f) => 'name' in f && f.name === 'hotline') as {
      fields: { name?: string; validate?: (value: unknown, options: unknown) => unknown }[]
    }
    const phone = hotline.fields.find((f) => f.name === 'phone')!
    const kk = await getLocalI18n({ config: cms.payload.config, language: 'kk' as never })
    expect(phone.validate!('abc', { siblingData: {}, req: { t: kk.t } })).toBe(
      '«abc» телефон нөмірі емес (тек сандар, бос орындар, + және дефистер).',
    )
  })
})
