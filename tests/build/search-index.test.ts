import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import { writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'
import { buildPublicSite, type BuildReport } from '@jol/scripts/build/pipeline'
import { liveRelease, releasesDirOf } from '@jol/scripts/build/releases'
import { pagesManifestOf } from '@jol/scripts/build/incremental'
import { indexRelease, searchRecordOf } from '@jol/scripts/build/searchIndex'

import { searchIndexKey } from '../../site/src/integrations/search'
import { buildFixtureSnapshot, fixture } from '../fixtures/snapshot'
import { differences, filesOf } from './support/releaseFiles'

/**
 * The search index of an incremental build: a locale is indexed again only when what Pagefind reads
 * of its pages changed, not when its pages changed in ways search does not see (an entry's date,
 * which a save in any language changes on every language's page). Either way the index equals a
 * build's from nothing byte for byte; and the locales indexed at the same time give the same bytes as
 * one after the other. A full build renders every page but reuses the index the same way; a locale
 * whose index the live release holds made otherwise (another Pagefind), or not whole, is indexed again.
 */

let dir: string
let snapshotDir: string
let incrementalLink: string
let fullLink: string
/** Built in full again and again (`the search index of a full build`). */
let againLink: string
let input: SnapshotInput
let version = 0

type Entry = { slug: string; updatedAt: string; translations: Record<string, Record<string, unknown>> }
const leaflet = (slug: string) => (input.leaflets as unknown as Entry[]).find((l) => l.slug === slug)!

/** What the CMS does on every save: the entry's date becomes the time of the save. */
const saved = (entry: Entry) => (entry.updatedAt = new Date(Date.UTC(2025, 5, 1 + version)).toISOString())

const writeVersion = () =>
  writeSnapshot(snapshotDir, input, new Date(Date.UTC(2025, 2, 15, 12, 0, version++)))

/** The reference: a build of the snapshot as it is, indexing every locale from scratch. */
const fromNothing = () => buildPublicSite({ content: { snapshotDir }, siteLink: fullLink, fromNothing: true })

async function buildBoth(): Promise<BuildReport> {
  await writeVersion()
  const incremental = await buildPublicSite({ content: { snapshotDir }, siteLink: incrementalLink })
  await fromNothing()
  return incremental
}

const searchOf = async (link: string) => path.join((await liveRelease(link))!, 'pagefind')
const others = (...locales: LocaleCode[]) => localeCodes.filter((l) => !locales.includes(l))

/** `report` indexed `locales` again and reused the others, and `link`'s index is a build's from nothing. */
async function expectIndexed(report: BuildReport, locales: LocaleCode[], link: string) {
  expect(report.search.indexed).toEqual(locales)
  expect(report.search.reused).toEqual(others(...locales))
  expect(await differences(await searchOf(link), await searchOf(fullLink))).toEqual([])
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-search-index-'))
  snapshotDir = path.join(dir, 'snapshot')
  incrementalLink = path.join(dir, 'incremental', 'dist')
  fullLink = path.join(dir, 'full', 'dist')
  againLink = path.join(dir, 'again', 'dist')
  input = await buildFixtureSnapshot()
  await writeVersion()
  await buildPublicSite({ content: { snapshotDir }, siteLink: incrementalLink, full: true })
}, 600_000)

afterAll(async () => {
  for (const link of [incrementalLink, fullLink, againLink])
    await fs.rm(releasesDirOf(link), { recursive: true, force: true })
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the search index of an incremental build', () => {
  it('re-indexes only the locale whose text was edited, though the save dated every language’s page', async () => {
    const before = (await liveRelease(incrementalLink))!
    const edited = leaflet(fixture.fullLeaflet)
    edited.translations.ky!.title = 'Мектеп — ар бир баланын укугу (жаңы)'
    saved(edited)
    const report = await buildBoth()
    const after = (await liveRelease(incrementalLink))!
    // The Kazakh page changed too (its date), but not what search reads of it.
    const kkPage = path.join('kk', 'leaflets', edited.slug, 'index.html')
    const [kkNow, kkBefore] = await Promise.all([
      fs.readFile(path.join(after, kkPage)),
      fs.readFile(path.join(before, kkPage)),
    ])
    expect(kkNow.equals(kkBefore)).toBe(false)
    await expectIndexed(report, ['ky'], incrementalLink)
  }, 600_000)

  it('re-indexes only English when an English-only leaflet is edited, though five fallback pages show it', async () => {
    const edited = leaflet(fixture.englishOnlyLeaflet)
    expect(Object.keys(edited.translations)).toEqual(['en'])
    edited.translations.en!.title = 'An English-only leaflet, edited'
    saved(edited)
    const report = await buildBoth()
    const after = (await liveRelease(incrementalLink))!
    expect(
      await fs.readFile(path.join(after, 'uz', 'leaflets', edited.slug, 'index.html'), 'utf8'),
    ).toContain('An English-only leaflet, edited')
    await expectIndexed(report, ['en'], incrementalLink)
  }, 600_000)

  it('re-indexes nothing when only a date changed', async () => {
    const before = (await liveRelease(incrementalLink))!
    const dated = leaflet(fixture.fullLeaflet)
    saved(dated)
    const report = await buildBoth()
    const after = (await liveRelease(incrementalLink))!
    for (const locale of localeCodes) {
      const page = path.join(locale, 'leaflets', dated.slug, 'index.html')
      const [now, then] = await Promise.all([
        fs.readFile(path.join(after, page)),
        fs.readFile(path.join(before, page)),
      ])
      expect(now.equals(then), page).toBe(false)
    }
    await expectIndexed(report, [], incrementalLink)
  }, 600_000)

  it('writes the same bytes indexing every locale at once as one after the other', async () => {
    // The full build indexed all six locales at once; index its pages again one locale at a time.
    const release = (await liveRelease(fullLink))!
    const atOnce = path.join(dir, 'at-once')
    await fs.rename(path.join(release, 'pagefind'), atOnce)
    const recordAtOnce = await fs.readFile(searchRecordOf(release))
    const report = await indexRelease(release, undefined, { sequential: true })
    expect(report.indexed).toEqual([...localeCodes])
    expect(
      await differences(atOnce, path.join(release, 'pagefind'), [
        'the index made at once',
        'the one made in turn',
      ]),
    ).toEqual([])
    expect((await fs.readFile(searchRecordOf(release))).equals(recordAtOnce)).toBe(true)
  }, 600_000)
})

describe('the search index of a full build', () => {
  /** Its reports, one after the other: a test reads the build before it. */
  const full = () => buildPublicSite({ content: { snapshotDir }, siteLink: againLink, full: true })
  let first: BuildReport

  type SearchRecord = Partial<{ [locale in LocaleCode]: { key?: string; files: string[] } }>
  const readRecord = async (release: string) =>
    JSON.parse(await fs.readFile(searchRecordOf(release), 'utf8')) as SearchRecord
  const htmlOf = async (release: string) => (await filesOf(release)).filter((f) => f.endsWith('.html'))

  beforeAll(async () => {
    await writeVersion()
    first = await buildPublicSite({ content: { snapshotDir }, siteLink: againLink, fromNothing: true })
    expect(first.search.indexed).toEqual([...localeCodes])
  }, 600_000)

  it('reuses every locale’s index after a full build of the same snapshot, though it renders every page', async () => {
    const report = await full()
    expect(report.search.indexed).toEqual([])
    expect(report.search.reused).toEqual([...localeCodes])
    // Every page rendered again: none is the live release's file.
    const pages = await htmlOf(report.release)
    expect(pages.length).toBeGreaterThan(0)
    expect(report.pages.carried).toBe(0)
    for (const page of pages) {
      const [now, then] = await Promise.all([
        fs.stat(path.join(report.release, page)),
        fs.stat(path.join(first.release, page)),
      ])
      expect(now.ino, page).not.toBe(then.ino)
    }
    // The index is the live one's files, and the build from nothing it was made by.
    const index = path.join(report.release, 'pagefind')
    const meta = (await fs.readdir(index)).find((f) => f.startsWith('pagefind.en_'))!
    expect((await fs.stat(path.join(index, meta))).ino).toBe(
      (await fs.stat(path.join(first.release, 'pagefind', meta))).ino,
    )
    expect(
      await differences(index, path.join(first.release, 'pagefind'), [
        'the full build',
        'the build from nothing',
      ]),
    ).toEqual([])
    const record = await readRecord(report.release)
    for (const locale of localeCodes) expect(record[locale]?.key, locale).toBe(searchIndexKey())
    // Told from the page records (each page's digest as written): of both releases' pages, only
    // those without a key, which the records do not note (a language's home page), were read.
    const { unkeyed } = JSON.parse(await fs.readFile(pagesManifestOf(report.release), 'utf8')) as {
      unkeyed: string[]
    }
    const unkeyedPages = unkeyed.filter(
      (f) => localeCodes.some((l) => f.startsWith(`${l}/`)) && f.endsWith('.html'),
    )
    expect(unkeyedPages.length).toBeLessThan(pages.length / 10)
    expect(report.search.pagesRead).toBe(unkeyedPages.length)
  }, 600_000)

  it('re-indexes only the locale whose text was edited', async () => {
    const edited = leaflet(fixture.fullLeaflet)
    edited.translations.ky!.title = 'Мектеп — ар бир баланын укугу (толук курулуш)'
    saved(edited)
    await writeVersion()
    const report = await full()
    // The reference for this test and the next ones, which build the same snapshot.
    await fromNothing()
    await expectIndexed(report, ['ky'], againLink)
  }, 600_000)

  it('indexes again a locale whose index the live release holds was made by another Pagefind, in an incremental build too', async () => {
    const madeBy = async (locale: LocaleCode, key: string | undefined) => {
      const live = (await liveRelease(againLink))!
      const record = await readRecord(live)
      expect(record[locale]?.key).toBe(searchIndexKey())
      const { pagefind: _, ...rest } = JSON.parse(searchIndexKey()) as Record<string, unknown>
      if (key === undefined) delete record[locale]!.key
      else record[locale]!.key = JSON.stringify({ pagefind: key, ...rest })
      await fs.writeFile(searchRecordOf(live), JSON.stringify(record))
    }
    await madeBy('kk', '1.5.0')
    const report = await full()
    await expectIndexed(report, ['kk'], againLink)
    // A record written before indexes had keys: not reused either.
    await madeBy('ru', undefined)
    const incremental = await buildPublicSite({ content: { snapshotDir }, siteLink: againLink })
    expect(incremental.pages.carried).toBeGreaterThan(0)
    await expectIndexed(incremental, ['ru'], againLink)
  }, 600_000)

  it('indexes again a locale whose index or pages the live release holds are not whole, and publishes', async () => {
    const live = (await liveRelease(againLink))!
    const record = await readRecord(live)
    // A file of the Uzbek index only (not a script every locale's run writes).
    const lost = record.uz!.files.find((file) =>
      others('uz').every((locale) => !record[locale]!.files.includes(file)),
    )!
    expect(lost).toBeDefined()
    await fs.rm(path.join(live, 'pagefind', lost))
    // A Tajik page the live release's page record names, and whose note it does not have (a record
    // written before pages were noted): the page is read to compare, and it is not there.
    const pages = JSON.parse(await fs.readFile(pagesManifestOf(live), 'utf8')) as {
      pages: Record<string, { digest?: string; searched?: boolean }>
    }
    const page = Object.keys(pages.pages).find((file) => file.startsWith('tg/') && file.endsWith('.html'))!
    delete pages.pages[page]!.digest
    delete pages.pages[page]!.searched
    await fs.writeFile(pagesManifestOf(live), JSON.stringify(pages))
    await fs.rm(path.join(live, page))
    const report = await full()
    expect(await liveRelease(againLink)).toBe(report.release)
    await expectIndexed(report, ['tg', 'uz'], againLink)
  }, 600_000)
})
