import fs from 'node:fs'
import path from 'node:path'

import type { Snapshot } from '@jol/content-schemas'

import { clearPageNotes, notedPage, type PageNote } from './page-notes'
import { processStore } from './process-store'
import { hashOf, siteWideKey } from './page-keys'

/**
 * Which pages this build renders. Every keyed `getStaticPaths` passes its paths through `planned`:
 * a path whose key equals the live release's (read from `JOL_PREVIOUS_PAGES`) is left out of the
 * build and carried over by the build pipeline (`scripts/build/incremental.ts`); every path is
 * recorded with its key, and the record is written at the end of the build (`JOL_PAGES_OUT`) for the
 * pipeline and the next build. Without `JOL_PREVIOUS_PAGES` every path is rendered (a full build).
 * The store lives on `globalThis`: Astro evaluates the config (the integration writing the record)
 * and the bundled pages as separate module graphs in one process.
 */

export interface PlannedPage {
  /** The page's URL path (`/en/leaflets/x/`, `/en/leaflets/x.pdf`). */
  path: string
  key: string
  /** Rendered by this build; otherwise carried over from the live release. */
  rendered: boolean
}

/** What a build writes to `JOL_PAGES_OUT`: every keyed page by the file it is written to. */
export interface PagesManifest {
  fingerprint: string
  /** With the page's note (its `_astro/` files, digest…), when the build or the pipeline made one (see `page-notes.ts`). */
  pages: Record<string, PlannedPage & Partial<PageNote>>
  /**
   * The files of the pages without a key (home pages, 404), rendered by every build: with `pages`,
   * every page of the release, so the search step need not walk its folders (seconds at 1,000 entries).
   */
  unkeyed?: string[]
}

interface PlanStore {
  fingerprint: string
  previous?: PagesManifest
  pages: Map<string, PlannedPage>
  /** A record read ahead of the build (see `readRecordAhead`), with the file's stamp then. */
  ahead?: { file: string; stamp: string; record: PagesManifest }
}

export const planStore = processStore<PlanStore>('renderPlan', () => ({ fingerprint: '', pages: new Map() }))

/** The file's identity and last change, to tell whether a record read ahead is still what is on disk. */
function stampOf(file: string): string {
  const stat = fs.statSync(file, { bigint: true })
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`
}

/**
 * Reads the page record of the release just published, which the next build will be given as the
 * live release's (`JOL_PREVIOUS_PAGES`), ahead of it: a spare build does this while it waits (4 MB
 * of JSON at 1,000 entries, ~50 ms). A build takes it only if the file is unchanged since.
 */
export function readRecordAhead(file: string): boolean {
  try {
    const stamp = stampOf(file)
    planStore.ahead = { file, stamp, record: JSON.parse(fs.readFileSync(file, 'utf8')) as PagesManifest }
    return true
  } catch {
    delete planStore.ahead
    return false
  }
}

/** Called once by the integration when the build starts. */
export function startPlan(fingerprint: string, previousFile: string | undefined): void {
  planStore.fingerprint = fingerprint
  planStore.pages.clear()
  clearPageNotes()
  delete planStore.previous
  const ahead = planStore.ahead
  delete planStore.ahead
  if (previousFile) {
    try {
      planStore.previous =
        ahead?.file === previousFile && ahead.stamp === stampOf(previousFile)
          ? ahead.record
          : (JSON.parse(fs.readFileSync(previousFile, 'utf8')) as PagesManifest)
    } catch (error) {
      throw new Error(`The live release's page record ${previousFile} cannot be read: ${String(error)}`, {
        cause: error,
      })
    }
  }
}

type Params = Record<string, string | number | undefined>

/**
 * The URL path and output file of `route` (`/[locale]/leaflets/[slug].pdf`) with `params`: pages are
 * written as `<path>/index.html` (build.format 'directory'), endpoints as their own file name.
 */
export function outputOf(route: string, params: Params): { path: string; file: string } {
  const segments = route
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.replace(/\[(?:\.\.\.)?([a-z]+)\]/gi, (_, name: string) => {
        const value = params[name]
        return value === undefined ? '' : String(value)
      }),
    )
    .filter(Boolean)
  const last = segments.at(-1) ?? ''
  if (last.includes('.')) return { path: `/${segments.join('/')}`, file: segments.join('/') }
  const path = `/${segments.join('/')}/`.replace(/\/+$/, '/')
  return { path, file: [...segments, 'index.html'].join('/') }
}

/** The live release's record, when its pages were built by the same code (else nothing is carried). */
const comparablePrevious = (): PagesManifest | undefined =>
  planStore.previous?.fingerprint === planStore.fingerprint ? planStore.previous : undefined

/** `paths` of `route` without those the live release already has with the same key. */
export function planned<T extends { params: Params }>(
  snapshot: Snapshot,
  route: string,
  paths: readonly T[],
  pageData: (path: T) => unknown,
): T[] {
  const siteWide = siteWideKey(snapshot, planStore.fingerprint)
  const previous = comparablePrevious()
  return paths.filter((item) => {
    const { path, file } = outputOf(route, item.params)
    const key = hashOf([siteWide, route, pageData(item)])
    const rendered = previous?.pages[file]?.key !== key
    planStore.pages.set(file, { path, key, rendered })
    return rendered
  })
}

/**
 * A file of the build that no route writes (the sitemap, written by its integration once the pages
 * are): recorded like a page, carried over from the live release when its key is the same.
 */
export function recordFile(file: string, page: PlannedPage): void {
  planStore.pages.set(file, page)
}

/** The live release's recorded files whose path matches `pattern` (same build fingerprint only). */
export const previousFiles = (pattern: RegExp): [string, PlannedPage][] =>
  Object.entries(comparablePrevious()?.pages ?? {}).filter(([, page]) => pattern.test(page.path))

/** URL paths of the pages Astro wrote (`built`, its `pages`) that no keyed route planned. */
function unkeyedPaths(built: readonly string[]): string[] {
  const keyed = new Set([...planStore.pages.values()].map((page) => page.path))
  return built
    .map((pathname) => `/${pathname.replace(/^\/+/, '')}`)
    .filter((pathname) => !keyed.has(pathname))
}

/** Every URL path this build's release will hold: keyed pages (rendered or carried) and unkeyed ones. */
export const releasePaths = (built: readonly string[]): string[] =>
  [...new Set([...[...planStore.pages.values()].map((page) => page.path), ...unkeyedPaths(built)])].sort()

/** A planned path that turned out to have nothing to write (a document that could not be made). */
export function forgetPlanned(route: string, params: Params): void {
  planStore.pages.delete(outputOf(route, params).file)
}

/** URL paths of the live release's keyed HTML pages (the sitemap lists carried-over pages from it). */
export const previousPagePaths = (): string[] =>
  Object.entries(planStore.previous?.pages ?? {})
    .filter(([file]) => file.endsWith('.html'))
    .map(([, page]) => page.path)

/** Whether a keyed page of the live release is gone from this build (deleted, unpublished). */
export function droppedFromPlan(path: string): boolean {
  if (!planStore.previous) return false
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)
  return file in planStore.previous.pages && !planStore.pages.has(file)
}

/**
 * The line the site build prints (then a JSON array of files) once every `getStaticPaths` has run,
 * before any page is written, when `JOL_ANNOUNCE_CARRIED` is set: the pipeline links those pages
 * into the new release while the build renders the others (`scripts/build/incremental.ts`).
 */
export const CARRIED_PAGES_LINE = 'JOL_CARRIED_PAGES '

/**
 * The files of carried-over pages that no path of this build (`renderedPathnames`, Astro's) can
 * write, so linking them early can never have Astro write through a link into the live release. A
 * page writes `<path>/index.html` or `<path>.html`, an endpoint its own name; a file two routes
 * claim is left for the end of the build, where the pipeline finds it taken and builds in full.
 */
export function carriedFiles(renderedPathnames: Iterable<string>): string[] {
  const writable = new Set<string>()
  for (const pathname of renderedPathnames) {
    const name = pathname.replace(/^\/+|\/+$/g, '')
    writable.add(name)
    writable.add(name === '' ? 'index.html' : `${name}/index.html`)
    writable.add(`${name}.html`)
  }
  return [...planStore.pages]
    .filter(([file, page]) => !page.rendered && !writable.has(file))
    .map(([file]) => file)
}

/** The record of this build; `built` are the URL paths of the pages Astro wrote (its `pages`). */
export function planRecord(built: readonly string[], outDir: string): PagesManifest {
  const unkeyed = unkeyedPaths(built).flatMap((pathname) => {
    // `/en/` is written as `en/index.html`, `/404/` as `404.html`, an endpoint under its own name.
    const name = pathname.slice(1)
    const bare = name.replace(/\/$/, '')
    const candidates = name === '' ? ['index.html'] : [`${bare}/index.html`, `${bare}.html`, bare]
    const file = candidates.find((candidate) =>
      fs.statSync(path.join(outDir, candidate), { throwIfNoEntry: false })?.isFile(),
    )
    return file ? [file] : []
  })
  // A rendered page's note, made as it was rendered; without one the pipeline reads the file for its pictures.
  const withNote = ([file, page]: [string, PlannedPage]): [string, PagesManifest['pages'][string]] => {
    const note = page.rendered ? notedPage(page.path) : undefined
    return [file, note ? { ...page, ...note } : page]
  }
  return {
    fingerprint: planStore.fingerprint,
    pages: Object.fromEntries([...planStore.pages].sort(([a], [b]) => a.localeCompare(b)).map(withNote)),
    unkeyed: [...new Set(unkeyed)].sort(),
  }
}
