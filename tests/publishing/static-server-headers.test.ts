import fs from 'node:fs/promises'
import path from 'node:path'

import { standaloneConfig, serverBlock } from '@jol/scripts/serve/nginxConf'
import { contentSecurityPolicy } from '@jol/scripts/serve/policy'
import { startSiteServer, type SiteServer } from '@jol/scripts/serve/staticServer'
import { deployedNginxConf, deployedNginxOptions } from '@jol/scripts/serve/writeNginxConf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeFixtureSnapshot } from '../fixtures/snapshot'
import { launchChromium } from '../support/browser'
import { startNginx, type Nginx } from '../support/nginx'
import { freePort } from '../support/processes'
import { generousCeilingMs } from '../support/wait'
import { buildSite, listFiles, type BuiltSite } from '../site/support'

/**
 * The built site served by real nginx (with the configuration generated from the serving policy)
 * and by the demo's static server: the same content types, caching and security headers.
 */

let site: BuiltSite
let nginx: Nginx | undefined
let demo: SiteServer | undefined
let pdfPath: string | undefined
let zipPath: string | undefined
let assetPath: string
let feedPath: string

beforeAll(async () => {
  site = await buildSite(writeFixtureSnapshot)
  if (site.code !== 0) throw new Error(`site build failed:\n${site.output.slice(-3000)}`)
  // nginx's workers must be able to read the temporary folders.
  await fs.chmod(site.root, 0o755)
  const rel = (file: string) => `/${path.relative(site.outDir, file).split(path.sep).join('/')}`
  assetPath = rel(
    (await listFiles(path.join(site.outDir, '_astro'), '.css'))[0] ??
      (await listFiles(path.join(site.outDir, '_astro'), ''))[0]!,
  )
  feedPath = rel((await listFiles(site.outDir, 'rss.xml'))[0]!)
  const pdf = (await listFiles(site.outDir, '.pdf'))[0]
  pdfPath = pdf ? rel(pdf) : undefined
  const zip = (await listFiles(site.outDir, '.zip'))[0]
  zipPath = zip ? rel(zip) : undefined
  nginx = await startNginx(path.join(site.root, 'nginx'), (port) =>
    standaloneConfig({
      root: site.outDir,
      listen: `127.0.0.1:${port}`,
      tempDir: path.join(site.root, 'nginx'),
    }),
  )
  demo = await startSiteServer({ root: site.outDir, port: await freePort() })
})

afterAll(async () => {
  nginx?.stop()
  await demo?.close()
  if (site) await fs.rm(site.root, { recursive: true, force: true })
})

it('ships deploy/nginx/jol.conf as generated from the serving policy', async () => {
  expect(await fs.readFile(deployedNginxConf, 'utf8'), 'run `pnpm deploy:nginx`').toBe(
    serverBlock(deployedNginxOptions),
  )
})

it('builds pages that need nothing the Content Security Policy forbids (no inline script or style)', async () => {
  for (const file of await listFiles(site.outDir, '.html')) {
    const html = await fs.readFile(file, 'utf8')
    expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i)
    expect(html, file).not.toMatch(/<style[\s>]/i)
    expect(html, file).not.toMatch(/\sstyle="/i)
    expect(html, file).not.toMatch(/\son[a-z]+="/i)
  }
})

describe.each([
  ['nginx', () => nginx!.base],
  ['the demo server', () => demo!.url],
])('served by %s', (_name, base) => {
  const get = (urlPath: string, init?: RequestInit) => fetch(`${base()}${urlPath}`, init)

  const expectSecurityHeaders = (response: Response) => {
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
  }

  it('serves a page as UTF-8 HTML, revalidated on every visit', async () => {
    for (const urlPath of ['/', '/en/', '/ky/leaflets/']) {
      const response = await get(urlPath)
      expect(response.status, urlPath).toBe(200)
      expect(response.headers.get('content-type')?.replace(/\s/g, '')).toBe('text/html;charset=utf-8')
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
      expectSecurityHeaders(response)
      expect(await response.text()).toContain('<html')
    }
  })

  it('caches a hashed asset for a year', async () => {
    const response = await get(assetPath)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    if (assetPath.endsWith('.css'))
      expect(response.headers.get('content-type')?.replace(/\s/g, '')).toBe('text/css;charset=utf-8')
    expectSecurityHeaders(response)
  })

  it('serves a feed as RSS', async () => {
    const response = await get(feedPath)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')?.replace(/\s/g, '')).toBe('application/rss+xml;charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expectSecurityHeaders(response)
    expect(await response.text()).toContain('<rss')
  })

  it('serves a leaflet PDF as a PDF', async () => {
    expect(pdfPath, 'the build made no PDF').toBeDefined()
    const response = await get(pdfPath!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expectSecurityHeaders(response)
  })

  it('serves a press kit as a ZIP', async () => {
    expect(zipPath, 'the build made no press kit').toBeDefined()
    const response = await get(zipPath!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    expectSecurityHeaders(response)
  })

  it('answers an unknown path with the 404 page and the same headers', async () => {
    const response = await get('/en/no-such-page/')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')?.replace(/\s/g, '')).toBe('text/html;charset=utf-8')
    expectSecurityHeaders(response)
    expect(await response.text()).toContain('<html')
  })

  it('does not serve files outside the site', async () => {
    // The snapshot sits beside the built site in this test's folder.
    for (const urlPath of ['/..%2fsnapshot/manifest.json', '/%2e%2e/snapshot/manifest.json']) {
      const response = await get(urlPath)
      expect([400, 404], urlPath).toContain(response.status)
      expect(await response.text()).not.toContain('"generatedAt"')
    }
  })

  it('answers a conditional request with 304 once the page is cached', async () => {
    const first = await get('/en/')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await get('/en/', { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
  })
})

it(
  'shows the pages and runs the search in Chromium without a single CSP violation',
  async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
      })
      for (const urlPath of ['/', '/en/', '/ky/leaflets/', '/en/search/']) {
        await page.goto(`${nginx!.base}${urlPath}`)
      }
      // The search page loads Pagefind, which compiles WebAssembly: allowed by 'wasm-unsafe-eval' only.
      // Searching must really run under the policy: results are listed, all in the page's language.
      await page.goto(`${nginx!.base}/en/search/?q=school`)
      await page.waitForSelector('[data-search-results] li a', { timeout: generousCeilingMs })
      const links = await page.$$eval('[data-search-results] li a', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      )
      expect(links.length).toBeGreaterThan(0)
      for (const link of links) expect(link.startsWith('/en/')).toBe(true)
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  },
  generousCeilingMs,
)
