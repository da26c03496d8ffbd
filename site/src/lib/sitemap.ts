import type { SitemapOptions } from '@astrojs/sitemap'
import { defaultLocale, locales, type LocaleCode } from '@jol/content-schemas'

import type { SiteConfig } from '../config'
import { fallbackPaths } from './pages'
import { loadedSnapshot } from './snapshot'

/**
 * The sitemap lists real pages only: fallback pages are left out, so the i18n alternates the
 * sitemap derives from the remaining URLs are real translations too. Search and thank-you pages have no content.
 */
export function sitemapOptions(config: SiteConfig): SitemapOptions {
  let excluded: Set<string> | undefined
  return {
    i18n: {
      defaultLocale,
      locales: Object.fromEntries(locales.map((l) => [l.code, l.tag])) as Record<LocaleCode, string>,
    },
    filter: (url) => {
      // Runs after the build, when the integration has already read the snapshot.
      excluded ??= fallbackPaths(loadedSnapshot(config.snapshotDir))
      const { pathname } = new URL(url)
      return !excluded.has(pathname) && !/^\/[^/]+\/(search|feedback\/thanks|ask\/thanks)\/$/.test(pathname)
    },
  }
}
