import fs from 'node:fs/promises'
import path from 'node:path'

import { localeCodes, type LocaleCode } from '@jol/content-schemas'

import pMap from 'p-map'

import { indexParts } from '../../site/src/integrations/search'
import type { PagesManifest } from '../../site/src/lib/render-plan'
import { pagesManifestOf, readPagesManifest } from './incremental'
import { indexedContent } from './indexedContent'

/**
 * The search index of a release, one index per locale (Pagefind keeps one per language anyway): a
 * locale whose pages give Pagefind the same content as in the live release (see `indexedContent`)
 * reuses the live release's index files as hard links; the others are indexed again, at the same
 * time. A full build indexes every locale the same way, so both give the same files. What each
 * locale's run wrote is recorded beside the release (`<release>.search.json`) for the next build.
 */

interface LocaleIndex {
  /** Pagefind's entry file of this locale's run (its `languages` are merged into the release's). */
  entry: { languages: Record<string, unknown> } & Record<string, unknown>
  /** Files under `pagefind/` this locale's run wrote, shared ones (the scripts, the UI) included. */
  files: string[]
}
type SearchRecord = Partial<Record<LocaleCode, LocaleIndex>>

export const searchRecordOf = (release: string): string => `${release}.search.json`

async function readSearchRecord(release: string): Promise<SearchRecord | undefined> {
  try {
    return JSON.parse(await fs.readFile(searchRecordOf(release), 'utf8')) as SearchRecord
  } catch {
    return undefined
  }
}

/**
 * The HTML pages of a release under `locale/`: from its page record when that names every page
 * (keyed and unkeyed), else by walking the folder (13,000 folders at 1,000 entries: most of a second).
 */
async function htmlUnder(
  root: string,
  locale: LocaleCode,
  record: PagesManifest | undefined,
): Promise<string[]> {
  const prefix = `${locale}/`
  const names = record?.unkeyed
    ? [...Object.keys(record.pages), ...record.unkeyed]
        .filter((file) => file.startsWith(prefix))
        .map((file) => file.slice(prefix.length))
    : await fs.readdir(path.join(root, locale), { recursive: true }).catch(() => [])
  return names.filter((name) => name.endsWith('.html')).sort()
}

/** What Pagefind reads of the page at `file` (`undefined`: not indexed), see `indexedContent`. */
const indexedOf = async (file: string) => indexedContent(await fs.readFile(file, 'utf8'))

/**
 * Whether Pagefind would read anything different of the locale's pages than of the live
 * release's: a page added or removed that is indexed, or a page whose indexed content changed.
 * `carried` pages (by the release's page record) are hard links to the live release's, the same
 * by definition, and so are other files with the same inode; files with the same bytes are the
 * same too; only the others are parsed.
 */
async function localeChanged(
  release: string,
  live: string,
  locale: LocaleCode,
  records: { release?: PagesManifest; live?: PagesManifest },
  carried: Set<string>,
): Promise<boolean> {
  const [now, before] = await Promise.all([
    htmlUnder(release, locale, records.release),
    htmlUnder(live, locale, records.live),
  ])
  const [inNow, inBefore] = [new Set(now), new Set(before)]
  const compared = [
    ...now.filter((f) => !inBefore.has(f)).map((f) => ({ file: f, only: release })),
    ...before.filter((f) => !inNow.has(f)).map((f) => ({ file: f, only: live })),
    ...now
      .filter((f) => inBefore.has(f) && !carried.has(`${locale}/${f}`))
      .map((f) => ({ file: f, only: undefined })),
  ]
  let changed = false
  // Many small file-system calls at once keep libuv's threads busy; the first change ends it.
  await pMap(
    compared,
    async ({ file, only }) => {
      if (changed) return
      if (only) {
        if ((await indexedOf(path.join(only, locale, file))) !== undefined) changed = true
        return
      }
      const [a, b] = [path.join(release, locale, file), path.join(live, locale, file)]
      const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)])
      if (statA.ino === statB.ino) return
      const [bytesA, bytesB] = await Promise.all([fs.readFile(a), fs.readFile(b)])
      if (bytesA.equals(bytesB)) return
      // Neither indexed (a list page, a fallback page): nothing Pagefind reads, nothing to parse.
      if (!bytesA.includes(BODY) && !bytesB.includes(BODY)) return
      if (indexedContent(bytesA.toString('utf8')) !== indexedContent(bytesB.toString('utf8'))) changed = true
    },
    { concurrency: 32 },
  )
  return changed
}

const BODY = 'data-pagefind-body'

/** The release's pages carried over from the live release (hard links), by its page record. */
const carriedPages = (record: PagesManifest | undefined): Set<string> =>
  new Set(
    Object.entries(record?.pages ?? {})
      .filter(([, page]) => !page.rendered)
      .map(([file]) => file),
  )

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Hard-links (or moves) `files` from `from` into `to`; a file already there is the same in every run. */
async function bring(files: string[], from: string, to: string, how: 'link' | 'rename'): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(to, file))))
  await Promise.all([...folders].map((folder) => fs.mkdir(folder, { recursive: true })))
  await pMap(
    files,
    async (file) => {
      const target = path.join(to, file)
      try {
        await fs[how](path.join(from, file), target)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    },
    { concurrency: 32 },
  )
}

export interface SearchReport {
  indexed: LocaleCode[]
  reused: LocaleCode[]
  pages: number
  ms: number
}

/** What a build did with the search index, for its log and the benchmarks. */
export const searchLine = (report: SearchReport): string =>
  `search index: ${report.indexed.join(', ') || 'no locale'} indexed again (${report.pages} pages), ${report.reused.join(', ') || 'no locale'} reused, in ${report.ms} ms`

/**
 * Writes `release/pagefind/`, reusing what it can from `live` (the release it carries pages from).
 * `pages`: both releases' page records, when the caller has them in hand (else they are read).
 */
export async function indexRelease(
  release: string,
  live: string | undefined,
  options: {
    sequential?: boolean
    pages?: { release?: PagesManifest; live?: PagesManifest | undefined }
  } = {},
): Promise<SearchReport> {
  const started = performance.now()
  const previous = live ? await readSearchRecord(live) : undefined
  const out = path.join(release, 'pagefind')
  await fs.mkdir(out, { recursive: true })
  const record: SearchRecord = {}
  const report: SearchReport = { indexed: [], reused: [], pages: 0, ms: 0 }
  const records = live
    ? {
        release: options.pages?.release ?? (await readPagesManifest(pagesManifestOf(release))),
        live: options.pages?.live ?? (await readPagesManifest(pagesManifestOf(live))),
      }
    : {}
  const carried = carriedPages(records.release)
  const reusable = await Promise.all(
    localeCodes.map(async (locale) =>
      live && previous?.[locale] && !(await localeChanged(release, live, locale, records, carried))
        ? previous[locale]
        : undefined,
    ),
  )
  for (const [n, locale] of localeCodes.entries()) {
    const before = reusable[n]
    if (!before || !live) continue
    await bring(before.files, path.join(live, 'pagefind'), out, 'link')
    record[locale] = before
    report.reused.push(locale)
  }
  report.indexed = localeCodes.filter((_, n) => !reusable[n])
  // Each locale written beside the release's index, then moved in: shared files are the same in every run.
  const runs = report.indexed.map((locale) => ({
    locale,
    glob: `${locale}/**/*.html`,
    outputPath: path.join(release, `.pagefind-${locale}`),
  }))
  const counts = options.sequential
    ? await pMap(runs, (run) => indexParts(release, [run]).then(([count]) => count!), { concurrency: 1 })
    : await indexParts(release, runs)
  for (const [n, run] of runs.entries()) {
    report.pages += counts[n]!.pages
    const entryFile = path.join(run.outputPath, 'pagefind-entry.json')
    const entry = JSON.parse(await fs.readFile(entryFile, 'utf8')) as LocaleIndex['entry']
    await fs.rm(entryFile)
    const files = await filesUnder(run.outputPath)
    await bring(files, run.outputPath, out, 'rename')
    await fs.rm(run.outputPath, { recursive: true, force: true })
    record[run.locale] = { entry, files }
  }
  // One entry file naming every locale's index, in the same order whatever was reused.
  const entries = localeCodes.flatMap((locale) => (record[locale] ? [record[locale].entry] : []))
  const languages = Object.fromEntries(
    entries.flatMap((entry) => Object.entries(entry.languages)).sort(([a], [b]) => a.localeCompare(b)),
  )
  await fs.writeFile(path.join(out, 'pagefind-entry.json'), JSON.stringify({ ...entries[0], languages }))
  await fs.writeFile(searchRecordOf(release), JSON.stringify(record))
  report.ms = Math.round(performance.now() - started)
  return report
}
