import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import sitemap from '@astrojs/sitemap'
import type { SitemapOptions } from '@astrojs/sitemap'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultLocale, localeCodes, locales } from '@jol/content-schemas'

import type { SiteConfig } from '../../../site/src/config'
import { languageVersions, rootAsXDefault, sitemapOptions } from '../../../site/src/lib/sitemap'
import { leaflet, snapshotOf } from './snapshots'

/**
 * Jol matches a page's language versions for the sitemap itself, in one pass, instead of with the
 * `i18n` option of `@astrojs/sitemap`, which compares every URL with every other. The sitemap must
 * not change: the integration is run both ways on the same pages and the files must be the same bytes.
 */

const SITE = 'https://jol.test'
let dir: string
const config: SiteConfig = {
  snapshotDir: path.join('/nonexistent', `jol-sitemap-${process.pid}`),
  siteUrl: SITE,
  cmsUrl: 'https://cms.jol.test',
  outDir: '/tmp/x',
  timeZone: 'Asia/Almaty',
  printCacheDir: '/tmp/c',
}
// A leaflet in three languages: its pages in the other three are fallback copies, left out.
const snapshot = snapshotOf({ leaflets: [leaflet('water', '2025-01-01', ['en', 'ru', 'kk'])] })

/** Where `loadSnapshot` keeps a snapshot it has read: the filter runs after the build has read it. */
function keepLoaded() {
  const key = Symbol.for('jol.site.snapshot')
  const store = ((globalThis as Record<symbol, unknown>)[key] ??= {
    pending: new Map(),
    loaded: new Map(),
  }) as {
    loaded: Map<string, unknown>
  }
  store.loaded.set(path.resolve(config.snapshotDir), snapshot)
}

/** Pages as a build lists them: the chooser, home pages, paginated lists past 9, entries in some languages. */
function pages(): string[] {
  const list = ['', 'about-jol/']
  for (const code of localeCodes) {
    list.push(`${code}/`, `${code}/search/`, `${code}/leaflets/water/`, `${code}/help/`)
    for (let n = 2; n <= 12; n++) list.push(`${code}/leaflets/${n}/`)
  }
  list.push('ru/blog/only-in-russian/', 'kk/topics/work/', 'ky/topics/work/', 'uz/topics/work/')
  return list
}

/** Runs the integration as Astro would at the end of a build; the files it wrote, by name. */
async function writtenWith(options: SitemapOptions, out: string): Promise<Map<string, string>> {
  await fs.mkdir(out, { recursive: true })
  const integration = sitemap(options)
  const hooks = integration.hooks as Record<string, (params: unknown) => Promise<void> | void>
  const logger = { info() {}, warn() {}, error() {} }
  await hooks['astro:routes:resolved']!({ routes: [] })
  await hooks['astro:config:done']!({
    config: { site: SITE, base: '/', trailingSlash: 'always', build: { format: 'directory' } },
  })
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${out}/`),
    pages: pages().map((pathname) => ({ pathname })),
    logger,
  })
  const files = new Map<string, string>()
  for (const name of await fs.readdir(out)) files.set(name, await fs.readFile(path.join(out, name), 'utf8'))
  return files
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-sitemap-'))
  keepLoaded()
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the sitemap’s language versions', () => {
  it('are the same bytes as the integration’s own i18n matching gives', async () => {
    const ours = await writtenWith(sitemapOptions(config), path.join(dir, 'ours'))
    const theirs = await writtenWith(
      {
        i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l.code, l.tag])) },
        serialize: (item) => rootAsXDefault(item, SITE),
        filter: sitemapOptions(config)!.filter!,
      },
      path.join(dir, 'theirs'),
    )
    expect([...ours.keys()].sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml'])
    expect(ours).toEqual(theirs)
    // Not vacuous: the sitemap has language versions, and leaves fallback copies out of them.
    const xml = ours.get('sitemap-0.xml')!
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="uz-Latn" href="${SITE}/uz/leaflets/12/"/>`)
    expect(xml).toContain(`hreflang="x-default" href="${SITE}/"`)
    expect(xml).not.toContain(`${SITE}/uz/leaflets/water/`)
  })

  it('list a page’s versions in the integration’s order (numeric), and none for a page in one language', () => {
    const urls = ['ru/leaflets/10/', 'en/leaflets/10/', 'en/leaflets/9/', 'ru/blog/only/', '', 'en/'].map(
      (p) => `${SITE}/${p}`,
    )
    const versions = languageVersions(urls, SITE)
    expect(versions.get(`${SITE}/ru/leaflets/10/`)).toEqual([
      { url: `${SITE}/en/leaflets/10/`, lang: 'en' },
      { url: `${SITE}/ru/leaflets/10/`, lang: 'ru' },
    ])
    // `/` counts as the default locale's version of the home page, as the integration reads it.
    expect(versions.get(`${SITE}/en/`)).toEqual([
      { url: `${SITE}/`, lang: 'en' },
      { url: `${SITE}/en/`, lang: 'en' },
    ])
    expect(versions.has(`${SITE}/ru/blog/only/`)).toBe(false)
    expect(versions.has(`${SITE}/en/leaflets/9/`)).toBe(false)
  })
})
