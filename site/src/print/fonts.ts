import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import subsetFont from 'subset-font'

import { sitePackageDir } from './site-package'

/**
 * Noto Sans, from the full TTF files of the npm registry (`@expo-google-fonts/noto-sans`): one family
 * that covers Latin with U+02BB (Uzbek) and Cyrillic with the letters of Kazakh, Kyrgyz and Tajik
 * (ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ). They are handed to Typst as bytes: no system font and no download
 * can change a document. The PDF embeds only the glyphs a document uses (a subset).
 *
 * Speed: Typst is handed the families cut down to the blocks below (`subset-font`, HarfBuzz's
 * subsetter), a third of their size: shaping, subsetting and embedding a font for every PDF cost
 * less with fewer glyphs and layout rules (1.2 ms of a leaflet's 7). The glyphs a document uses,
 * their kerning and ligatures are the same, so the PDFs look the same. The letter check
 * (`glyphs.ts`) reads these cut fonts, so a letter outside the blocks is refused with its field,
 * never drawn as an empty box.
 */

export const PRINT_FONT_FAMILY = 'Noto Sans'

/** The files in use, for the cache key: another font version means other PDFs. */
export const PRINT_FONT_FILES = ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic'] as const

/**
 * The Unicode blocks Jol prints, [first, last]: the alphabets of its six languages with room for
 * names and words from others (Latin with Vietnamese and IPA, Greek, all of Cyrillic Noto Sans has
 * in its main blocks), and the punctuation, currency signs (₸ ₽ €), № and symbols a leaflet uses.
 */
export const PRINT_FONT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin: ASCII letters, digits, punctuation
  [0x00a0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x0250, 0x02ff], // IPA, Spacing Modifier Letters (U+02BB ʻ and U+02BC ʼ of Uzbek)
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x0370, 0x03ff], // Greek and Coptic
  [0x0400, 0x052f], // Cyrillic and Cyrillic Supplement (Kazakh, Kyrgyz, Tajik letters)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese and others)
  [0x2000, 0x206f], // General Punctuation: dashes, quotes, bullet, ellipsis, spaces
  [0x2070, 0x209f], // Superscripts and Subscripts
  [0x20a0, 0x20cf], // Currency Symbols
  [0x2100, 0x214f], // Letterlike Symbols (№, ™)
  [0x2150, 0x218f], // Number Forms (½)
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical Operators (−, ≤, ≥: what Noto Sans has of them)
  [0x25a0, 0x25ff], // Geometric Shapes
  [0xfffd, 0xfffd], // the replacement character
]

const require = createRequire(import.meta.url)
const fontFile = (style: string) =>
  require.resolve(`@expo-google-fonts/noto-sans/${style}/NotoSans_${style}.ttf`)
const SUBSETTER_VERSION = (require('subset-font/package.json') as { version: string }).version

/** Every character of the blocks, as the text the subsetter keeps the glyphs of. */
const blocksText = () =>
  PRINT_FONT_BLOCKS.flatMap(([first, last]) =>
    Array.from({ length: last - first + 1 }, (_, i) => String.fromCodePoint(first + i)),
  ).join('')

/**
 * Where cut fonts are kept between runs, by the hash of what made them (the source font, the blocks,
 * the subsetter's version): a new font or block list makes new files, nothing is ever stale.
 */
const cacheDir = () => path.join(sitePackageDir(), 'node_modules', '.cache', 'jol-print-fonts')

async function cutFont(source: Buffer, text: string): Promise<Buffer> {
  const key = createHash('sha256')
    .update(source)
    .update(JSON.stringify(PRINT_FONT_BLOCKS))
    .update(SUBSETTER_VERSION)
    .digest('hex')
  const file = path.join(cacheDir(), `${key}.ttf`)
  const cached = await readFile(file).catch(() => undefined)
  if (cached && cached.length > 0) return cached
  const cut = await subsetFont(source, text, { targetFormat: 'truetype' })
  // Through a temporary file and a rename: a build running beside this one never reads half a font.
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}-${Math.random().toString(16).slice(2)}.tmp`
  await writeFile(temporary, cut)
  await rename(temporary, file)
  return cut
}

let loaded: Promise<Buffer[]> | undefined

/** The cut fonts' bytes (regular, italic, bold, bold italic), made or read once per process. */
export function printFonts(): Promise<Buffer[]> {
  loaded ??= (async () => {
    const text = blocksText()
    const fonts: Buffer[] = []
    // One at a time: the subsetter is one WebAssembly instance.
    for (const style of PRINT_FONT_FILES) fonts.push(await cutFont(await readFile(fontFile(style)), text))
    return fonts
  })()
  // A failure (a full disk) is not kept: the next document tries again.
  loaded.catch(() => (loaded = undefined))
  return loaded
}

/** The full font files as published, for the tests that compare a cut font with its source. */
export const sourceFontFile = (style: (typeof PRINT_FONT_FILES)[number]) => fontFile(style)
