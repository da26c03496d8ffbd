import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { previewWorkRoot, siteUrl } from '@jol/content-schemas/deployment'
import { previewTexts } from '@jol/cms/i18n/previewTexts'
import { previewsRenderedCount, previewWorkerPid, stopPreviewWorker } from '@jol/cms/preview/runPreview'
import { exportSnapshot } from '@jol/scripts/export/buildSnapshot'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import {
  createUser,
  leafletData,
  lexicalParagraph,
  newsletterData,
  postData,
  pressReleaseData,
  sampleText,
} from '../support/fixtures'
import { fingerprint } from '../support/fingerprint'

/**
 * The Preview button's endpoint, end to end: the real CMS on its own database, the real preview
 * program (export conversion → one-entry snapshot → Astro build → Typst), through the route handler
 * the running CMS serves.
 */

let cms: TestCms
let editorToken: string
let translatorToken: string
let liveSnapshot: string
let printCache: string
let leafletId: number | string
let postId: number | string
const draftTitle = 'Жаңы долбоор: мектепке каттоо акысыз'
const publishedKy = `${sampleText.ky} (preview-leaflet)`

/** GET through the CMS's own REST route handler; the raw response (a PDF is bytes, not text). */
async function get(pathAndQuery: string, token?: string, adminLanguage?: string): Promise<Response> {
  const url = new URL(`http://localhost/api${pathAndQuery}`)
  const slug = url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  // The admin language an editor chose on their account page, as the admin's cookie carries it.
  if (adminLanguage) headers.set('Cookie', `payload-lng=${adminLanguage}`)
  return REST_GET(cms.config)(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}

const login = async (email: string, password: string) => {
  const { body } = await cms.rest.login(email, password)
  if (!body.token) throw new Error(`could not sign in as ${email}`)
  return body.token
}

let before: { snapshot: Record<string, string>; printCache: Record<string, string> }

beforeAll(async () => {
  const dir = path.join((await import('node:os')).tmpdir(), `jol-preview-test-${process.pid}`)
  liveSnapshot = path.join(dir, 'live-snapshot')
  printCache = path.join(dir, 'print-cache')
  cms = await startTestCms({ JOL_SNAPSHOT_DIR: liveSnapshot, JOL_PRINT_CACHE_DIR: printCache })
  const { payload } = cms
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      siteName: 'Every child counts',
      hotline: { label: 'Free hotline', phone: '+7 800 080 1234' },
    } as never,
  })
  await payload.updateGlobal({
    slug: 'press-room',
    locale: 'en',
    data: { boilerplate: lexicalParagraph('Jol helps migrant families.'), mediaContacts: [] } as never,
  })
  await createUser(payload, { email: 'preview-ed@jol.test', password: 'editor-pw-123', role: 'editor' })
  await createUser(payload, {
    email: 'preview-ky@jol.test',
    password: 'kyrgyz-only-please',
    role: 'translator',
    translatorLocales: ['ky'],
  })
  editorToken = await login('preview-ed@jol.test', 'editor-pw-123')
  translatorToken = await login('preview-ky@jol.test', 'kyrgyz-only-please')

  // A leaflet published in English and Kyrgyz, then a newer Kyrgyz draft that is not published.
  const leaflet = await payload.create({
    collection: 'leaflets',
    data: { ...leafletData('preview-leaflet', 'en'), _status: 'published' },
  })
  leafletId = leaflet.id
  const ky = leafletData('preview-leaflet', 'ky')
  await payload.update({
    collection: 'leaflets',
    id: leafletId,
    locale: 'ky',
    data: {
      title: ky.title,
      summary: ky.summary,
      body: ky.body,
      // Rows keep their ids, or the English text in them would be lost (see scripts/seed/translationUpdate.ts).
      keyMessages: (leaflet.keyMessages ?? []).map((row) => ({ ...row, text: sampleText.ky })),
      contacts: (leaflet.contacts ?? []).map((row) => ({ ...row, label: 'Ишеним телефону' })),
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'leaflets',
    id: leafletId,
    locale: 'ky',
    draft: true,
    data: { title: draftTitle },
  })
  // A post written in English only: its Kazakh page falls back.
  postId = (
    await payload.create({
      collection: 'posts',
      data: { ...postData('preview-post', 'en'), _status: 'draft' },
    })
  ).id

  // The live snapshot as a build would leave it, and a print cache with something in it.
  const reader = await openLocalReader({ payload })
  await exportSnapshot(reader, liveSnapshot)
  await fs.mkdir(printCache, { recursive: true })
  await fs.writeFile(path.join(printCache, 'kept.txt'), 'rendered before')
  before = { snapshot: await fingerprint(liveSnapshot), printCache: await fingerprint(printCache) }
  // What a preview stopped half-way two hours ago left behind (the CMS went down during it).
  const stale = path.join(previewWorkRoot, 'preview-stopped-half-way')
  await fs.mkdir(path.join(stale, 'snapshot'), { recursive: true })
  const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
  await fs.utimes(stale, twoHoursAgo, twoHoursAgo)
})
afterAll(async () => {
  stopPreviewWorker()
  await cms?.close()
  await fs.rm(path.dirname(liveSnapshot), { recursive: true, force: true })
})

const expectPrivate = (response: Response) => {
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
}

describe('the Preview button', () => {
  it('points the edit screen of each previewable kind at its preview, in the locale being edited', async () => {
    const previewOf = (slug: string) => cms.config.collections.find((c) => c.slug === slug)?.admin.preview
    const req = { payload: cms.payload } as never
    for (const slug of ['leaflets', 'press-releases', 'newsletters', 'posts'])
      expect(await previewOf(slug)?.({ id: 7 }, { locale: 'tg', req, token: null })).toBe(
        `/api/${slug}/7/preview?locale=tg`,
      )
    // A document not saved yet has nothing to preview; a campaign's page gathers other entries: none.
    expect(await previewOf('leaflets')?.({}, { locale: 'tg', req, token: null })).toBeNull()
    expect(previewOf('campaigns')).toBeUndefined()
  })
})

describe('preview of a draft', () => {
  it('refuses an anonymous request, rendering nothing', async () => {
    const response = await get(`/leaflets/${leafletId}/preview?locale=ky`)
    expect(response.status).toBe(401)
    expectPrivate(response)
    const body = await response.text()
    expect(body).toBe(previewTexts.en.signIn)
    expect(body).not.toContain(draftTitle)
  })

  it("shows a translator the unpublished Kyrgyz draft on the site's own page, marked private", async () => {
    const response = await get(`/leaflets/${leafletId}/preview?locale=ky`, translatorToken)
    expect(response.status).toBe(200)
    expectPrivate(response)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await response.text()
    expect(html).toContain(`<h1>${draftTitle}</h1>`)
    expect(html).not.toContain(publishedKy)
    expect(html).toMatch(/<html lang="ky"/)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    // The banner, in the editor's admin language (English unless they chose another).
    expect(html).toContain(previewTexts.en.banner)
    // The stylesheet travels with the page; no asset is left pointing at the CMS's origin.
    expect(html).toMatch(/<style>[^<]*\.site-header/)
    expect(html).not.toMatch(/["'\s,]\/_astro\//)
    // Links to the site's other pages lead to the public site, not into the CMS.
    expect(html).toContain(`href="${new URL(siteUrl()).origin}/ky/leaflets/"`)
    // (The banner's own link, to the PDF's preview, is the CMS's.)
    expect(html).not.toMatch(/\s(href|action)="\/(?!\/|api\/)/)
    expect(html).toContain(`/api/leaflets/${leafletId}/preview?locale=ky&amp;format=pdf`)
  })

  it('is not in the public API nor in the live snapshot', async () => {
    const { body } = await cms.rest.request('GET', `/leaflets/${leafletId}?locale=ky`)
    expect(body.title).toBe(publishedKy)
    expect(await fs.readFile(path.join(liveSnapshot, 'leaflets.json'), 'utf8')).not.toContain(draftTitle)
  })

  it("renders the leaflet's PDF from the draft", async () => {
    const response = await get(`/leaflets/${leafletId}/preview?locale=ky&format=pdf`, editorToken)
    expect(response.status).toBe(200)
    expectPrivate(response)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await response.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const file = path.join(cms.dir, 'preview.pdf')
    await fs.writeFile(file, pdf)
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'])
    expect(stdout.replace(/\s+/g, ' ')).toContain(draftTitle)
    expect(stdout).not.toContain(publishedKy)
  })

  it('shows the fallback notice for a locale without text', async () => {
    const response = await get(`/posts/${postId}/preview?locale=kk`, editorToken)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('data-fallback-notice')
    expect(html).toMatch(/<html lang="kk"/)
    expect(html).toContain(postData('preview-post', 'en').title)
  })

  it('shows a press release and a newsletter from their unpublished drafts, each on its own page', async () => {
    const release = await cms.payload.create({
      collection: 'press-releases',
      data: { ...pressReleaseData('preview-release', 'ru'), _status: 'draft' },
      locale: 'ru',
    })
    const newsletter = await cms.payload.create({
      collection: 'newsletters',
      data: {
        ...newsletterData('preview-issue', 'tg', 41, { relationTo: 'leaflets', value: leafletId }),
        _status: 'draft',
      } as never,
      locale: 'tg',
    })
    const pages = [
      {
        url: `/press-releases/${release.id}/preview?locale=ru`,
        lang: 'ru',
        path: '/ru/press/',
        text: 'preview-release',
      },
      {
        url: `/newsletters/${newsletter.id}/preview?locale=tg`,
        lang: 'tg',
        path: '/tg/newsletters/',
        text: 'preview-issue',
      },
    ]
    for (const page of pages) {
      const response = await get(page.url, editorToken)
      expect(response.status, page.url).toBe(200)
      expectPrivate(response)
      const html = await response.text()
      expect(html).toMatch(new RegExp(`<html lang="${page.lang}"`))
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
      expect(html).toContain(page.text)
      expect(html).toContain(`href="${new URL(siteUrl()).origin}${page.path}"`)
    }
    // Drafts: not in the public API.
    const { body } = await cms.rest.request('GET', `/press-releases/${release.id}?locale=ru`)
    expect(body.title).toBeUndefined()
  })

  it('names the field of a draft that does not validate', async () => {
    await cms.payload.update({
      collection: 'posts',
      id: postId,
      locale: 'en',
      draft: true,
      data: { excerpt: '' },
    })
    const response = await get(`/posts/${postId}/preview?locale=en`, editorToken)
    expect(response.status).toBe(422)
    expectPrivate(response)
    const html = await response.text()
    expect(html).toContain(previewTexts.en.invalidTitle)
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toMatch(/posts\/preview-post\/en\/excerpt: /)

    // In the editor's admin language: Kazakh words, Kazakh `lang`.
    const inKazakh = await (await get(`/posts/${postId}/preview?locale=en`, editorToken, 'kk')).text()
    expect(inKazakh).toContain(previewTexts.kk.invalidTitle)
    expect(inKazakh).toContain(previewTexts.kk.banner)
    expect(inKazakh).toMatch(/<html lang="kk"/)
  })

  it('refuses a careless or hostile request before rendering anything', async () => {
    const rendered = previewsRenderedCount()
    const cases: [string, number][] = [
      [`/leaflets/${leafletId}/preview?locale=xx`, 400],
      [`/leaflets/${leafletId}/preview?locale=ky&format=exe`, 400],
      [`/posts/${postId}/preview?locale=en&format=pdf`, 400],
      [`/leaflets/999999/preview?locale=ky`, 404],
      [`/leaflets/${encodeURIComponent("1' OR 1=1")}/preview?locale=ky`, 404],
    ]
    for (const [url, status] of cases) {
      const response = await get(url, editorToken)
      expect(response.status, url).toBe(status)
      expectPrivate(response)
    }
    expect(previewsRenderedCount()).toBe(rendered)
  })

  it('answers a hundred identical requests at once with one render (two if the first had started)', async () => {
    const rendered = previewsRenderedCount()
    const url = `/leaflets/${leafletId}/preview?locale=ky`
    const responses = await Promise.all(Array.from({ length: 100 }, () => get(url, editorToken)))
    const bodies = await Promise.all(responses.map((r) => r.text()))
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 200))
    for (const body of bodies) expect(body).toContain(`<h1>${draftTitle}</h1>`)
    // The first may already be rendering when the others arrive: at most two builds.
    expect(previewsRenderedCount() - rendered).toBeLessThanOrEqual(2)
  })

  it('keeps the preview program warm between previews', async () => {
    const pid = previewWorkerPid()
    expect(pid).toBeDefined()
    const response = await get(`/posts/${postId}/preview?locale=en`, editorToken)
    expect(response.status).toBe(422)
    expect(previewWorkerPid()).toBe(pid)
  })

  it('answers a preview that could not be made with a page saying why, and starts the program again next time', async () => {
    const failing = path.join(cms.dir, 'failing-preview.mjs')
    await fs.writeFile(
      failing,
      "console.error('the preview program broke: no Typst today'); process.exit(1)\n",
    )
    process.env.JOL_SITE_PREVIEW_ENTRY = failing
    stopPreviewWorker()
    try {
      const response = await get(`/leaflets/${leafletId}/preview?locale=ky`, editorToken)
      expect(response.status).toBe(500)
      expectPrivate(response)
      const html = await response.text()
      expect(html).toContain(previewTexts.en.failed)
      expect(html).toContain('the preview program broke: no Typst today')
      expect(html).not.toContain(draftTitle)
    } finally {
      delete process.env.JOL_SITE_PREVIEW_ENTRY
    }
    expect(previewWorkerPid()).toBeUndefined()
  })

  it('leaves the live snapshot and the print cache as they were, and no preview folder behind (nor a stale one)', async () => {
    expect(await fingerprint(liveSnapshot)).toEqual(before.snapshot)
    expect(await fingerprint(printCache)).toEqual(before.printCache)
    const left = await fs.readdir(previewWorkRoot).catch(() => [])
    expect(left.filter((name) => name.startsWith('preview-'))).toEqual([])
  })
})
