import { Font } from '@react-pdf/renderer'

/**
 * react-pdf hyphenates every text with English patterns: it splits Uzbek, Kazakh or Tajik words
 * at wrong places and, with U+02BB (oʻ, gʻ) inside a word, drops letters. Leaflets are read by
 * people in their second or third language: a whole word on the next line is easier to read than a
 * wrongly broken one, so words are never split.
 */
export const wholeWords = (word: string): string[] => [word]

export function disableHyphenation(): void {
  Font.registerHyphenationCallback(wholeWords)
}

/** The callback react-pdf will use, for tests: null means its English patterns. */
export const hyphenationInUse = () => Font.getHyphenationCallback()
