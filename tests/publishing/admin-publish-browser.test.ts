import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { isolatedDemoEnv } from '@jol/scripts/demo/isolatedEnv'

import { adminPage, launchChromium } from '../support/browser'
import { lexicalParagraph, pdfFile, pngFile } from '../support/fixtures'
import { freePort, signalGroup, startServer, type Server } from '../support/processes'

/**
 * The whole product as `pnpm demo` runs it (CMS in `next dev` with its jobs queue, the static server
 * on SITE_PORT): an editor changes a Kyrgyz leaflet title in the admin and publishes, and the new
 * title is served in Kyrgyz (page and PDF); then a broken entry makes a build fail, which the admin
 * shows while the previous site stays served.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const slug = 'your-child-has-the-right-to-school'
const admin = { email: 'admin@jol.local', password: 'jol-demo-admin' }
let dir: string
let demo: Server | undefined
let browser: Browser | undefined
let cmsBase: string
let siteBase: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-demo-'))
  const [port, sitePort] = [await freePort(), await freePort()]
  cmsBase = `http://localhost:${port}`
  siteBase = `http://127.0.0.1:${sitePort}`
  demo = await startServer('pnpm', ['--silent', 'demo'], {
    cwd: repoRoot,
    env: {
      ...isolatedDemoEnv(dir, { cms: port, site: sitePort }),
      JOL_REBUILD_QUIET_MS: '500',
      NO_COLOR: '1',
    },
    url: `${cmsBase}/api/users/me`,
    timeoutMs: 900_000,
  })
  browser = await launchChromium()
  // The demo seeds and builds the whole site before it answers: minutes, more on a busy machine.
}, 1_200_000)

const hasExited = () => demo?.child.exitCode !== null || demo?.child.signalCode !== null

/** What Ctrl-C in the terminal does: SIGINT to the command's process group. */
async function interruptDemo(): Promise<void> {
  const child = demo?.child
  if (!child || hasExited() || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  signalGroup(child.pid, 'SIGINT')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))])
}

afterAll(async () => {
  await browser?.close()
  await interruptDemo()
  if (demo && !hasExited()) await demo.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 600_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`timed out waiting for ${what}\n${demo?.output().slice(-3000)}`)
}

const sitePage = async (urlPath: string) => {
  const response = await fetch(`${siteBase}${urlPath}`)
  return { status: response.status, text: await response.text() }
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${cmsBase}/admin/login`)
  await page.locator('#field-email').fill(admin.email)
  await page.locator('#field-password').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
}

async function api<T = any>(method: string, urlPath: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${cmsBase}/api${urlPath}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

it('publishes a Kyrgyz title from the admin to the live site, and lists what a build left out', async () => {
  // The demo built a first site before starting the CMS.
  expect((await sitePage(`/ky/leaflets/${slug}/`)).status).toBe(200)
  const token = (
    await (
      await fetch(`${cmsBase}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(admin),
      })
    ).json()
  ).token as string
  const leaflet = (
    await api<{ docs: { id: number }[] }>('GET', `/leaflets?where[slug][equals]=${slug}&depth=0`, token)
  ).docs[0]!

  const page = await adminPage(browser!)
  await signIn(page)

  // The editor's part: open the leaflet in Kyrgyz, change the title, publish.
  const newTitle = `Балаңыздын мектепке укугу ${Date.now().toString(36)}`
  await page.goto(`${cmsBase}/admin/collections/leaflets/${leaflet.id}?locale=ky`)
  const title = page.locator('#field-title')
  await title.fill(newTitle)
  await page.getByRole('button', { name: /publish changes/i }).click()
  await page
    .locator('.payload-toast-container')
    .getByText(/success/i)
    .first()
    .waitFor()

  // Nobody runs a command: the CMS's queue rebuilds and the static server serves the new title.
  const livePage = await waitFor('the new Kyrgyz title on the live site', async () => {
    const got = await sitePage(`/ky/leaflets/${slug}/`)
    return got.text.includes(newTitle) ? got.text : undefined
  })
  expect(livePage).toMatch(/<html[^>]* lang="ky"/)
  // The leaflet's PDF, rebuilt in the same build, has the new title too.
  const pdf = await fetch(`${siteBase}/ky/leaflets/${slug}.pdf`)
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
  const file = path.join(dir, 'leaflet.pdf')
  await fs.writeFile(file, Buffer.from(await pdf.arrayBuffer()))
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-'])
  expect(stdout.replace(/\s+/g, ' ')).toContain(newTitle)

  // The dashboard says the site is live, with the change that triggered the build and a link.
  await page.goto(`${cmsBase}/admin`)
  const panel = page.locator('[data-site-build-state]')
  await expect
    .poll(async () => (await page.reload(), panel.getAttribute('data-site-build-state')), {
      timeout: 600_000,
      interval: 1000,
    })
    .toBe('succeeded')
  expect(await page.getByTestId('site-build-triggers').textContent()).toContain(
    `leaflets/${slug} (ky): update`,
  )
  expect(await page.getByTestId('site-build-link').getAttribute('href')).toBe(
    `http://localhost:${new URL(siteBase).port}`,
  )

  // Now a bad entry, through the API. A PDF placed where the English text expects a picture is
  // refused at save time, naming the field …
  const upload = async (file: { data: Buffer; mimetype: string; name: string }, id?: number) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    if (id === undefined)
      form.append('_payload', JSON.stringify({ alt: 'A picture', credit: 'Jol', licence: 'CC0 1.0' }))
    const response = await fetch(`${cmsBase}/api/media${id === undefined ? '' : `/${id}`}`, {
      method: id === undefined ? 'POST' : 'PATCH',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(response.ok, await response.clone().text()).toBe(true)
    return ((await response.json()) as { doc: { id: number } }).doc.id
  }
  const withMedia = (id: number) => {
    const body = lexicalParagraph('A text with a document where a picture should be.')
    body.root.children.push({
      type: 'upload',
      relationTo: 'media',
      value: id,
      fields: {},
      version: 3,
    } as never)
    return body
  }
  const refused = await fetch(`${cmsBase}/api/leaflets/${leaflet.id}?locale=en`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ body: withMedia(await upload(pdfFile('a-document.pdf'))), _status: 'published' }),
  })
  expect(refused.status).toBe(400)
  expect(await refused.text()).toMatch(/a-document\.pdf.*not a picture/)
  // … but a picture whose file is later replaced by a PDF still reaches the build.
  const picture = await upload(await pngFile('soon-a-document.png'))
  await api('PATCH', `/leaflets/${leaflet.id}?locale=en`, token, {
    body: withMedia(picture),
    _status: 'published',
  })
  await upload(pdfFile('not-a-picture.pdf'), picture)

  // The build succeeds without the picture, and the dashboard lists what it left out and why.
  // (The seeded photo without recorded consent is listed from the first build on.) The leaflet's
  // edit and the file's replacement may give two builds: wait for one that finished with the PDF.
  const leftOut = page.getByTestId('site-build-left-out')
  const finishedWithThePdf = async () => {
    await page.reload()
    const state = await panel.getAttribute('data-site-build-state')
    const listed = (await leftOut.count()) ? ((await leftOut.textContent()) ?? '') : ''
    return state === 'succeeded' && listed.includes(`leaflets/${slug}/en/body`)
  }
  await expect.poll(finishedWithThePdf, { timeout: 600_000, interval: 1000 }).toBe(true)
  expect(await leftOut.textContent()).toContain('not a picture')
  // The "Public site" page (the status global, read-only) says the same.
  await page.goto(`${cmsBase}/admin/globals/site-build`)
  await page.getByTestId('site-build-left-out').waitFor()
  // … and the rest of the leaflet, with the Kyrgyz title, is what readers get.
  const stillLive = await sitePage(`/ky/leaflets/${slug}/`)
  expect(stillLive.status).toBe(200)
  expect(stillLive.text).toContain(newTitle)
}, 1_800_000)

it('stops the CMS and the static server on Ctrl-C', async () => {
  await interruptDemo()
  expect(hasExited()).toBe(true)
  const answers = (url: string) =>
    fetch(url).then(
      () => true,
      () => false,
    )
  await waitFor(
    'the CMS and the site to stop answering',
    async () =>
      !(await answers(`${cmsBase}/api/users/me`)) && !(await answers(`${siteBase}/`)) ? true : undefined,
    30_000,
  )
})
