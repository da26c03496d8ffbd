import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import { writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'
import { buildPublicSite, type BuildReport } from '@jol/scripts/build/pipeline'
import { liveRelease, releasesDirOf } from '@jol/scripts/build/releases'
import { indexRelease, searchRecordOf } from '@jol/scripts/build/searchIndex'

import { buildFixtureSnapshot, fixture } from '../fixtures/snapshot'
import { differences } from './support/releaseFiles'

/**
 * The search index of an incremental build: a locale is indexed again only when what Pagefind reads
 * of its pages changed, not when its pages changed in ways search does not see (an entry's date,
 * which a save in any language changes on every language's page). Either way the index equals a
 * full build's byte for byte; and the locales indexed at the same time give the same bytes as one
 * after the other.
 */

let dir: string
let snapshotDir: string
let incrementalLink: string
let fullLink: string
let input: SnapshotInput
let version = 0

type Entry = { slug: string; updatedAt: string; translations: Record<string, Record<string, unknown>> }
const leaflet = (slug: string) => (input.leaflets as unknown as Entry[]).find((l) => l.slug === slug)!

/** What the CMS does on every save: the entry's date becomes the time of the save. */
const saved = (entry: Entry) => (entry.updatedAt = new Date(Date.UTC(2025, 5, 1 + version)).toISOString())

async function buildBoth(): Promise<BuildReport> {
  await writeSnapshot(snapshotDir, input, new Date(Date.UTC(2025, 2, 15, 12, 0, version++)))
  const incremental = await buildPublicSite({ content: { snapshotDir }, siteLink: incrementalLink })
  await buildPublicSite({ content: { snapshotDir }, siteLink: fullLink, full: true })
  return incremental
}

const searchOf = async (link: string) => path.join((await liveRelease(link))!, 'pagefind')
const others = (...locales: LocaleCode[]) => localeCodes.filter((l) => !locales.includes(l))

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-search-index-'))
  snapshotDir = path.join(dir, 'snapshot')
  incrementalLink = path.join(dir, 'incremental', 'dist')
  fullLink = path.join(dir, 'full', 'dist')
  input = await buildFixtureSnapshot()
  await writeSnapshot(snapshotDir, input, new Date(Date.UTC(2025, 2, 15, 12, 0, version++)))
  await buildPublicSite({ content: { snapshotDir }, siteLink: incrementalLink, full: true })
}, 600_000)

afterAll(async () => {
  for (const link of [incrementalLink, fullLink])
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
    expect(report.search.indexed).toEqual(['ky'])
    expect(report.search.reused).toEqual(others('ky'))
    expect(await differences(await searchOf(incrementalLink), await searchOf(fullLink))).toEqual([])
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
    expect(report.search.indexed).toEqual(['en'])
    expect(report.search.reused).toEqual(others('en'))
    expect(await differences(await searchOf(incrementalLink), await searchOf(fullLink))).toEqual([])
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
    expect(report.search.indexed).toEqual([])
    expect(report.search.reused).toEqual([...localeCodes])
    expect(await differences(await searchOf(incrementalLink), await searchOf(fullLink))).toEqual([])
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
