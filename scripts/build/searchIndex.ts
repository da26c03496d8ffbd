import fs from 'node:fs/promises'
import path from 'node:path'

import { localeCodes, type LocaleCode } from '@jol/content-schemas'

import pMap from 'p-map'

import { closeIndexer, indexPart, searchIndexKey } from '../../site/src/integrations/search'
import { SEARCHED_MARK } from '../../site/src/lib/page-notes'
import type { PagesManifest } from '../../site/src/lib/render-plan'
import { pagesManifestOf, readPagesManifest } from './incremental'
import { indexedContent } from './indexedContent'

/**
 * The search index of a release, one index per locale (Pagefind keeps one per language anyway): a
 * locale whose pages give Pagefind the same content as in the live release (see `indexedContent`),
 * and whose index there was made by the same indexer (`searchIndexKey`: Pagefind's version, Jol's
 * options), reuses the live release's index files as hard links; the others are indexed again, at
 * the same time. A full build reuses the same way (its pages are all rendered, but Pagefind reads
 * what it read before); a locale indexed again gives the same files as reused ones would, so every
 * build gives the files of a build from nothing. What each locale's run wrote is recorded beside the
 * release (`<release>.search.json`) for the next build. A live release in doubt (a page or an index
 * file missing or unreadable) only makes the locale be indexed again.
 */

interface LocaleIndex {
  /** What made this index (`searchIndexKey`): an index made otherwise is not reused. */
  key: string
  /** Pagefind's entry file of this locale's run (its `languages` are merged into the release's). */
  entry: { languages: Record<string, unknown> } & Record<string, unknown>
  /** Files under `pagefind/` this locale's run wrote, shared ones (the scripts, the UI) included. */
  files: string[]
}
type SearchRecord = Partial<Record<LocaleCode, LocaleIndex>>

export const searchRecordOf = (release: string): string => `${release}.search.json`

/** A record's entry for a locale that the index made with `key` could be reused from, if any. */
function reusableEntry(entry: unknown, key: string): LocaleIndex | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined
  const { key: made, entry: file, files } = entry as Partial<Record<keyof LocaleIndex, unknown>>
  const wellFormed =
    typeof file === 'object' &&
    file !== null &&
    typeof (file as { languages?: unknown }).languages === 'object' &&
    (file as { languages?: unknown }).languages !== null &&
    Array.isArray(files) &&
    files.every((name) => typeof name === 'string')
  return made === key && wellFormed ? (entry as LocaleIndex) : undefined
}

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

type RecordedPage = PagesManifest['pages'][string] | undefined

/**
 * Whether the releases' page records tell that Pagefind reads the same of a page in both: the same
 * bytes, or neither searched (a list page, a fallback page). False when they cannot tell (a page
 * without a note, or one whose searched text may have changed): then the files are read.
 */
function sameByRecords(now: RecordedPage, before: RecordedPage): boolean {
  if (now?.digest === undefined || before?.digest === undefined) return false
  return now.digest === before.digest || (!now.searched && !before.searched)
}

/**
 * Whether Pagefind would read anything different of the locale's pages than of the live
 * release's: a page added or removed that is indexed, or a page whose indexed content changed.
 * `carried` pages (by the release's page record) are hard links to the live release's, the same
 * by definition, and so are pages whose records note the same bytes (see `sameByRecords`); of the
 * others, files with the same inode or the same bytes are the same too; only the rest are parsed.
 * The records describe what the live release's index was made from, so a full build of an
 * unchanged snapshot reads no page. `read` counts the pages read.
 */
async function localeChanged(
  release: string,
  live: string,
  locale: LocaleCode,
  records: { release?: PagesManifest | undefined; live?: PagesManifest | undefined },
  carried: Set<string>,
  read: { pages: number },
): Promise<boolean> {
  const [now, before] = await Promise.all([
    htmlUnder(release, locale, records.release),
    htmlUnder(live, locale, records.live),
  ])
  const [inNow, inBefore] = [new Set(now), new Set(before)]
  const recorded = (record: PagesManifest | undefined, file: string): RecordedPage =>
    record?.pages[`${locale}/${file}`]
  const compared = [
    ...now.filter((f) => !inBefore.has(f)).map((f) => ({ file: f, only: release, record: records.release })),
    ...before.filter((f) => !inNow.has(f)).map((f) => ({ file: f, only: live, record: records.live })),
    ...now
      .filter(
        (f) =>
          inBefore.has(f) &&
          !carried.has(`${locale}/${f}`) &&
          !sameByRecords(recorded(records.release, f), recorded(records.live, f)),
      )
      .map((f) => ({ file: f, only: undefined, record: undefined })),
  ]
  let changed = false
  // Many small file-system calls at once keep libuv's threads busy; the first change ends it.
  await pMap(
    compared,
    async ({ file, only, record }) => {
      if (changed) return
      if (only) {
        // Added or removed: it matters only if search reads it.
        if (recorded(record, file)?.searched === false) return
        read.pages++
        if ((await indexedOf(path.join(only, locale, file))) !== undefined) changed = true
        return
      }
      const [a, b] = [path.join(release, locale, file), path.join(live, locale, file)]
      const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)])
      if (statA.ino === statB.ino) return
      read.pages++
      const [bytesA, bytesB] = await Promise.all([fs.readFile(a), fs.readFile(b)])
      if (bytesA.equals(bytesB)) return
      // Neither indexed (a list page, a fallback page): nothing Pagefind reads, nothing to parse.
      if (!bytesA.includes(SEARCHED_MARK) && !bytesB.includes(SEARCHED_MARK)) return
      if (indexedContent(bytesA.toString('utf8')) !== indexedContent(bytesB.toString('utf8'))) changed = true
    },
    { concurrency: 32 },
  )
  return changed
}

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

/**
 * Hard-links (or moves) `files` from `from` into `to`; a file already there is the same in every run.
 * The files it put there are added to `made`, whole also when it throws (every file is tried first).
 */
async function bring(
  files: string[],
  from: string,
  to: string,
  how: 'link' | 'rename',
  made: string[] = [],
): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(to, file))))
  await Promise.all([...folders].map((folder) => fs.mkdir(folder, { recursive: true })))
  await pMap(
    files,
    async (file) => {
      const target = path.join(to, file)
      try {
        await fs[how](path.join(from, file), target)
        made.push(target)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    },
    { concurrency: 32, stopOnError: false },
  )
}

/** Whether every one of `files` is under `dir` (any missing or unreadable: no). */
const allThere = async (dir: string, files: string[]): Promise<boolean> =>
  (
    await pMap(
      files,
      (file) =>
        fs.stat(path.join(dir, file)).then(
          (stat) => stat.isFile(),
          () => false,
        ),
      { concurrency: 32 },
    )
  ).every(Boolean)

export interface SearchReport {
  indexed: LocaleCode[]
  reused: LocaleCode[]
  pages: number
  /** Pages read to tell whether a locale's index can be reused (the page records told the rest). */
  pagesRead: number
  ms: number
}

/** What a build did with the search index, for its log and the benchmarks. */
export const searchLine = (report: SearchReport): string =>
  `search index: ${report.indexed.join(', ') || 'no locale'} indexed again (${report.pages} pages), ${report.reused.join(', ') || 'no locale'} reused (${report.pagesRead} pages read to tell), in ${report.ms} ms`

/**
 * Writes `release/pagefind/`, reusing what it can from `live`, the live release: an incremental
 * build's pages are carried over from it, a full build's are all rendered (`undefined`: nothing to
 * reuse, a build from nothing). `pages`: both releases' page records, when the caller has them in
 * hand (else they are read).
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
  const key = searchIndexKey()
  const previous = live ? await readSearchRecord(live) : undefined
  // What the live release's record offers to reuse: its locales indexed the way this build indexes.
  const offered = localeCodes.map((locale) => reusableEntry(previous?.[locale], key))
  const from = live && offered.some(Boolean) ? live : undefined
  const out = path.join(release, 'pagefind')
  await fs.mkdir(out, { recursive: true })
  const record: SearchRecord = {}
  const report: SearchReport = { indexed: [], reused: [], pages: 0, pagesRead: 0, ms: 0 }
  const read = { pages: 0 }
  const records = from
    ? {
        release: options.pages?.release ?? (await readPagesManifest(pagesManifestOf(release))),
        live: options.pages?.live ?? (await readPagesManifest(pagesManifestOf(from))),
      }
    : {}
  const carried = carriedPages(records.release)
  /** The live release's index of `locale`, linked into this one, if it can be reused. */
  const reuse = async (locale: LocaleCode, before: LocaleIndex | undefined) => {
    if (!from || !before) return undefined
    try {
      if (await localeChanged(release, from, locale, records, carried, read)) return undefined
    } catch {
      // A page the decision reads is missing or unreadable: the live release is in doubt.
      return undefined
    }
    // Every file of the index there, before any is linked.
    if (!(await allThere(path.join(from, 'pagefind'), before.files))) return undefined
    const made: string[] = []
    try {
      await bring(before.files, path.join(from, 'pagefind'), out, 'link', made)
    } catch {
      // Gone since it was checked: the links made for it go, and the locale is indexed again (its
      // run writes the shared files again, the ones taken back included).
      await Promise.all(made.map((file) => fs.rm(file, { force: true })))
      return undefined
    }
    return before
  }
  /** Indexes `locale` again, beside the release's index, then moves its files in: shared files are the same in every run. */
  const index = async (locale: LocaleCode) => {
    const outputPath = path.join(release, `.pagefind-${locale}`)
    const { pages } = await indexPart(release, { glob: `${locale}/**/*.html`, outputPath })
    const entryFile = path.join(outputPath, 'pagefind-entry.json')
    const entry = JSON.parse(await fs.readFile(entryFile, 'utf8')) as LocaleIndex['entry']
    await fs.rm(entryFile)
    const files = await filesUnder(outputPath)
    await bring(files, outputPath, out, 'rename')
    await fs.rm(outputPath, { recursive: true, force: true })
    return { index: { key, entry, files }, pages }
  }
  // Each locale goes its own way at once (one after the other when asked, `sequential`): a locale to
  // index again starts as soon as it is known, while the others are still being told apart and linked
  // (Pagefind runs in a process of its own). Every locale ends, whether or not one failed, before the
  // shared service is closed; then the first failure is thrown.
  const outcomes = await pMap(
    localeCodes,
    async (locale, n) => {
      const reused = await reuse(locale, offered[n])
      return reused ? { index: reused, pages: undefined } : await index(locale)
    },
    { concurrency: options.sequential ? 1 : Infinity, stopOnError: false },
  )
    .catch((error: unknown) => {
      throw error instanceof AggregateError ? error.errors[0] : error
    })
    .finally(closeIndexer)
  for (const [n, { index: made, pages }] of outcomes.entries()) {
    const locale = localeCodes[n]!
    record[locale] = made
    if (pages === undefined) report.reused.push(locale)
    else {
      report.indexed.push(locale)
      report.pages += pages
    }
  }
  report.pagesRead = read.pages
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
