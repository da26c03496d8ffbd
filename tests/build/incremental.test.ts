import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes, serviceCountrySchema } from '@jol/content-schemas'
import { mediaIdOf, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'
import { pagesManifestOf } from '@jol/scripts/build/incremental'
import { BuildError, buildPublicSite, type BuildReport } from '@jol/scripts/build/pipeline'
import { liveRelease, releasesDirOf } from '@jol/scripts/build/releases'

import { buildFixtureSnapshot, fixture } from '../fixtures/snapshot'
import { differences, filesOf } from './support/releaseFiles'
import { assetsIn } from '../../site/src/lib/page-notes'

/**
 * Incremental releases: after each of a seeded random sequence of changes to a snapshot (edits,
 * publishes, unpublished translations, deletions, media changes, help directory services, settings
 * changes), the release built incrementally from the live one equals a build of the same snapshot
 * from nothing (a full build that takes nothing from a live release, not even its search index), file
 * for file and byte for byte. Nothing may legitimately differ: the only files outside the release are the page
 * records (`<release>.pages.json`, beside it, not served). Unchanged files are hard links to the
 * previous release's. And a publish prunes the print cache to its limit (one build into a cache of
 * its own, so the shared one is not emptied).
 */

/** Keyed pages that show no entry: the help directory's index, countries and downloads, the FAQ, search, asking, thanks. */
const otherPage =
  /^\/[a-z]{2}\/(help\/([a-z]+\/(directory\.(csv|vcf))?)?|faq\/|search\/|ask\/(thanks\/)?|feedback\/thanks\/)$/

const seed = Number(process.env.JOL_INCREMENTAL_SEED ?? Date.now() % 100000)
const STEPS = 8

/** mulberry32: a small seeded generator, so a failing sequence can be replayed with its seed. */
function generator(start: number) {
  let a = start >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let dir: string
let snapshotDir: string
let incrementalLink: string
let fullLink: string
let input: SnapshotInput
let version = 0

const writeVersion = () =>
  writeSnapshot(snapshotDir, input, new Date(Date.UTC(2025, 2, 15, 12, 0, version++)))

async function buildBoth(): Promise<{ incremental: BuildReport; full: BuildReport }> {
  await writeVersion()
  const incremental = await buildPublicSite({ content: { snapshotDir }, siteLink: incrementalLink })
  const full = await buildPublicSite({ content: { snapshotDir }, siteLink: fullLink, fromNothing: true })
  return { incremental, full }
}

type Entry = { slug: string; updatedAt?: string; translations: Record<string, Record<string, unknown>> }
const leaflets = () => input.leaflets as unknown as Entry[]

/** The random changes, each applied to `input` and described for the failure message. */
const changes: Record<string, (pick: <T>(items: readonly T[]) => T) => string> = {
  edit: (pick) => {
    const collection = pick(['leaflets', 'posts', 'press-releases'] as const)
    const entry = pick(input[collection] as unknown as Entry[])
    const locale = pick(Object.keys(entry.translations))
    entry.translations[locale]!.title = `${String(entry.translations[locale]!.title)} (edited)`
    // The CMS dates every save: the entry's pages change in every language, its search text in one.
    entry.updatedAt = new Date(Date.UTC(2025, 3, 1 + version)).toISOString()
    return `edit ${collection}/${entry.slug}/${locale}`
  },
  publish: () => {
    const copy = structuredClone(leaflets()[0]!)
    copy.slug = `published-${version}`
    copy.updatedAt = new Date(Date.UTC(2025, 1, 1 + version)).toISOString()
    for (const text of Object.values(copy.translations)) text.title = `New ${version}: ${String(text.title)}`
    leaflets().push(copy)
    return `publish leaflets/${copy.slug}`
  },
  unpublishTranslation: (pick) => {
    const entry = pick(leaflets().filter((l) => Object.keys(l.translations).length > 1))
    const locale = pick(Object.keys(entry.translations).filter((l) => l !== 'en'))
    delete entry.translations[locale]
    return `unpublish leaflets/${entry.slug}/${locale}`
  },
  delete: (pick) => {
    const published = leaflets().filter((l) => l.slug.startsWith('published-'))
    if (published.length === 0) return changes.publish!(pick)
    const gone = pick(published)
    input.leaflets = input.leaflets.filter((l) => l.slug !== gone.slug)
    return `delete leaflets/${gone.slug}`
  },
  mediaFile: (pick) => {
    const media = pick(input.media.filter((m) => m.mimeType === 'image/png' || m.mimeType === 'image/jpeg'))
    return `media ${media.id}: ${mediaChange(media.id)}`
  },
  mediaText: (pick) => {
    const media = pick(input.media)
    const text = media.translations.en ?? (media.translations.en = { alt: '' })
    text.alt = `${text.alt} (described again)`
    return `media ${media.id}: alt text`
  },
  service: (pick) => {
    // The help directory: a city's page and printable PDF show the service's contacts and freshness.
    const service = pick(input.services)
    if (pick([true, false])) {
      service.phones = [`+7 700 000 0${String(100 + version).slice(-3)}`]
      return `service ${service.slug}: phone ${service.phones[0]}`
    }
    service.verifiedAt = new Date(Date.UTC(2024, 10, 1 + version)).toISOString()
    return `service ${service.slug}: verified ${service.verifiedAt}`
  },
  settings: () => {
    input.globals.siteSettings.hotlinePhone = `+7 800 080 12 ${String(10 + version).slice(-2)}`
    return `settings: hotline ${input.globals.siteSettings.hotlinePhone}`
  },
}

/** Queued by `changes.media` (sharp is asynchronous): new bytes for a picture, under its new id. */
let pendingMedia: Promise<void> | undefined
function mediaChange(id: string): string {
  pendingMedia = (async () => {
    const old = input.media.find((m) => m.id === id)!
    const bytes = await sharp(Buffer.from(input.mediaFiles.get(id)!))
      .modulate({ brightness: 0.9 })
      .toFormat(old.mimeType === 'image/png' ? 'png' : 'jpeg')
      .toBuffer()
    const next = mediaIdOf(bytes)
    const files = new Map(input.mediaFiles)
    files.delete(id)
    files.set(next, bytes)
    const { mediaFiles: _, ...rest } = input
    input = { ...(JSON.parse(JSON.stringify(rest).replaceAll(id, next)) as typeof rest), mediaFiles: files }
    const media = input.media.find((m) => m.id === next)!
    media.filesize = bytes.length
  })()
  return 'replaced'
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-incremental-'))
  snapshotDir = path.join(dir, 'snapshot')
  incrementalLink = path.join(dir, 'incremental', 'dist')
  fullLink = path.join(dir, 'full', 'dist')
  input = await buildFixtureSnapshot()
  await writeVersion()
  // The first build has nothing to carry over: both links start from a full build.
  await buildPublicSite({ content: { snapshotDir }, siteLink: incrementalLink, full: true })
}, 600_000)

afterAll(async () => {
  for (const link of [incrementalLink, fullLink])
    await fs.rm(releasesDirOf(link), { recursive: true, force: true })
  await fs.rm(dir, { recursive: true, force: true })
})

describe('incremental releases', () => {
  it('carries unchanged files over as hard links to the live release, and renders the edited entry', async () => {
    const before = (await liveRelease(incrementalLink))!
    const edited = leaflets().find((l) => l.slug === fixture.englishOnlyLeaflet)!
    edited.translations.en!.title = 'An edited title'
    const { incremental } = await buildBoth()
    const after = (await liveRelease(incrementalLink))!
    expect(after).not.toBe(before)
    expect(incremental.pages.carried).toBeGreaterThan(0)
    // Every carried-over page was linked while Astro rendered the others; only the sitemap's two
    // files after, since they are known to be the same only once every page is.
    expect(incremental.pages.linkedDuringBuild).toBe(incremental.pages.carried - 2)

    const editedPage = path.join('en', 'leaflets', edited.slug, 'index.html')
    expect(await fs.readFile(path.join(after, editedPage), 'utf8')).toContain('An edited title')
    // The live release's file was not written through a shared link.
    expect(await fs.readFile(path.join(before, editedPage), 'utf8')).not.toContain('An edited title')
    expect((await fs.stat(path.join(after, editedPage))).ino).not.toBe(
      (await fs.stat(path.join(before, editedPage))).ino,
    )

    const record = JSON.parse(await fs.readFile(pagesManifestOf(after), 'utf8')) as {
      pages: Record<string, { rendered: boolean; path: string; assets: string[]; digest?: string }>
      unkeyed: string[]
    }
    // The pictures each page links, for the next build that carries it over: noted by the site
    // build as it rendered the HTML pages (none read back from disk; the edited leaflet is in no
    // newsletter, whose text e-mails would be), and what their files link.
    expect(incremental.pages.readForAssets).toBe(0)
    for (const [file, page] of Object.entries(record.pages).filter(
      ([f, p]) => p.rendered && f.endsWith('.html'),
    ))
      expect(page.assets, file).toEqual(assetsIn(await fs.readFile(path.join(after, file), 'utf8')))
    // So in a full build, every page rendered, pictures included.
    const full = (await liveRelease(fullLink))!
    const fullRecord = JSON.parse(await fs.readFile(pagesManifestOf(full), 'utf8')) as typeof record
    const fullHtml = Object.entries(fullRecord.pages).filter(([f]) => f.endsWith('.html'))
    for (const [file, page] of fullHtml)
      expect(page.assets, file).toEqual(assetsIn(await fs.readFile(path.join(full, file), 'utf8')))
    // Every HTML page's digest is its file's, rendered or carried over (the search step trusts it).
    for (const [release, pages] of [
      [after, record.pages],
      [full, fullRecord.pages],
    ] as const)
      for (const [file, page] of Object.entries(pages).filter(([f]) => f.endsWith('.html')))
        expect(page.digest, file).toBe(
          createHash('sha256')
            .update(await fs.readFile(path.join(release, file)))
            .digest('base64'),
        )
    expect(Object.values(record.pages).some((page) => !page.rendered && page.digest)).toBe(true)
    expect(fullHtml.some(([, page]) => page.assets.some((asset) => !asset.endsWith('.css')))).toBe(true)
    // The record names every page of the release, keyed or not: the search step lists pages from it.
    const htmlOnDisk = (await fs.readdir(after, { recursive: true })).filter((f) => f.endsWith('.html'))
    expect(
      [...Object.keys(record.pages), ...record.unkeyed].filter((f) => f.endsWith('.html')).sort(),
    ).toEqual(htmlOnDisk.sort())
    expect(record.unkeyed).toContain('en/index.html')
    // The same pages exist, none turned from fallback to translation: the sitemap is carried over
    // (checked below: a hard link to the live release's, like every carried page).
    expect(record.pages['sitemap-index.xml']).toMatchObject({ rendered: false })
    expect(record.pages['sitemap-0.xml']).toMatchObject({ rendered: false })
    // Rendered: the leaflet's pages in every language (fallbacks included), its PDF, and the index
    // and topic pages listing it; every other keyed page was carried over.
    const topics = (edited as unknown as { topics: string[] }).topics.join('|')
    const showsIt = new RegExp(
      `^/[a-z]{2}/(leaflets/${edited.slug}(/|\\.pdf)|leaflets/([0-9]+/)?|topics/(${topics})/([0-9]+/)?)$`,
    )
    const renderedPaths = Object.values(record.pages)
      .filter((page) => page.rendered)
      .map((page) => page.path)
    expect(renderedPaths.filter((p) => !showsIt.test(p))).toEqual([])
    expect(renderedPaths.filter((p) => p.endsWith(`/leaflets/${edited.slug}/`)).length).toBe(6)
    expect(renderedPaths).toContain(`/en/leaflets/${edited.slug}.pdf`)
    // The help directory's pages and printable PDFs do not show the leaflet, and the snapshot is of
    // the same day (a second later): they are carried over, not rendered or printed again.
    const help = Object.values(record.pages).filter((page) =>
      /\/help\/[a-z]+\/[a-z-]+(\/|\.pdf)$/.test(page.path),
    )
    expect(help.filter((page) => page.path.endsWith('.pdf')).length).toBeGreaterThan(0)
    expect(help.filter((page) => page.path.endsWith('/')).length).toBeGreaterThan(0)
    expect(help.filter((page) => page.rendered)).toEqual([])
    // Nor do the directory's index and country pages and their downloads, the FAQ, or the pages made
    // of the interface's own words (search, asking, thanks): all keyed, all carried over.
    const unrelated = Object.values(record.pages).filter((page) => otherPage.test(page.path))
    expect(unrelated.length).toBe(localeCodes.length * (6 + 3 * serviceCountrySchema.options.length))
    expect(unrelated.filter((page) => page.rendered)).toEqual([])
    const carried = Object.entries(record.pages).filter(([, page]) => !page.rendered)
    expect(carried.length).toBe(incremental.pages.carried)
    for (const [file] of carried) {
      const [now, then] = await Promise.all([
        fs.stat(path.join(after, file)),
        fs.stat(path.join(before, file)),
      ])
      expect(now.ino, file).toBe(then.ino)
    }
    // The search index: only an English page changed (elsewhere fallback pages, not indexed), so
    // the other locales' index files are the live ones.
    const kyMeta = (await fs.readdir(path.join(after, 'pagefind'))).find((f) => f.startsWith('pagefind.ky_'))!
    expect((await fs.stat(path.join(after, 'pagefind', kyMeta))).ino).toBe(
      (await fs.stat(path.join(before, 'pagefind', kyMeta))).ino,
    )
    const enMeta = (await fs.readdir(path.join(after, 'pagefind'))).find((f) => f.startsWith('pagefind.en_'))!
    expect(await fs.stat(path.join(before, 'pagefind', enMeta)).catch(() => undefined)).toBeUndefined()
    expect(await differences(after, (await liveRelease(fullLink))!)).toEqual([])
  }, 600_000)

  it('renders a country’s directory downloads again when one of its services changes, and nothing else of the directory', async () => {
    const service = input.services.find((s) => s.slug === fixture.services.bishkek.slug)!
    service.phones = ['+996 700 000 042']
    const { incremental } = await buildBoth()
    const live = (await liveRelease(incrementalLink))!
    const record = JSON.parse(await fs.readFile(pagesManifestOf(live), 'utf8')) as {
      pages: Record<string, { rendered: boolean; path: string }>
    }
    const rendered = Object.values(record.pages)
      .filter((page) => page.rendered && (otherPage.test(page.path) || page.path.includes('/help/')))
      .map((page) => page.path)
      .sort()
    // The city's page and PDF show the phone, and so do the country's CSV and vCard, in every
    // language; the country's page and the directory's index only count services: carried over.
    expect(rendered).toEqual(
      localeCodes
        .flatMap((locale) => [
          `/${locale}/help/kg/bishkek/`,
          `/${locale}/help/kg/bishkek.pdf`,
          `/${locale}/help/kg/directory.csv`,
          `/${locale}/help/kg/directory.vcf`,
        ])
        .sort(),
    )
    expect(await fs.readFile(path.join(live, 'ru', 'help', 'kg', 'directory.csv'), 'utf8')).toContain(
      '+996 700 000 042',
    )
    expect(incremental.pages.carried).toBeGreaterThan(incremental.pages.rendered)
    expect(await differences(live, (await liveRelease(fullLink))!)).toEqual([])
  }, 600_000)

  it('prunes the print cache after publishing, down to JOL_PRINT_CACHE_MAX_MB; the site stays live and whole', async () => {
    const cache = path.join(dir, 'print-cache')
    // Documents of content long gone, last used two days ago: 3 MB, over a limit of 1 MB.
    const stale = [
      path.join(cache, 'ab', `${'ab'.repeat(32)}.zip`),
      path.join(cache, 'images', 'cd', `${'cd'.repeat(32)}.img`),
    ]
    const twoDaysAgo = new Date(Date.now() - 48 * 60 * 60 * 1000)
    for (const [n, file] of stale.entries()) {
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, Buffer.alloc((n + 1) * 1024 * 1024))
      await fs.utimes(file, twoDaysAgo, twoDaysAgo)
    }
    const notes = path.join(cache, 'notes.txt')
    await fs.writeFile(notes, 'not the cache’s')
    const edited = leaflets().find((l) => l.slug === fixture.fullLeaflet)!
    edited.translations.en!.title = 'Pruned, and still here'
    await writeVersion()
    const lines: string[] = []
    const report = await buildPublicSite({
      content: { snapshotDir },
      siteLink: incrementalLink,
      env: { JOL_PRINT_CACHE_DIR: cache, JOL_PRINT_CACHE_MAX_MB: '1' },
      log: (line) => lines.push(line),
    })
    expect(lines.filter((line) => line.startsWith('print cache: '))).toEqual([
      expect.stringMatching(/^print cache: 2 files removed \(3\.0 MB\), [1-9][0-9]* files? kept/),
    ])
    expect(await Promise.all(stale.map((file) => fs.stat(file).catch(() => undefined)))).toEqual([
      undefined,
      undefined,
    ])
    expect(await fs.readFile(notes, 'utf8')).toBe('not the cache’s')
    // What this build made (the leaflet's PDFs among them) was used within the hour: it stays.
    const made = await fs.readdir(cache, { recursive: true })
    expect(made.filter((file) => file.endsWith('.pdf')).length).toBeGreaterThan(0)

    const live = (await liveRelease(incrementalLink))!
    expect(live).toBe(report.release)
    expect(await fs.readFile(path.join(live, 'en', 'leaflets', edited.slug, 'index.html'), 'utf8')).toContain(
      'Pruned, and still here',
    )
    await buildPublicSite({ content: { snapshotDir }, siteLink: fullLink, fromNothing: true })
    expect(await differences(live, (await liveRelease(fullLink))!)).toEqual([])
  }, 600_000)

  it(`equals a full build after each of ${STEPS} random changes (seed ${seed})`, async () => {
    const random = generator(seed)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    // Every kind of change once, in a random order, on random entries; then random ones.
    const kinds = Object.keys(changes)
      .map((name) => ({ name, order: random() }))
      .sort((a, b) => a.order - b.order)
      .map(({ name }) => name)
    while (kinds.length < STEPS) kinds.push(pick(Object.keys(changes)))
    const done: string[] = []
    const siteWide = () => JSON.stringify([input.globals, input.campaigns])
    for (const kind of kinds) {
      const siteWideBefore = siteWide()
      done.push(changes[kind]!(pick))
      await pendingMedia
      pendingMedia = undefined
      const { incremental } = await buildBoth()
      const context = `seed ${seed}, after: ${done.join('; ')}`
      // Site settings and campaigns are in every page's key (so is a picture they show, a campaign's
      // logo say, whose id is its content hash): nothing can be carried over. Anything else carries most pages.
      if (siteWide() !== siteWideBefore) expect(incremental.pages.carried, context).toBe(0)
      else expect(incremental.pages.carried, context).toBeGreaterThan(incremental.pages.rendered)
      const problems = await differences(
        (await liveRelease(incrementalLink))!,
        (await liveRelease(fullLink))!,
      )
      expect(problems, context).toEqual([])
    }
    // After the publishes, older releases were removed: the live one and the one before it are kept.
    for (const link of [incrementalLink, fullLink]) {
      const releases = (await fs.readdir(releasesDirOf(link))).filter((name) => !name.endsWith('.json'))
      expect(releases.length, link).toBe(2)
      expect(releases).toContain(path.basename((await liveRelease(link))!))
    }
  }, 3_600_000)
})

/** Every file of a release with its inode and a hash of its bytes: what "not touched" means. */
async function stateOf(release: string): Promise<Map<string, string>> {
  const state = new Map<string, string>()
  for (const file of await filesOf(release)) {
    const [stat, bytes] = await Promise.all([
      fs.stat(path.join(release, file)),
      fs.readFile(path.join(release, file)),
    ])
    state.set(file, `${stat.ino} ${createHash('sha256').update(bytes).digest('hex')}`)
  }
  return state
}

/** A page of the live release that an edit of `leaflets()[0]` leaves as it is (carried over). */
async function aCarriedPage(live: string): Promise<string> {
  const record = JSON.parse(await fs.readFile(pagesManifestOf(live), 'utf8')) as {
    pages: Record<string, { path: string }>
  }
  const file = Object.keys(record.pages).find((f) => /^[a-z]{2}\/help\/[a-z]+\/[a-z-]+\/index\.html$/.test(f))
  if (!file) throw new Error('The fixture has no help page to carry over')
  return file
}

describe('incremental releases that cannot be completed', () => {
  it('builds in full when the live release lost a page it would lend, and writes nothing into it', async () => {
    const live = (await liveRelease(incrementalLink))!
    const lost = await aCarriedPage(live)
    await fs.rm(path.join(live, lost))
    const before = await stateOf(live)
    leaflets()[0]!.translations.en!.title = 'Edited before a page went missing'
    await writeVersion()
    const lines: string[] = []
    const report = await buildPublicSite({
      content: { snapshotDir },
      siteLink: incrementalLink,
      log: (line) => lines.push(line),
    })
    expect(lines.join('\n')).toMatch(/incremental build not possible \(.*ENOENT.*\); building in full/)
    expect(report.pages.carried).toBe(0)
    // From nothing: not even the search index is taken from the live release in doubt.
    expect(report.search.indexed).toEqual([...localeCodes])
    expect(await stateOf(live)).toEqual(before)
    const full = await buildPublicSite({ content: { snapshotDir }, siteLink: fullLink, fromNothing: true })
    expect(await differences(report.release, full.release)).toEqual([])
    // The release given up on is gone with its record: only the live one and the one before are left.
    expect(
      (await fs.readdir(releasesDirOf(incrementalLink))).filter((n) => !n.endsWith('.json')).sort(),
    ).toEqual([path.basename(live), path.basename(report.release)].sort())
  }, 600_000)

  it('discards the release when the site build dies while carried-over pages are being linked', async () => {
    const live = (await liveRelease(incrementalLink))!
    const before = await stateOf(live)
    const releasesBefore = (await fs.readdir(releasesDirOf(incrementalLink))).sort()
    leaflets()[0]!.translations.en!.title = 'Edited, then the build died'
    await writeVersion()
    const dying = pathToFileURL(path.join(import.meta.dirname, 'support', 'die-after-carried.mjs')).href
    const built = buildPublicSite({
      content: { snapshotDir },
      siteLink: incrementalLink,
      env: { NODE_OPTIONS: `--import=${dying}` },
    })
    await expect(built).rejects.toThrow(BuildError)
    await expect(built).rejects.toThrow(/exit code 70.*the live site was not changed/s)
    expect(await liveRelease(incrementalLink)).toBe(live)
    expect(await stateOf(live)).toEqual(before)
    expect((await fs.readdir(releasesDirOf(incrementalLink))).sort()).toEqual(releasesBefore)
  }, 600_000)
})
