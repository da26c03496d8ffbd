import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { fallbackChain, localeCodes, locales, plainText, type Leaflet, type LocaleCode } from '@jol/content-schemas'
import type { SnapshotInput } from '@jol/content-schemas/io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderLeafletPdf, type LeafletPrint } from '../../../site/src/print/leaflet-pdf'
import { contentKey, PrintCache } from '../../../site/src/print/cache'
import { registerPrintFonts } from '../../../site/src/print/fonts'
import { hyphenationInUse } from '../../../site/src/print/hyphenation'
import { fixture, writeFixtureSnapshot } from '../../fixtures/snapshot'
import { buildSite, fileOfPath, SITE_URL, type BuiltSite } from '../support'
import { decodeQr, inkShare, normalise, overlappingLines, PAGE_SIZES, pdfFonts, pdfInfo, pdfLines, pdfText, renderPage } from './pdf-tools'

/**
 * Leaflet PDFs: one build of the fixture snapshot (six languages, an English-only leaflet, hostile
 * text), every PDF read back with poppler as a reader's tools would; the renderer and its cache
 * are also driven directly for the checks that need a controlled input.
 */

let site: BuiltSite
let input: SnapshotInput
let cacheDir: string

const pdfPath = (locale: LocaleCode, slug: string) => `/${locale}/leaflets/${slug}.pdf`
const fileOf = (urlPath: string) => fileOfPath(site.outDir, urlPath)
const exists = (file: string) => fs.access(file).then(() => true, () => false)
const written = (leaflet: Leaflet) => Object.keys(leaflet.translations) as LocaleCode[]

/** What a reader must find in the PDF, from the snapshot (not from the site's code): every text of the leaflet. */
function leafletTexts(leaflet: Leaflet, locale: LocaleCode): string[] {
  const text = leaflet.translations[locale]!
  const bodyLines = plainText(text.body)
    .split('\n')
    .map((line) => line.replace(/^\s*(-|\d+\.)\s+/, '').trim()) // list markers are drawn, not compared
    .filter(Boolean)
  const contacts = text.contacts.flatMap((c) => [c.label, c.phone, c.hours, c.url].filter((v): v is string => Boolean(v)))
  return [text.title, text.summary, ...text.keyMessages, ...bodyLines, ...contacts, input.globals.siteSettings.hotlinePhone]
}

beforeAll(async () => {
  cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-print-cache-'))
  site = await buildSite(
    async (dir) => {
      input = await writeFixtureSnapshot(dir)
    },
    { JOL_PRINT_CACHE_DIR: cacheDir },
  )
  if (site.code !== 0) throw new Error(`astro build failed:\n${site.output}`)
}, 300_000)

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
  if (cacheDir) await fs.rm(cacheDir, { recursive: true, force: true })
})

describe('leaflet PDFs in the build', () => {
  it('exist for every leaflet in every language it is written in, and never for a fallback', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of localeCodes) {
        expect(await exists(fileOf(pdfPath(locale, leaflet.slug))), pdfPath(locale, leaflet.slug)).toBe(written(leaflet).includes(locale))
      }
    }
  })

  it('are linked from the leaflet page with their language and size; a fallback page links the real translation', async () => {
    for (const locale of localeCodes) {
      for (const leaflet of input.leaflets) {
        const shown = fallbackChain(locale).find((code) => written(leaflet).includes(code))!
        const html = await fs.readFile(fileOf(`/${locale}/leaflets/${leaflet.slug}/`), 'utf8')
        const size = (await fs.stat(fileOf(pdfPath(shown, leaflet.slug)))).size
        const name = locales.find((l) => l.code === shown)!.nativeName
        expect(html, `${locale}/${leaflet.slug}`).toContain(`<a href="${pdfPath(shown, leaflet.slug)}" type="application/pdf"`)
        expect(html).toMatch(new RegExp(`\\(PDF, <span lang="[^"]+">${name}</span>, ${leaflet.printFormat}, ${Math.ceil(size / 1024)} [KК]Б?`))
      }
    }
  })

  it('carry the leaflet text letter for letter in every language (U+02BB included, no word broken)', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const text = await pdfText(fileOf(pdfPath(locale, leaflet.slug)))
        for (const piece of leafletTexts(leaflet, locale)) expect(text, `${locale}/${leaflet.slug}`).toContain(normalise(piece))
      }
    }
    const uz = await pdfText(fileOf(pdfPath('uz', fixture.fullLeaflet)))
    expect(uz).toContain('oʻqish bepul, gʻamxoʻrlik')
    expect(uz).not.toMatch(/[og]['‘’`]/)
    expect(uz).not.toMatch(/\p{L}-\s\p{L}/u) // no hyphenated break
  })

  it('embed every font, as a subset (a glyph missing from Noto Sans would fall back to a font that is not embedded)', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const fonts = await pdfFonts(fileOf(pdfPath(locale, leaflet.slug)))
        expect(fonts.length).toBeGreaterThan(0)
        for (const font of fonts) expect(font, `${locale}/${leaflet.slug}: ${font.name}`).toMatchObject({ embedded: true, subset: true, unicode: true })
        expect(fonts.every((font) => font.name.includes('NotoSans'))).toBe(true)
      }
    }
  })

  it('are exactly A4 or A5, as the leaflet asks, on every page, dated with the version', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const info = await pdfInfo(fileOf(pdfPath(locale, leaflet.slug)))
        expect(info.pageSizes.length).toBe(info.pages)
        for (const size of info.pageSizes) expect(size, `${locale}/${leaflet.slug}`).toBe(PAGE_SIZES[leaflet.printFormat])
        expect(new Date(info.creationDate!).toISOString()).toBe(leaflet.updatedAt)
      }
    }
  })

  it('show ink where the title is, in every language (not a blank page)', async () => {
    const leaflet = input.leaflets.find((l) => l.slug === fixture.fullLeaflet)!
    for (const locale of written(leaflet)) {
      // The band under the top margin (A5 at 50 dpi is 291 × 413 px): campaign name and title, no picture.
      const band = await renderPage(fileOf(pdfPath(locale, leaflet.slug)), 1, 50, { x: 0, y: 15, width: 291, height: 45 })
      expect(await inkShare(band), locale).toBeGreaterThan(0.02)
    }
  })

  it('have a QR code that decodes to the leaflet page in the same language, tagged as print', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const file = fileOf(pdfPath(locale, leaflet.slug))
        const { pages } = await pdfInfo(file)
        const png = await renderPage(file, pages, 150)
        expect(await decodeQr(png), `${locale}/${leaflet.slug}`).toBe(`${SITE_URL}/${locale}/leaflets/${leaflet.slug}/?src=print`)
      }
    }
  })

  it('logs each PDF and the print cache counts', () => {
    expect(site.output).toMatch(new RegExp(`\\[jol:print\\] /uz/leaflets/${fixture.fullLeaflet}\\.pdf: \\d+ KB, rendered in \\d+ ms \\(print cache: \\d+ hits, \\d+ misses\\)`))
  })
})

describe('the leaflet renderer', () => {
  const base = (): LeafletPrint => {
    const leaflet = input.leaflets.find((l) => l.slug === fixture.fullLeaflet)!
    return {
      slug: leaflet.slug,
      locale: 'tg',
      languageTag: 'tg',
      format: 'A4',
      updatedAt: leaflet.updatedAt,
      text: leaflet.translations.tg!,
      pageUrl: `${SITE_URL}/tg/leaflets/${leaflet.slug}/`,
      campaign: 'Ҷол',
      versionLine: 'Нусхаи 10 феврали 2025',
      hotline: { label: 'Хати боварӣ', phone: fixture.hotlinePhone },
      labels: { keyMessages: 'Нуктаҳои асосӣ', help: 'Ба куҷо муроҷиат кардан', hotline: 'Хати боварӣ', hours: 'Соатҳо: {{hours}}', website: 'Сомона', photoCredit: 'Акс: {{credit}}', scan: 'Скан кунед', callout: { hotline: 'Хати боварӣ', info: 'Донистан муфид аст', warning: 'Диққат' } },
      pictures: new Map(),
    }
  }
  const write = async (bytes: Uint8Array) => {
    const file = path.join(site.root, `unit-${Math.random().toString(16).slice(2)}.pdf`)
    await fs.writeFile(file, bytes)
    return file
  }

  it('never splits a word: react-pdf\'s English patterns would cut Uzbek "gʻamxoʻrlik" into gʻamx-oʻr-lik', () => {
    registerPrintFonts()
    const hyphenate = hyphenationInUse()
    expect(hyphenate).not.toBeNull()
    for (const word of ['gʻamxoʻrlik', 'hujjatlaringizdan', 'Oʻzbekistonliklarning', 'Қазақстандағы', 'ҳуқуқҳои']) expect(hyphenate!(word)).toEqual([word])
  })

  it('never draws a line over another, with a title and a summary long enough to wrap, in A4 and A5', async () => {
    for (const format of ['A4', 'A5'] as const) {
      const long = base()
      long.format = format
      long.text = { ...long.text, title: `${long.text.title}: ${long.text.summary}`, summary: `${long.text.summary} ${long.text.summary}` }
      const lines = await pdfLines(await write(await renderLeafletPdf(long)))
      // The title really wraps, or this checks nothing.
      expect(lines.filter((l) => long.text.title.includes(l.text)).length, format).toBeGreaterThan(1)
      expect(overlappingLines(lines), format).toEqual([])
    }
  })

  it('gives the same bytes for the same content', async () => {
    const first = await renderLeafletPdf(base())
    const second = await renderLeafletPdf(base())
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })

  it('the font check catches a letter the font does not have (tofu), and the ink check a blank page', async () => {
    const tofu = base()
    tofu.text = { ...tofu.text, title: `${tofu.text.title} 漢字` }
    const fonts = await pdfFonts(await write(await renderLeafletPdf(tofu)))
    expect(fonts.some((font) => !font.embedded)).toBe(true)

    const blank = await write(await renderLeafletPdf({ ...base(), campaign: ' ', text: { ...base().text, title: ' ' } }))
    expect(await inkShare(await renderPage(blank, 1, 50, { x: 0, y: 15, width: 413, height: 45 }))).toBeLessThan(0.02)
  })

  it('keeps a rendered PDF in the cache by content hash: rendered once, changed content rendered again', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-cache-unit-'))
    try {
      const cache = new PrintCache(dir)
      let renders = 0
      const make = async () => {
        renders++
        return renderLeafletPdf(base())
      }
      const key = contentKey('leaflet', base())
      const first = await cache.get(key, 'pdf', make)
      const again = await new PrintCache(dir).get(contentKey('leaflet', base()), 'pdf', make)
      expect(renders).toBe(1)
      expect(first.hit).toBe(false)
      expect(again.hit).toBe(true)
      expect(Buffer.from(again.data).equals(Buffer.from(first.data))).toBe(true)
      expect(cache.stats).toEqual({ hits: 0, misses: 1 })

      const changed = base()
      changed.text = { ...changed.text, summary: `${changed.text.summary}!` }
      expect(contentKey('leaflet', changed)).not.toBe(key)
      const withPicture = { ...base(), pictures: new Map([['a', { data: Buffer.from([1, 2, 3]), format: 'png' as const, width: 1, height: 1, credit: 'x' }]]) }
      const otherBytes = { ...base(), pictures: new Map([['a', { data: Buffer.from([1, 2, 4]), format: 'png' as const, width: 1, height: 1, credit: 'x' }]]) }
      expect(contentKey('leaflet', withPicture)).not.toBe(contentKey('leaflet', otherBytes))
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
