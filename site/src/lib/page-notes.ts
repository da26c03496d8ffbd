import { hash } from 'node:crypto'

import { processStore } from './process-store'

/**
 * What the page record keeps of each page as it was rendered (`render-plan.ts`), noted from the HTML
 * the middleware has in hand anyway (reading 13,000 pages back from disk after a full build took
 * seconds):
 * - its `_astro/` files (pictures, the stylesheet), so a later build that carries the page over links
 *   the files it needs from the live release too;
 * - the SHA-256 of its bytes and whether search reads it at all, so the search step can tell that a
 *   locale's pages give Pagefind what they gave it before from the records alone, without reading
 *   both releases' pages (most of a second at 1,000 entries).
 * The notes live on `globalThis`: the middleware (bundled pages) and the record's integration (the
 * config) are separate module graphs in one process.
 */
export interface PageNote {
  assets: string[]
  /** SHA-256 (base64) of the file's bytes as written. */
  digest: string
  /** The page has a `data-pagefind-body` element: without one, Pagefind reads nothing of it. */
  searched: boolean
}

/** The attribute that makes Pagefind index a page (see the site's search integration). */
export const SEARCHED_MARK = 'data-pagefind-body'

const ASSET = /\/_astro\/[^"'\s<>),]+/g

/** The `_astro/` files `text` (a page, a feed) links, as paths inside the release, sorted. */
export function assetsIn(text: string): string[] {
  return [...new Set([...text.matchAll(ASSET)].map((match) => match[0].slice(1)))].sort()
}

const noted = processStore('pageNotes', () => new Map<string, PageNote>())

/** `/en/x/` and `/en/x` are one page. */
const pageOf = (pathname: string) => pathname.replace(/\/+$/, '') || '/'

/** Notes the page at `pathname` from its HTML as written (`bytes`: the same, encoded, when in hand). */
export function notePage(pathname: string, html: string, bytes: Uint8Array | string = html): void {
  noted.set(pageOf(pathname), {
    assets: assetsIn(html),
    digest: hash('sha256', bytes, 'base64'),
    searched: html.includes(SEARCHED_MARK),
  })
}

/** The note of the page at `pathname` made by this build, if it rendered it. */
export const notedPage = (pathname: string): PageNote | undefined => noted.get(pageOf(pathname))

/** Forgets every note: a build starts. */
export function clearPageNotes(): void {
  noted.clear()
}
