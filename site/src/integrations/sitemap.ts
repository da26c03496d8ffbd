import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

import sitemap from '@astrojs/sitemap'
import type { AstroIntegration } from 'astro'

import type { SiteConfig } from '../config'
import { hashOf, siteWideKey } from '../lib/page-keys'
import { fallbackPaths } from '../lib/pages'
import { planStore, previousFiles, recordFile, releasePaths } from '../lib/render-plan'
import { sitemapOptions } from '../lib/sitemap'
import { loadedSnapshot } from '../lib/snapshot'

/** The files `@astrojs/sitemap` writes: `sitemap-index.xml`, then `sitemap-0.xml`, `sitemap-1.xml`… */
const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/
const SITEMAP_PATH = /^\/sitemap-(index|\d+)\.xml$/

/**
 * `@astrojs/sitemap`, keyed like a page. The sitemap shows only which pages exist and which of them
 * are fallbacks (no dates): while those and the build's code and settings are the same as the live
 * release's, its files are carried over (the pipeline links them) instead of written again, about a
 * second of every publish at 1,000 entries. Must run before `jol:render-plan` writes the record.
 */
export function jolSitemap(config: SiteConfig): AstroIntegration {
  const inner = sitemap(sitemapOptions(config))
  return {
    ...inner,
    name: 'jol:sitemap',
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        const snapshot = loadedSnapshot(config.snapshotDir)
        const key = hashOf([
          siteWideKey(snapshot, planStore.fingerprint),
          config.siteUrl,
          releasePaths(options.pages.map((page) => page.pathname)),
          [...fallbackPaths(snapshot)].sort(),
        ])
        const live = previousFiles(SITEMAP_PATH)
        if (live.length > 0 && live.every(([, page]) => page.key === key)) {
          for (const [file, page] of live) recordFile(file, { ...page, rendered: false })
          options.logger.info(`sitemap: the same pages as the live release's, carried over`)
          return
        }
        await inner.hooks['astro:build:done']?.(options)
        for (const file of fs
          .readdirSync(fileURLToPath(options.dir))
          .filter((name) => SITEMAP_FILE.test(name)))
          recordFile(file, { path: `/${file}`, key, rendered: true })
      },
    },
  }
}
