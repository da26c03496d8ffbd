import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import {
  fallbackChain,
  localeCodes,
  plainText,
  type LocaleCode,
  type Media,
  type PressRelease,
} from '@jol/content-schemas'
import { mediaIdOf, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtureSnapshot, fixture } from '../../fixtures/snapshot'
import { buildSite, fileOfPath, listFiles, SITE_URL, type BuiltSite } from '../support'
import { uiStrings } from '../../../site/src/translations'
import {
  isPaperSize,
  normalise,
  pdfAccessibility,
  pdfFonts,
  pdfInfo,
  pdfStrings,
  pdfStructure,
  pdfText,
  structNodes,
} from './pdf-tools'
import { unzip, utf8, zipEntries } from './zip-tools'

/**
 * Press kits: the fixture snapshot plus a photo of identifiable people, with their recorded consent,
 * on the release with photos (a photo without consent never reaches the site: the snapshot contract
 * refuses it, see tests/site/broken-snapshot.test.ts). Built twice, the second time in another time
 * zone with an empty print cache, to show the same content gives the same bytes.
 */

let site: BuiltSite
let again: BuiltSite
let warm: BuiltSite
let input: SnapshotInput
let withConsent: Media
const cacheDirs: string[] = []

const kitPath = (locale: LocaleCode, slug: string) => `/${locale}/press/${slug}/press-kit.zip`
const readKit = async (built: BuiltSite, locale: LocaleCode, slug: string) =>
  new Uint8Array(await fs.readFile(fileOfPath(built.outDir, kitPath(locale, slug))))
const written = (release: PressRelease) => Object.keys(release.translations) as LocaleCode[]
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )

async function photo(
  colour: { r: number; g: number; b: number },
  extra: Partial<Media>,
): Promise<{ media: Media; data: Buffer }> {
  const data = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: colour } })
    .jpeg({ quality: 90 })
    .toBuffer()
  const id = mediaIdOf(data)
  const media: Media = {
    id,
    file: `media/${id}.jpg`,
    filename: `${id}.jpg`,
    mimeType: 'image/jpeg',
    filesize: data.length,
    width: 2400,
    height: 1600,
    credit: 'Jol / Timur Bekov',
    licence: 'All rights reserved',
    showsIdentifiablePeople: true,
    consentRecorded: false,
    translations: { en: { alt: 'People at a meeting' } },
    ...extra,
  }
  return { media, data }
}

async function prepare(dir: string) {
  const snapshot = await buildFixtureSnapshot()
  const consented = await photo(
    { r: 30, g: 30, b: 200 },
    {
      filename: 'Aida Nurlanova, coordinator.jpg',
      consentRecorded: true,
      translations: {
        en: { alt: 'Aida Nurlanova', caption: 'Aida Nurlanova at the launch.' },
        ru: { alt: 'Аида Нурланова', caption: 'Аида Нурланова на открытии.' },
      },
    },
  )
  withConsent = consented.media
  snapshot.media.push(consented.media)
  const mediaFiles = new Map(snapshot.mediaFiles)
  mediaFiles.set(consented.media.id, consented.data)
  snapshot.mediaFiles = mediaFiles
  const release = snapshot['press-releases'].find((r) => r.slug === fixture.releaseWithPhotos)!
  release.photos = [...release.photos, consented.media.id]
  await writeSnapshot(dir, snapshot, new Date('2025-03-15T12:00:00Z'))
  input = snapshot
}

async function buildWithCache(env: Record<string, string>, cacheDir?: string) {
  if (!cacheDir) {
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-print-cache-'))
    cacheDirs.push(cacheDir)
  }
  const built = await buildSite(prepare, { ...env, JOL_PRINT_CACHE_DIR: cacheDir })
  if (built.code !== 0) throw new Error(`astro build failed:\n${built.output}`)
  return built
}

beforeAll(async () => {
  site = await buildWithCache({ TZ: 'Asia/Almaty' })
  again = await buildWithCache({ TZ: 'America/New_York' })
  // A warm build: the first build's print cache, so every document comes from the cache's files.
  warm = await buildWithCache({ TZ: 'Asia/Almaty' }, cacheDirs[0])
}, 900_000)

afterAll(async () => {
  for (const built of [site, again, warm])
    if (built?.root) await fs.rm(built.root, { recursive: true, force: true })
  for (const dir of cacheDirs) await fs.rm(dir, { recursive: true, force: true })
})

describe('press kits', () => {
  it('exist for every release in every language it is written in, never for a fallback, and are linked from the release page', async () => {
    for (const release of input['press-releases']) {
      for (const locale of localeCodes) {
        expect(
          await exists(fileOfPath(site.outDir, kitPath(locale, release.slug))),
          kitPath(locale, release.slug),
        ).toBe(written(release).includes(locale))
        const shown = fallbackChain(locale).find((code) => written(release).includes(code))
        if (!shown) continue
        const html = await fs.readFile(fileOfPath(site.outDir, `/${locale}/press/${release.slug}/`), 'utf8')
        expect(html).toContain(`<a href="${kitPath(shown, release.slug)}" type="application/zip">`)
      }
    }
  })

  it('hold the release as PDF and as text, the photos at full resolution, credits, media contacts as vCard and the boilerplate, sorted', async () => {
    const release = input['press-releases'].find((r) => r.slug === fixture.releaseWithPhotos)!
    for (const locale of written(release)) {
      const zip = await readKit(site, locale, release.slug)
      const names = zipEntries(zip).map((e) => e.name)
      expect(names).toEqual([...names].sort())
      const base = `${release.slug}-${locale}`
      const photos = release.photos.map((id) => input.media.find((m) => m.id === id)!)
      const photoNames = photos.map((m) => `photos/${m.filename.replace(/[^\w.-]+/g, '-')}`)
      expect(new Set(names)).toEqual(
        new Set([
          'about.txt',
          'credits.txt',
          'media-contacts.vcf',
          `${base}.pdf`,
          `${base}.txt`,
          ...photoNames,
        ]),
      )

      const files = unzip(zip)
      photos.forEach((media, index) =>
        expect(
          Buffer.from(files[photoNames[index]!]!).equals(Buffer.from(input.mediaFiles.get(media.id)!)),
          media.filename,
        ).toBe(true),
      )

      const text = release.translations[locale]!
      const releaseText = normalise(utf8(files[`${base}.txt`]))
      for (const piece of [
        text.title,
        text.datelineCity,
        text.summary,
        plainText(text.body),
        ...text.quotes.map((q) => q.quote),
      ])
        expect(releaseText).toContain(normalise(piece))

      const pdfFile = path.join(site.root, `${base}.pdf`)
      await fs.writeFile(pdfFile, files[`${base}.pdf`]!)
      const pdf = await pdfText(pdfFile)
      for (const piece of [text.title, text.summary, plainText(text.body)])
        expect(pdf).toContain(normalise(piece))
      for (const font of await pdfFonts(pdfFile)) expect(font).toMatchObject({ embedded: true, subset: true })

      const credits = utf8(files['credits.txt'])
      for (const [index, media] of photos.entries()) {
        const block = credits.split('\n\n').find((b) => b.includes(photoNames[index]!))!
        expect(block, media.filename).toContain(media.credit)
        expect(block).toContain(media.licence)
      }
      if (locale !== 'kk')
        expect(credits).toContain(withConsent.translations[locale === 'ru' ? 'ru' : 'en']!.caption!)

      const vcard = utf8(files['media-contacts.vcf'])
      expect(vcard.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true)
      expect(vcard).toContain('FN:Jol press office\r\n')
      expect(vcard).toContain('EMAIL;TYPE=INTERNET:press@jol.example.org\r\n')
      expect(vcard).toContain('TEL;TYPE=WORK,VOICE:+996 312 00 00 00\r\n')
      expect(vcard.trimEnd().endsWith('END:VCARD')).toBe(true)

      const room = input.globals.pressRoom.translations
      const boilerplate = (room[locale] ?? room[fallbackChain(locale).find((c) => room[c])!])!.boilerplate
      expect(utf8(files['about.txt']).trim()).toBe(plainText(boilerplate))
    }
  })

  it('hold a tagged PDF/UA-1 release in every language: title, language (also of a boilerplate shown from another language), headings, quotes, reading order', async () => {
    for (const release of input['press-releases']) {
      for (const locale of written(release)) {
        const where = `${locale}/${release.slug}`
        const files = unzip(await readKit(site, locale, release.slug))
        const file = path.join(site.root, `struct-${release.slug}-${locale}.pdf`)
        await fs.writeFile(file, files[`${release.slug}-${locale}.pdf`]!)
        const text = release.translations[locale]!
        const labels = uiStrings[locale]
        expect(await pdfAccessibility(file), where).toEqual({ tagged: true, title: text.title, uaPart: '1' })
        for (const size of (await pdfInfo(file)).pageSizes) expect(isPaperSize(size, 'A4'), where).toBe(true)
        const room = input.globals.pressRoom.translations
        const roomLocale = room[locale] ? locale : fallbackChain(locale).find((c) => room[c])!
        const langs = await pdfStrings(file, '/Lang')
        const tag = (code: LocaleCode) => code.split('-')[0]!
        expect(langs[0] === tag(locale) || langs.includes(tag(locale)), where).toBe(true)
        if (roomLocale !== locale) expect(langs, where).toContain(tag(roomLocale))

        const all = structNodes((await pdfStructure(file))!)
        const headings = all.filter((n) => /^H\d$/.test(n.role)).map((n) => `${n.role} ${normalise(n.text)}`)
        expect(headings[0], where).toBe(`H1 ${normalise(text.title)}`)
        const sections = [
          ...(text.quotes.length > 0 ? [`H2 ${labels['press.quotes']}`] : []),
          `H2 ${labels['press.mediaContacts']}`,
          `H2 ${labels['press.about']}`,
        ]
        expect(headings.slice(-sections.length), where).toEqual(sections)
        expect(
          all.filter((n) => n.role === 'BlockQuote').map((n) => normalise(n.text)),
          where,
        ).toEqual(text.quotes.map((q) => normalise(q.quote)))
        const reading = normalise(all[0]!.text)
        const order = [text.title, text.summary, labels['press.about']].map((piece) =>
          reading.indexOf(normalise(piece)),
        )
        expect(order.every((at) => at >= 0) && order[0]! < order[1]! && order[1]! < order[2]!, where).toBe(
          true,
        )
      }
    }
  })

  it('give the same bytes for the same content: fixed dates, sorted entries, whatever the time zone or cache', async () => {
    const zips = await listFiles(site.outDir, '.zip')
    expect(zips.length).toBeGreaterThan(5)
    for (const file of zips) {
      const first = await fs.readFile(file)
      const second = await fs.readFile(path.join(again.outDir, path.relative(site.outDir, file)))
      expect(first.equals(second), file).toBe(true)
    }
    for (const release of input['press-releases']) {
      for (const locale of written(release)) {
        for (const entry of zipEntries(await readKit(site, locale, release.slug)))
          expect(entry.modified).toBe(release.updatedAt)
      }
    }
    expect(again.output).toMatch(/print cache: 0 hits/)
  })

  it('come from the print cache in a warm build, which writes every file of the site byte for byte as the cold one', async () => {
    expect(warm.output).not.toMatch(/zipped in/)
    for (const release of input['press-releases'])
      for (const locale of written(release))
        expect(warm.output).toContain(`[jol:print] ${kitPath(locale, release.slug)}: `)
    expect(warm.output).toMatch(/\.zip: \d+ KB, \d+ files, from the cache/)
    expect(warm.output).not.toMatch(/rendered in \d+ ms|print cache: \d+ hits, [1-9]\d* misses/)
    const files = (await fs.readdir(site.outDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(site.outDir, path.join(entry.parentPath, entry.name)))
      .sort()
    const warmFiles = (await fs.readdir(warm.outDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(warm.outDir, path.join(entry.parentPath, entry.name)))
      .sort()
    expect(warmFiles).toEqual(files)
    expect(files.filter((file) => /\.(zip|pdf|htm)$/.test(file)).length).toBeGreaterThan(10)
    for (const file of files) {
      const cold = await fs.readFile(path.join(site.outDir, file))
      expect(cold.equals(await fs.readFile(path.join(warm.outDir, file))), file).toBe(true)
    }
  })

  it('are the print cache’s own files in the site, hard links, not copies; Astro logs no file it did not write', async () => {
    // Every file of the cache the warm build read from, by inode.
    const cached = new Set<number>()
    for (const entry of await fs.readdir(cacheDirs[0]!, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) cached.add((await fs.stat(path.join(entry.parentPath, entry.name))).ino)
    const documents = (await listFiles(warm.outDir, '.zip')).concat(await listFiles(warm.outDir, '.pdf'))
    expect(documents.filter((file) => file.endsWith('.zip')).length).toBeGreaterThan(0)
    expect(documents.filter((file) => file.endsWith('.pdf')).length).toBeGreaterThan(0)
    for (const file of documents) expect(cached.has((await fs.stat(file)).ino), file).toBe(true)
    for (const built of [site, warm]) expect(built.output).not.toContain('file not created')
  })

  it('the press room index lists releases newest first, explains the embargo convention, links RSS, and shows media contacts and boilerplate', async () => {
    for (const locale of localeCodes) {
      const html = await fs.readFile(fileOfPath(site.outDir, `/${locale}/press/`), 'utf8')
      const order = [...html.matchAll(/<h2><a href="\/[a-z]{2}\/press\/([a-z0-9-]+)\/">/g)].map((m) => m[1])
      const expected = [...input['press-releases']]
        .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate))
        .map((r) => r.slug)
        .filter((slug) => order.includes(slug))
      expect(order, locale).toEqual(expected)
      expect(html).toContain('class="embargo-note"')
      expect(html).toContain(`<a href="/${locale}/press/rss.xml" type="application/rss+xml">`)
      expect(html).toContain('press@jol.example.org')
      const room = input.globals.pressRoom.translations
      expect(html).toContain(
        plainText((room[locale] ?? room[fallbackChain(locale).find((c) => room[c])!])!.boilerplate).replace(
          /"/g,
          '&quot;',
        ),
      )
    }
  })

  it('a release page says whether it was embargoed: "embargo lifted" with the time, or "for immediate release"', async () => {
    const embargoed = await fs.readFile(
      fileOfPath(site.outDir, `/en/press/${fixture.releaseWithPhotos}/`),
      'utf8',
    )
    expect(embargoed).toMatch(
      /<p class="meta release-note">Embargo lifted February 19, 2025 at \d{1,2}:\d{2}\s?[AP]M<\/p>/,
    )
    const immediate = await fs.readFile(
      fileOfPath(site.outDir, `/en/press/${fixture.releaseWithoutPhotos}/`),
      'utf8',
    )
    expect(immediate).toContain('<p class="meta release-note">For immediate release</p>')
  })

  it('link nothing outside the site', async () => {
    const zip = unzip(await readKit(site, 'en', fixture.releaseWithPhotos))
    const text = utf8(zip[`${fixture.releaseWithPhotos}-en.txt`])
    for (const url of text.match(/https?:\/\/\S+/g) ?? []) expect(url.startsWith(SITE_URL)).toBe(true)
  })
})
