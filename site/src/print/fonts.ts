import { createRequire } from 'node:module'

import { Font } from '@react-pdf/renderer'

import { disableHyphenation } from './hyphenation'

/**
 * Noto Sans, full TTF files from the npm registry (`@expo-google-fonts/noto-sans`): one family
 * that covers Latin with U+02BB (Uzbek) and Cyrillic with the letters of Kazakh, Kyrgyz and Tajik
 * (ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ). react-pdf embeds only the glyphs a document uses (a subset), so a
 * text-only leaflet stays small.
 */

export const PRINT_FONT_FAMILY = 'Noto Sans'

const require = createRequire(import.meta.url)
const fontFile = (style: string) => require.resolve(`@expo-google-fonts/noto-sans/${style}/NotoSans_${style}.ttf`)

/** The files in use, for the cache key: another font version means other PDFs. */
export const PRINT_FONT_FILES = ['400Regular', '400Regular_Italic', '700Bold', '700Bold_Italic'] as const

let registered = false

/** Registers the font family and the hyphenation rule once per process (react-pdf's font store is global). */
export function registerPrintFonts(): void {
  if (registered) return
  Font.register({
    family: PRINT_FONT_FAMILY,
    fonts: [
      { src: fontFile('400Regular'), fontWeight: 400, fontStyle: 'normal' },
      { src: fontFile('400Regular_Italic'), fontWeight: 400, fontStyle: 'italic' },
      { src: fontFile('700Bold'), fontWeight: 700, fontStyle: 'normal' },
      { src: fontFile('700Bold_Italic'), fontWeight: 700, fontStyle: 'italic' },
    ],
  })
  disableHyphenation()
  registered = true
}
