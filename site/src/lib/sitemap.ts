import type { SitemapOptions } from '@astrojs/sitemap'
import { defaultLocale, locales, type LocaleCode } from '@jol/content-schemas'

import type { SiteConfig } from '../config'
import { fallbackPaths } from './pages'
import { droppedFromPlan, previousPagePaths } from './render-plan'
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
    // `/` is the language chooser: the sitemap's derived alternates would call it English a second time.
    serialize: (item) => rootAsXDefault(item, config.siteUrl),
    // An incremental build renders only what changed: the pages it carries over are listed from the
    // live release's record, and those gone from this build are filtered out below.
    customPages: previousPagePaths().map((p) => new URL(p, config.siteUrl).href),
    filter: (url) => {
      // Runs after the build, when the integration has already read the snapshot.
      excluded ??= fallbackPaths(loadedSnapshot(config.snapshotDir))
      const { pathname } = new URL(url)
      if (droppedFromPlan(pathname)) return false
      return !excluded.has(pathname) && !/^\/[^/]+\/(search|feedback\/thanks|ask\/thanks)\/$/.test(pathname)
    },
  }
}

/**
 * The sitemap integration reads `/` (no locale prefix) as the default locale, so `/` and `/en/` both
 * came out as `hreflang="en"`. `/` is the language chooser: `x-default`, as the pages themselves say.
 */
export function rootAsXDefault<
  T extends { url: string; links?: { url: string; lang: string }[] | undefined },
>(item: T, siteUrl: string): T {
  if (!item.links) return item
  const root = new URL('/', siteUrl).href
  return {
    ...item,
    links: item.links.map((link) => (link.url === root ? { ...link, lang: 'x-default' } : link)),
  }
}
