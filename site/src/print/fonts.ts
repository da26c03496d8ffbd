import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Noto Sans, full TTF files from the npm registry (`@expo-google-fonts/noto-sans`): one family
 * that covers Latin with U+02BB (Uzbek) and Cyrillic with the letters of Kazakh, Kyrgyz and Tajik
 * (ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ). They are handed to Typst as bytes: no system font and no download
 * can change a document. The PDF embeds only the glyphs a document uses (a subset).
 */

export const PRINT_FONT_FAMILY = 'Noto Sans'

/** The files in use, for the cache key: another font version means other PDFs. */
export const PRINT_FONT_FILES = ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic'] as const

const require = createRequire(import.meta.url)
const fontFile = (style: string) =>
  require.resolve(`@expo-google-fonts/noto-sans/${style}/NotoSans_${style}.ttf`)

let loaded: Buffer[] | undefined

/** The font files' bytes, read once per process. */
export function printFonts(): Buffer[] {
  loaded ??= PRINT_FONT_FILES.map((style) => readFileSync(fontFile(style)))
  return loaded
}
