import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import {
  fallbackChain,
  localeCodes,
  locales,
  plainText,
  type Leaflet,
  type LocaleCode,
} from '@jol/content-schemas'
import type { SnapshotInput } from '@jol/content-schemas/io'
import { siteDir } from '@jol/content-schemas/deployment'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderLeafletPdf, type LeafletPrint } from '../../../site/src/print/leaflet-pdf'
import { bytesInKey, contentKey, PRINT_LAYOUT_VERSION, PrintCache } from '../../../site/src/print/cache'
import { PRINT_FONT_FILES } from '../../../site/src/print/fonts'
import { PRINT_PACKAGES, PRINT_RENDERED_BY } from '../../../site/src/print/rendered-by'
import { PrintInputError } from '../../../site/src/print/errors'
import { uiStrings } from '../../../site/src/translations'
import { fixture, writeFixtureSnapshot } from '../../fixtures/snapshot'
import { buildSite, fileOfPath, SITE_URL, type BuiltSite } from '../support'
import {
  decodeQr,
  inkShare,
  isPaperSize,
  normalise,
  overlappingLines,
  pdfAccessibility,
  pdfFonts,
  pdfInfo,
  pdfLines,
  pdfImages,
  pdfStrings,
  pdfStructure,
  pdfText,
  renderPage,
  structNodes,
  type StructNode,
} from './pdf-tools'

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
const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  )
const written = (leaflet: Leaflet) => Object.keys(leaflet.translations) as LocaleCode[]

/** What a reader must find in the PDF, from the snapshot (not from the site's code): every text of the leaflet. */
function leafletTexts(leaflet: Leaflet, locale: LocaleCode): string[] {
  const text = leaflet.translations[locale]!
  const bodyLines = plainText(text.body)
    .split('\n')
    .map((line) => line.replace(/^\s*(-|\d+\.)\s+/, '').trim()) // list markers are drawn, not compared
    .filter(Boolean)
  const contacts = text.contacts.flatMap((c) =>
    [c.label, c.phone, c.hours, c.url].filter((v): v is string => Boolean(v)),
  )
  return [
    text.title,
    text.summary,
    ...text.keyMessages,
    ...bodyLines,
    ...contacts,
    input.globals.siteSettings.hotlinePhone,
  ]
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
})

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
  if (cacheDir) await fs.rm(cacheDir, { recursive: true, force: true })
})

describe('leaflet PDFs in the build', () => {
  it('exist for every leaflet in every language it is written in, and never for a fallback', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of localeCodes) {
        expect(await exists(fileOf(pdfPath(locale, leaflet.slug))), pdfPath(locale, leaflet.slug)).toBe(
          written(leaflet).includes(locale),
        )
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
        expect(html, `${locale}/${leaflet.slug}`).toContain(
          `<a href="${pdfPath(shown, leaflet.slug)}" type="application/pdf"`,
        )
        expect(html).toMatch(
          new RegExp(
            `\\(PDF, <span lang="[^"]+">${name}</span>, ${leaflet.printFormat}, ${Math.ceil(size / 1024)} [KК]Б?`,
          ),
        )
      }
    }
  })

  it('carry the leaflet text letter for letter in every language (U+02BB included, no word broken)', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const text = await pdfText(fileOf(pdfPath(locale, leaflet.slug)))
        for (const piece of leafletTexts(leaflet, locale))
          expect(text, `${locale}/${leaflet.slug}`).toContain(normalise(piece))
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
        for (const font of fonts)
          expect(font, `${locale}/${leaflet.slug}: ${font.name}`).toMatchObject({
            embedded: true,
            subset: true,
            unicode: true,
          })
        expect(fonts.every((font) => font.name.includes('NotoSans'))).toBe(true)
      }
    }
  })

  it('are exactly A4 or A5, as the leaflet asks, on every page, dated with the version', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const info = await pdfInfo(fileOf(pdfPath(locale, leaflet.slug)))
        expect(info.pageSizes.length).toBe(info.pages)
        for (const size of info.pageSizes)
          expect(isPaperSize(size, leaflet.printFormat), `${locale}/${leaflet.slug}: ${size}`).toBe(true)
        expect(new Date(info.creationDate!).toISOString()).toBe(leaflet.updatedAt)
      }
    }
  })

  it('show ink where the title is, in every language (not a blank page)', async () => {
    const leaflet = input.leaflets.find((l) => l.slug === fixture.fullLeaflet)!
    for (const locale of written(leaflet)) {
      // The band under the top margin (A5 at 50 dpi is 291 × 413 px): campaign name and title, no picture.
      const band = await renderPage(fileOf(pdfPath(locale, leaflet.slug)), 1, 50, {
        x: 0,
        y: 15,
        width: 291,
        height: 45,
      })
      expect(await inkShare(band), locale).toBeGreaterThan(0.02)
    }
  })

  it('are tagged PDF/UA-1 in every language: title, language, headings, lists, links, pictures with alt text, the help box, in reading order', async () => {
    const leaflet = input.leaflets.find((l) => l.slug === fixture.fullLeaflet)!
    const card = input.media.find((m) => m.translations.en?.alt === 'A card with the hotline number')!
    const school = input.media.find((m) => m.id === leaflet.cover)!
    for (const locale of written(leaflet)) {
      const file = fileOf(pdfPath(locale, leaflet.slug))
      const text = leaflet.translations[locale]!
      const labels = uiStrings[locale]
      const where = `${locale}/${leaflet.slug}`
      expect(await pdfAccessibility(file), where).toEqual({ tagged: true, title: text.title, uaPart: '1' })
      const lang = locales.find((l) => l.code === locale)!.tag.split('-')[0]
      // The catalog's language first; the card's alt text exists only in English, so it says so.
      const langs = await pdfStrings(file, '/Lang')
      expect(langs, where).toContain(lang)
      if (locale !== 'en') expect(langs, where).toContain('en')

      const tree = (await pdfStructure(file))!
      const all = structNodes(tree)
      const roles = (role: string) => all.filter((n) => n.role === role)
      const textOf = (nodes: StructNode[]) => nodes.map((n) => normalise(n.text))
      expect(textOf(roles('H1')), where).toEqual([normalise(text.title)])
      // Body headings h2, h3, h4 stay h2, h3, h4; the boxes have their own h2.
      expect(textOf(roles('H2')), where).toEqual(
        [labels['leaflet.keyMessages'], text.title, labels['leaflet.help']].map(normalise),
      )
      expect(textOf(roles('H3')), where).toEqual([fixture.richText.heading3])
      expect(textOf(roles('H4')), where).toEqual([fixture.richText.heading4])
      // Key messages and the body's list (with its nested list) are lists of items.
      const lists = roles('L')
      expect(lists.length, where).toBe(3)
      expect(lists[0]!.children.filter((c) => c.role === 'LI').length).toBe(text.keyMessages.length)
      expect(
        roles('BlockQuote').map((n) => normalise(n.text)),
        where,
      ).toEqual([fixture.richText.quote])
      // Every link says where it goes in words.
      expect(textOf(roles('Link')), where).toEqual(
        expect.arrayContaining([
          'UNICEF on education',
          'help@jol.example.org',
          'the hotline',
          fixture.contactUrls[0],
        ]),
      )
      for (const link of roles('Link').filter((l) => l.children.every((c) => c.role !== 'Figure')))
        expect(normalise(link.text), where).not.toBe('')
      // Pictures: cover and card with their CMS alt texts (in another language when there is none in this one), the QR code with its target.
      expect(roles('Figure').length, where).toBe(3)
      const alts = await pdfStrings(file, '/Alt')
      expect(alts, where).toEqual(
        expect.arrayContaining([
          school.translations[locale]!.alt,
          card.translations.en!.alt,
          `${labels['print.scan']}: ${SITE_URL}/${locale}/leaflets/${leaflet.slug}/?src=print`,
        ]),
      )
      // The help box is one group: its heading, the contacts, the hotline, the QR code.
      const help = roles('Div').find((d) =>
        d.children.some((c) => c.role === 'Div' && c.children.some((h) => h.role === 'H2')),
      )!
      expect(help, where).toBeDefined()
      for (const piece of [labels['leaflet.help'], 'Jol hotline', fixture.hotlinePhone, labels['print.scan']])
        expect(normalise(help.text), where).toContain(normalise(piece))
      // Reading order: title, summary, key messages, body, help box; the footer is page furniture, not text.
      const order = [
        text.title,
        text.summary,
        labels['leaflet.keyMessages'],
        fixture.richText.quote,
        labels['leaflet.help'],
      ].map((piece) => normalise(tree.text).indexOf(normalise(piece)))
      expect(
        order.every((at) => at >= 0),
        where,
      ).toBe(true)
      expect(
        [...order].sort((a, b) => a - b),
        where,
      ).toEqual(order)
      expect(await pdfText(file), where).toContain(' · ')
      expect(tree.text, where).not.toContain(' · ')
    }
  })

  it('have a QR code that decodes to the leaflet page in the same language, tagged as print', async () => {
    for (const leaflet of input.leaflets) {
      for (const locale of written(leaflet)) {
        const file = fileOf(pdfPath(locale, leaflet.slug))
        const { pages } = await pdfInfo(file)
        const png = await renderPage(file, pages, 150)
        expect(await decodeQr(png), `${locale}/${leaflet.slug}`).toBe(
          `${SITE_URL}/${locale}/leaflets/${leaflet.slug}/?src=print`,
        )
        // The code is a square grey picture of its modules, drawn without smoothing: sharp at any size.
        const codes = (await pdfImages(file)).filter(
          (image) => image.components === 1 && image.width === image.height,
        )
        expect(codes, `${locale}/${leaflet.slug}`).toMatchObject([{ page: pages, interpolated: false }])
      }
    }
  })

  it('logs each PDF and the print cache counts', () => {
    expect(site.output).toMatch(
      new RegExp(
        `\\[jol:print\\] /uz/leaflets/${fixture.fullLeaflet}\\.pdf: \\d+ KB, rendered in \\d+ ms \\(print cache: \\d+ hits, \\d+ misses\\)`,
      ),
    )
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
      labels: {
        keyMessages: 'Нуктаҳои асосӣ',
        help: 'Ба куҷо муроҷиат кардан',
        hotline: 'Хати боварӣ',
        hours: 'Соатҳо: {{hours}}',
        website: 'Сомона',
        photoCredit: 'Акс: {{credit}}',
        scan: 'Скан кунед',
        callout: { hotline: 'Хати боварӣ', info: 'Донистан муфид аст', warning: 'Диққат' },
      },
      pictures: new Map(),
    }
  }
  const write = async (bytes: Uint8Array) => {
    const file = path.join(site.root, `unit-${Math.random().toString(16).slice(2)}.pdf`)
    await fs.writeFile(file, bytes)
    return file
  }

  it('never splits a word, in a column too narrow for whole lines of long Uzbek, Kazakh and Tajik words', async () => {
    const words = [
      'gʻamxoʻrlik',
      'hujjatlaringizdan',
      'Oʻzbekistonliklarning',
      'Қазақстандағы',
      'ҳуқуқҳои',
      'ҷавобгарӣ',
    ]
    const long = base()
    long.format = 'A5'
    long.text = { ...long.text, summary: Array.from({ length: 12 }, () => words.join(' ')).join(' ') }
    const file = await write(await renderLeafletPdf(long))
    const lines = (await pdfLines(file)).filter((l) => words.some((w) => l.text.includes(w)))
    expect(lines.length).toBeGreaterThan(5) // the summary wraps, or this checks nothing
    for (const line of lines)
      for (const piece of line.text.split(' ')) expect(words, line.text).toContain(piece)
  })

  it('never draws a line over another, with a title and a summary long enough to wrap, in A4 and A5', async () => {
    for (const format of ['A4', 'A5'] as const) {
      const long = base()
      long.format = format
      long.text = {
        ...long.text,
        title: `${long.text.title}: ${long.text.summary}`,
        summary: `${long.text.summary} ${long.text.summary}`,
      }
      const lines = await pdfLines(await write(await renderLeafletPdf(long)))
      // The title really wraps, or this checks nothing.
      expect(lines.filter((l) => long.text.title.includes(l.text)).length, format).toBeGreaterThan(1)
      expect(overlappingLines(lines), format).toEqual([])
    }
  })

  it('never leaves a heading alone at the foot of a page', async () => {
    // Sections of growing length: with this many page breaks, some heading would land last on a page.
    const sections = Array.from({ length: 24 }, (_, n) => [
      {
        type: 'heading' as const,
        level: 2 as const,
        children: [{ type: 'text' as const, text: `Section ${n + 1}` }],
      },
      {
        type: 'paragraph' as const,
        children: [
          {
            type: 'text' as const,
            text: 'Бо ҳуҷҷатҳои худ ба маркази хизматрасонӣ муроҷиат кунед. '.repeat(2 + (n % 5)),
          },
        ],
      },
    ]).flat()
    let pageEnds = 0
    for (const format of ['A4', 'A5'] as const) {
      const long = {
        ...base(),
        format,
        text: { ...base().text, body: { type: 'root' as const, children: sections } },
      }
      const lines = await pdfLines(await write(await renderLeafletPdf(long)))
      const pages = Math.max(...lines.map((l) => l.page))
      for (let page = 1; page < pages; page++) {
        // The last line of text above the footer (the footer is the lowest line of every page).
        const onPage = lines.filter((l) => l.page === page).sort((a, b) => a.yMax - b.yMax)
        const last = onPage[onPage.length - 2]!
        pageEnds++
        expect(last.text, `${format} page ${page}`).not.toMatch(/^Section \d+$/)
      }
    }
    expect(pageEnds).toBeGreaterThan(4)
  })

  it('gives the same bytes for the same content', async () => {
    const first = await renderLeafletPdf(base())
    const second = await renderLeafletPdf(base())
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
  })

  it('refuses a letter the font does not have (it would print as an empty box), naming the field; the ink check sees blank paper', async () => {
    const tofu = base()
    tofu.text = { ...tofu.text, title: `${tofu.text.title} 漢字` }
    const refused = await renderLeafletPdf(tofu).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(PrintInputError)
    expect((refused as Error).message).toBe(
      `leaflets/${fixture.fullLeaflet}/tg/title: has letters the print font (Noto Sans) cannot draw: "漢" (U+6F22), "字" (U+5B57)`,
    )

    // A leaflet with nothing but the help box: the lower half of its page is blank.
    const empty = {
      ...base(),
      text: {
        ...base().text,
        title: ' ',
        summary: ' ',
        keyMessages: [],
        contacts: [],
        body: { type: 'root' as const, children: [] },
      },
    }
    const blank = await write(await renderLeafletPdf(empty))
    expect(
      await inkShare(await renderPage(blank, 1, 50, { x: 0, y: 350, width: 413, height: 150 })),
    ).toBeLessThan(0.001)
  })

  it('shows hostile text as text: nothing an editor types runs as Typst code', async () => {
    const hostile = [
      '#import "jol.typ": *',
      '#read("/etc/passwd")',
      '$x^2$ ] ) } #let x = 1',
      '#eval("1 + 1")',
      '= Not a heading',
      '*not bold* _not italic_ <label> @ref',
      '#sys.inputs',
      '\\#box[x]',
    ]
    const print = base()
    print.text = {
      ...print.text,
      title: hostile[0]!,
      summary: hostile.join(' '),
      keyMessages: hostile,
      contacts: [
        {
          label: hostile[1]!,
          phone: hostile[2],
          hours: hostile[3],
          url: 'https://jol.example.org/#read("x")',
        },
      ],
      body: {
        type: 'root',
        children: [
          ...hostile.map((line) => ({
            type: 'paragraph' as const,
            children: [{ type: 'text' as const, text: line, bold: true }],
          })),
          { type: 'callout', kind: 'warning', title: hostile[4]!, text: hostile[5], phone: hostile[6] },
        ],
      },
    }
    print.campaign = hostile[7]!
    const file = await write(await renderLeafletPdf(print))
    const text = await pdfText(file)
    for (const line of hostile) expect(text).toContain(normalise(line))
    expect(text).not.toContain('root:') // /etc/passwd was not read
    expect(text).not.toMatch(/(^|\s)2(\s|$)/) // #eval("1 + 1") was not evaluated
    const tree = (await pdfStructure(file))!
    expect(
      structNodes(tree)
        .filter((n) => /^H\d$/.test(n.role))
        .map((n) => `${n.role} ${normalise(n.text)}`),
    ).toEqual([`H1 ${hostile[0]}`, 'H2 Нуктаҳои асосӣ', 'H2 Ба куҷо муроҷиат кардан'])
  })

  it('marks a picture without alt text as decorative (an artifact a screen reader skips), and one with alt text as a figure', async () => {
    const image = {
      data: await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a7' } })
        .jpeg()
        .toBuffer(),
      format: 'jpg' as const,
      width: 40,
      height: 30,
      credit: 'Jol',
    }
    const print = base()
    print.pictures = new Map([
      ['described', { ...image, alt: 'A map of the city centre' }],
      [
        'decorative',
        {
          ...image,
          data: await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a37' } })
            .jpeg()
            .toBuffer(),
        },
      ],
    ])
    print.text = {
      ...print.text,
      body: {
        type: 'root',
        children: [
          { type: 'image', media: 'described' },
          { type: 'image', media: 'decorative' },
          { type: 'paragraph', children: [{ type: 'text', text: 'After the pictures.' }] },
        ],
      },
    }
    const file = await write(await renderLeafletPdf(print))
    const figures = structNodes((await pdfStructure(file))!).filter((n) => n.role === 'Figure')
    expect(figures.length).toBe(2) // the described picture and the QR code
    expect((await pdfStrings(file, '/Alt')).sort()).toEqual([
      'A map of the city centre',
      `Скан кунед: ${SITE_URL}/tg/leaflets/${fixture.fullLeaflet}/`,
    ])
    // Both pictures are drawn, and the QR code.
    expect((await pdfImages(file)).length).toBe(3)
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
      const withPicture = {
        ...base(),
        pictures: new Map([
          ['a', { data: Buffer.from([1, 2, 3]), format: 'png' as const, width: 1, height: 1, credit: 'x' }],
        ]),
      }
      const otherBytes = {
        ...base(),
        pictures: new Map([
          ['a', { data: Buffer.from([1, 2, 4]), format: 'png' as const, width: 1, height: 1, credit: 'x' }],
        ]),
      }
      expect(contentKey('leaflet', withPicture)).not.toBe(contentKey('leaflet', otherBytes))
      // A map's order does not matter, nor whether bytes come as a Buffer or a view of one.
      const [a, b] = [withPicture.pictures.get('a')!, { ...withPicture.pictures.get('a')!, credit: 'y' }]
      expect(
        contentKey(
          'x',
          new Map([
            ['a', a],
            ['b', b],
          ]),
        ),
      ).toBe(
        contentKey(
          'x',
          new Map([
            ['b', b],
            ['a', a],
          ]),
        ),
      )
      // A caller with only their hash and length (a press photo read once per build) gets the same key.
      expect(contentKey('x', { data: bytesInKey(Buffer.from([1, 2, 3])) })).toBe(
        contentKey('x', { data: Buffer.from([1, 2, 3]) }),
      )
      expect(contentKey('x', { data: new Uint8Array([1, 2, 3]) })).toBe(
        contentKey('x', { data: Buffer.from([1, 2, 3]) }),
      )
      // The same key as a JSON.stringify replacer gave (the cache's entries made before are found):
      // bytes by their hash, maps as sorted pairs, dates by toJSON, undefined left out.
      const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex')
      const nested = {
        at: new Date(Date.UTC(2026, 0, 2)),
        gone: undefined,
        list: [withPicture.pictures, 'x'],
      }
      const byReplacer = sha(
        JSON.stringify(
          {
            kind: 'x',
            layout: PRINT_LAYOUT_VERSION,
            renderer: PRINT_RENDERED_BY,
            fonts: PRINT_FONT_FILES,
            input: nested,
          },
          function (this: Record<string, unknown>, key, value: unknown) {
            const raw = this[key]
            if (raw instanceof Uint8Array) return { sha256: sha(raw), bytes: raw.length }
            if (raw instanceof Map)
              return [...raw.entries()].sort(([x], [y]) => String(x).localeCompare(String(y)))
            return value
          },
        ),
      )
      expect(contentKey('x', nested)).toBe(byReplacer)

      // The compiler, the fonts and the QR encoder are in the key with the versions installed:
      // another QR encoder may pick another mask for the same address, so an upgrade renders again.
      const installed = await Promise.all(
        PRINT_PACKAGES.map(async (name) => {
          const manifest = path.join(siteDir, 'node_modules', name, 'package.json')
          return `${name}@${(JSON.parse(await fs.readFile(manifest, 'utf8')) as { version: string }).version}`
        }),
      )
      expect(PRINT_RENDERED_BY).toEqual(installed)
      expect(installed.some((name) => name.startsWith('qr@'))).toBe(true)
      const otherQr = installed.map((name) => (name.startsWith('qr@') ? 'qr@0.0.1' : name))
      expect(contentKey('leaflet', base(), otherQr)).not.toBe(key)
      expect(contentKey('leaflet', base(), installed)).toBe(key)
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
