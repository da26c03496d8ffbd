import type { SitemapOptions } from '@astrojs/sitemap'
import { defaultLocale, isLocaleCode } from '@jol/content-schemas'

import type { SiteConfig } from '../config'
import { tagOf } from './locale'
import { fallbackPaths } from './pages'
import { droppedFromPlan, previousPagePaths } from './render-plan'
import { loadedSnapshot } from './snapshot'

/** A language version of a page, as the sitemap's `xhtml:link` lists it. */
interface LanguageLink {
  url: string
  lang: string
}

/**
 * The sitemap lists real pages only: fallback pages are left out, so the language versions matched
 * from the remaining URLs are real translations too. Search and thank-you pages have no content.
 *
 * Language versions are matched here rather than by the integration's `i18n` option, which compares
 * every URL with every other (about 0.2 s of each publish at 1,000 entries): the same rule in one
 * pass, the same links in the same order (see `languageVersions`).
 */
export function sitemapOptions(config: SiteConfig): SitemapOptions {
  let excluded: Set<string> | undefined
  // The integration filters every URL before it serializes the first one.
  const kept: string[] = []
  let versions: Map<string, LanguageLink[]> | undefined
  return {
    serialize: (item) => {
      versions ??= languageVersions(kept, config.siteUrl)
      const links = versions.get(item.url)
      // `/` is the language chooser: matched as English, it would be called English a second time.
      return rootAsXDefault(links ? { ...item, links } : item, config.siteUrl)
    },
    // An incremental build renders only what changed: the pages it carries over are listed from the
    // live release's record, and those gone from this build are filtered out below.
    customPages: previousPagePaths().map((p) => new URL(p, config.siteUrl).href),
    filter: (url) => {
      // Runs after the build, when the integration has already read the snapshot.
      excluded ??= fallbackPaths(loadedSnapshot(config.snapshotDir))
      const { pathname } = new URL(url)
      const keep =
        !droppedFromPlan(pathname) &&
        !excluded.has(pathname) &&
        !/^\/[^/]+\/(search|feedback\/thanks|ask\/thanks)\/$/.test(pathname)
      if (keep) kept.push(url)
      return keep
    },
  }
}

/**
 * Each URL's language versions, for URLs that have more than one: the URLs whose path is the same
 * once the locale prefix is taken off (`/` and a path without a locale count as the default
 * locale's), in the integration's order (`localeCompare`, numeric). This is the rule of
 * `@astrojs/sitemap`'s `i18n` option, kept byte for byte (tests/site/lib/sitemap.test.ts).
 */
export function languageVersions(urls: string[], siteUrl: string): Map<string, LanguageLink[]> {
  const base = new URL('/', siteUrl).href
  const byPath = new Map<string, LanguageLink[]>()
  // One collator: `localeCompare` with a locale and options makes one per comparison (~0.1 s here).
  const { compare } = new Intl.Collator('en', { numeric: true })
  for (const url of [...urls].sort(compare)) {
    if (!url.startsWith(base)) continue
    const rest = `/${url.slice(base.length)}`
    const segment = rest.split('/')[1]!
    const locale = isLocaleCode(segment) ? segment : undefined
    const pathKey = locale ? rest.slice(1 + locale.length) || '/' : rest
    const group = byPath.get(pathKey) ?? []
    group.push({ url, lang: tagOf(locale ?? defaultLocale) })
    byPath.set(pathKey, group)
  }
  const versions = new Map<string, LanguageLink[]>()
  for (const group of byPath.values())
    if (group.length > 1) for (const { url } of group) versions.set(url, group)
  return versions
}

/**
 * The sitemap matches `/` (no locale prefix) as the default locale, so `/` and `/en/` both came out
 * as `hreflang="en"`. `/` is the language chooser: `x-default`, as the pages themselves say.
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
