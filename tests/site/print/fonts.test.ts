import fs from 'node:fs/promises'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { PrintInputError } from '../../../site/src/print/errors'
import {
  PRINT_FONT_BLOCKS,
  PRINT_FONT_FILES,
  printFonts,
  sourceFontFile,
} from '../../../site/src/print/fonts'
import { coverageOf, missingLetters } from '../../../site/src/print/glyphs'
import { renderLeafletPdf, type LeafletPrint } from '../../../site/src/print/leaflet-pdf'
import { sitePackageDir } from '../../../site/src/print/site-package'

/**
 * The print fonts are Noto Sans cut down to the blocks Jol prints (faster to shape and embed). Every
 * letter of the six languages must still be in each of the four styles, the cut must really happen,
 * and the letter check must read the cut fonts: a letter Noto Sans has but the cut dropped is refused
 * before rendering, never drawn as an empty box.
 */

const fonts = await printFonts()
const sources = await Promise.all(PRINT_FONT_FILES.map((style) => fs.readFile(sourceFontFile(style))))

/** Every letter of the six alphabets (both cases), the digits and the punctuation, signs and spaces leaflets use. */
const alphabets = {
  en: 'abcdefghijklmnopqrstuvwxyz',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  kk: 'әғқңөұүһі',
  ky: 'ңөү',
  tg: 'ғӣқӯҳҷ',
  uz: 'oʻgʻʼ',
}
const everyLetter = [
  ...Object.values(alphabets).flatMap((letters) => [letters, letters.toUpperCase()]),
  '0123456789',
  '.,:;!?¡¿()[]{}/\\-–—‐‑“”„«»‘’\'"…•·№%&@#*+=×−°§€₸₽$£¥©®™½\u00a0\u2009\u202f',
].join('')

describe('the print fonts', () => {
  it('draw every letter of the six languages, with their punctuation and signs, in all four styles', () => {
    expect(fonts).toHaveLength(PRINT_FONT_FILES.length)
    for (const [i, font] of fonts.entries())
      expect(missingLetters(everyLetter, coverageOf(font)), PRINT_FONT_FILES[i]).toEqual([])
  })

  it('are Noto Sans cut to the blocks Jol prints: less than half the size, without the letters outside them', () => {
    // Polytonic Greek and old Cyrillic: in Noto Sans, outside every block Jol prints.
    const outside = ['ἀ', 'ῷ', 'Ꙁ', 'ꚙ']
    for (const letter of outside) {
      const codePoint = letter.codePointAt(0)!
      expect(PRINT_FONT_BLOCKS.some(([first, last]) => codePoint >= first && codePoint <= last)).toBe(false)
    }
    for (const [i, font] of fonts.entries()) {
      const source = sources[i]!
      expect(font.length, PRINT_FONT_FILES[i]).toBeLessThan(source.length / 2)
      expect(missingLetters(outside.join(''), coverageOf(source)), PRINT_FONT_FILES[i]).toEqual([])
      expect(missingLetters(outside.join(''), coverageOf(font)), PRINT_FONT_FILES[i]).toEqual(outside)
    }
  })

  it('are kept in the cache folder, by the hash of what made them, and read from there', async () => {
    const dir = path.join(sitePackageDir(), 'node_modules', '.cache', 'jol-print-fonts')
    const kept = await Promise.all(
      (await fs.readdir(dir))
        .filter((name) => /^[0-9a-f]{64}\.ttf$/.test(name))
        .map((name) => fs.readFile(path.join(dir, name))),
    )
    for (const font of fonts) expect(kept.some((file) => file.equals(font))).toBe(true)
  })

  it('are what the letter check reads: a letter Noto Sans has but the cut dropped is refused, naming the field', async () => {
    const leaflet: LeafletPrint = {
      slug: 'greek-names',
      locale: 'ru',
      languageTag: 'ru',
      format: 'A5',
      updatedAt: '2025-02-10T09:00:00.000Z',
      text: {
        title: 'Право на школу',
        summary: 'Имена: ἀγάπη',
        body: { type: 'root', children: [] },
        keyMessages: [],
        contacts: [],
      },
      pageUrl: 'https://jol.example.org/ru/leaflets/greek-names/',
      campaign: 'Jol',
      versionLine: 'Версия от 10 февраля 2025 г.',
      hotline: { label: 'Горячая линия', phone: '+7 800 080 12 34' },
      labels: {
        keyMessages: 'Главное',
        help: 'Куда обратиться',
        hotline: 'Горячая линия',
        hours: 'Часы: {{hours}}',
        website: 'Сайт',
        photoCredit: 'Фото: {{credit}}',
        scan: 'Отсканируйте',
        callout: { hotline: 'Горячая линия', info: 'Полезно знать', warning: 'Внимание' },
      },
      pictures: new Map(),
    }
    const refused = await renderLeafletPdf(leaflet).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(PrintInputError)
    expect((refused as Error).message).toBe(
      'leaflets/greek-names/ru/summary: has letters the print font (Noto Sans) cannot draw: "ἀ" (U+1F00)',
    )
    // The same leaflet with letters of the blocks renders.
    const pdf = await renderLeafletPdf({ ...leaflet, text: { ...leaflet.text, summary: 'Имена: αγάπη' } })
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
  })
})
