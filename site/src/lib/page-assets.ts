import { processStore } from './process-store'

/**
 * The `_astro/` files each page links (its pictures, the stylesheet). The page record keeps them
 * (`render-plan.ts`), so a later build that carries a page over links the files it needs from the
 * live release too. They are noted from the HTML as the page is rendered (`middleware.ts` has it in
 * hand anyway): reading 13,000 pages back from disk after a full build took seconds. The notes live
 * on `globalThis`: the middleware (bundled pages) and the record's integration (the config) are
 * separate module graphs in one process.
 */

const ASSET = /\/_astro\/[^"'\s<>),]+/g

/** The `_astro/` files `text` (a page, a feed) links, as paths inside the release, sorted. */
export function assetsIn(text: string): string[] {
  return [...new Set([...text.matchAll(ASSET)].map((match) => match[0].slice(1)))].sort()
}

const noted = processStore('pageAssets', () => new Map<string, string[]>())

/** `/en/x/` and `/en/x` are one page. */
const pageOf = (pathname: string) => pathname.replace(/\/+$/, '') || '/'

/** Notes the assets of the page at `pathname` from its HTML, as rendered by this build. */
export function noteAssets(pathname: string, html: string): void {
  noted.set(pageOf(pathname), assetsIn(html))
}

/** The assets noted for the page at `pathname` by this build, if it rendered it. */
export const notedAssets = (pathname: string): string[] | undefined => noted.get(pageOf(pathname))

/** Forgets every note: a build starts. */
export function clearNotedAssets(): void {
  noted.clear()
}
