import fs from 'node:fs/promises'
import path from 'node:path'

import { localeCodes, type LocaleCode } from '@jol/content-schemas'

import { indexSite } from '../../site/src/integrations/search'

/**
 * The search index of a release, one locale at a time (Pagefind keeps one index per language
 * anyway): a locale whose HTML pages are the same as in the live release (same files, same bytes)
 * reuses the live release's index files as hard links; the others are indexed again. A full build
 * indexes every locale the same way, so both give the same files. What each locale's run wrote is
 * recorded beside the release (`<release>.search.json`) for the next build.
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

async function htmlUnder(root: string, locale: LocaleCode): Promise<string[]> {
  const names = await fs.readdir(path.join(root, locale), { recursive: true }).catch(() => [])
  return names.filter((name) => name.endsWith('.html')).sort()
}

/**
 * Pagefind indexes only pages marked `data-pagefind-body` (real translations, the help directory;
 * every locale has its help page, so every locale's run has some): a fallback page that changed does
 * not change the index.
 */
const indexed = async (file: string) => (await fs.readFile(file)).includes('data-pagefind-body')

/** Whether the locale's indexed pages differ from the live release's (hard links are the same by definition). */
async function localeChanged(release: string, live: string, locale: LocaleCode): Promise<boolean> {
  const [now, before] = await Promise.all([htmlUnder(release, locale), htmlUnder(live, locale)])
  const [inNow, inBefore] = [new Set(now), new Set(before)]
  for (const file of now.filter((f) => !inBefore.has(f)))
    if (await indexed(path.join(release, locale, file))) return true
  for (const file of before.filter((f) => !inNow.has(f)))
    if (await indexed(path.join(live, locale, file))) return true
  for (const file of now.filter((f) => inBefore.has(f))) {
    const [a, b] = [path.join(release, locale, file), path.join(live, locale, file)]
    const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)])
    if (statA.ino === statB.ino) continue
    const [bytesA, bytesB] = await Promise.all([fs.readFile(a), fs.readFile(b)])
    if (bytesA.equals(bytesB)) continue
    if (bytesA.includes('data-pagefind-body') || bytesB.includes('data-pagefind-body')) return true
  }
  return false
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  )

export interface SearchReport {
  indexed: LocaleCode[]
  reused: LocaleCode[]
  pages: number
  ms: number
}

/** What a build did with the search index, for its log and the benchmarks. */
export const searchLine = (report: SearchReport): string =>
  `search index: ${report.indexed.join(', ') || 'no locale'} indexed again (${report.pages} pages), ${report.reused.join(', ') || 'no locale'} reused, in ${report.ms} ms`

/** Writes `release/pagefind/`, reusing what it can from `live` (the release it carries pages from). */
export async function indexRelease(release: string, live: string | undefined): Promise<SearchReport> {
  const started = performance.now()
  const previous = live ? await readSearchRecord(live) : undefined
  const out = path.join(release, 'pagefind')
  await fs.mkdir(out, { recursive: true })
  const record: SearchRecord = {}
  const report: SearchReport = { indexed: [], reused: [], pages: 0, ms: 0 }
  for (const locale of localeCodes) {
    const before = previous?.[locale]
    if (live && before && !(await localeChanged(release, live, locale))) {
      for (const file of before.files) {
        const target = path.join(out, file)
        if (await exists(target)) continue
        await fs.mkdir(path.dirname(target), { recursive: true })
        await fs.link(path.join(live, 'pagefind', file), target)
      }
      record[locale] = before
      report.reused.push(locale)
      continue
    }
    // Written beside the release's index, then moved in: shared files are the same in every run.
    const run = path.join(release, `.pagefind-${locale}`)
    const { pages } = await indexSite(release, { glob: `${locale}/**/*.html`, outputPath: run })
    report.pages += pages
    const entryFile = path.join(run, 'pagefind-entry.json')
    const entry = JSON.parse(await fs.readFile(entryFile, 'utf8')) as LocaleIndex['entry']
    await fs.rm(entryFile)
    const files = await filesUnder(run)
    for (const file of files) {
      const target = path.join(out, file)
      if (await exists(target)) continue
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.rename(path.join(run, file), target)
    }
    await fs.rm(run, { recursive: true, force: true })
    record[locale] = { entry, files }
    report.indexed.push(locale)
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
