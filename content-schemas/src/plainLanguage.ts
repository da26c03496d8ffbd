import type { LocaleCode } from './locales'
import { plainText, type RichText } from './snapshot/richText'

/**
 * Plain-language hints for a text in one of Jol's languages: sentences and words that are long for
 * that language, paragraphs that read as a wall of text, and the reading time. Guidance for writers
 * turning legal text into everyday words, never a rule: nothing here refuses a text.
 */

export interface PlainLanguageLimits {
  /** A sentence with more words than this is hard to follow. */
  sentenceWords: number
  /** A word with more letters than this is hard to read (Turkic words grow with their endings). */
  wordLetters: number
  /** A paragraph with more words than this reads as a wall of text. */
  paragraphWords: number
  /** Words an average adult reads in a minute, for the reading time. */
  wordsPerMinute: number
}

/**
 * Per language, from plain-language guidance (about 20 words a sentence for English and Russian) scaled
 * to how words are built: Kazakh, Kyrgyz and Uzbek say in one long word what English says in three, so
 * their sentences have fewer, longer words; Tajik sits between.
 */
export const plainLanguageLimits: Readonly<Record<LocaleCode, PlainLanguageLimits>> = {
  en: { sentenceWords: 25, wordLetters: 12, paragraphWords: 100, wordsPerMinute: 200 },
  ru: { sentenceWords: 20, wordLetters: 14, paragraphWords: 90, wordsPerMinute: 180 },
  kk: { sentenceWords: 15, wordLetters: 16, paragraphWords: 70, wordsPerMinute: 150 },
  ky: { sentenceWords: 15, wordLetters: 16, paragraphWords: 70, wordsPerMinute: 150 },
  tg: { sentenceWords: 18, wordLetters: 12, paragraphWords: 80, wordsPerMinute: 160 },
  uz: { sentenceWords: 15, wordLetters: 16, paragraphWords: 70, wordsPerMinute: 150 },
}

export interface LongSentence {
  text: string
  words: number
}

export interface LongParagraph {
  /** The paragraph's first words, to find it. */
  start: string
  words: number
}

export interface PlainLanguageHints {
  words: number
  sentences: number
  paragraphs: number
  /** Whole minutes, at least 1 for any text. */
  readingMinutes: number
  averageSentenceWords: number
  longSentences: LongSentence[]
  /** Each long word once, in the order met. */
  longWords: string[]
  longParagraphs: LongParagraph[]
  limits: PlainLanguageLimits
}

// Letters with their combining marks; Uzbek oʻ/gʻ (U+02BB) and the tutuq belgisi (U+02BC) are letters.
const letter = String.raw`[\p{L}\p{M}\u02BB\u02BC]`
/** A word: letters, possibly joined by a hyphen or apostrophe (көші-қон, don't), or a number. */
const wordPattern = new RegExp(String.raw`${letter}+(?:[-'’]${letter}+)*|\p{N}+(?:[.,]\p{N}+)*`, 'gu')

const wordsOf = (text: string): string[] => text.match(wordPattern) ?? []
const lettersIn = (word: string): number => (word.match(/\p{L}/gu) ?? []).length

/** Sentences end at . ! ? … (with closing quotes or brackets) before a space, or at a line's end. */
function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…]+[»”"')\]]*)\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0)
}

const preview = (words: string[], count = 8) =>
  words.slice(0, count).join(' ') + (words.length > count ? '…' : '')

/** Hints for a rich text (the portable tree the site renders) or a plain text, in `locale`. */
export function plainLanguageHints(input: RichText | string, locale: LocaleCode): PlainLanguageHints {
  const limits = plainLanguageLimits[locale]
  const text = typeof input === 'string' ? input : plainText(input)
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => wordsOf(paragraph).length > 0)

  let words = 0
  let sentences = 0
  const longSentences: LongSentence[] = []
  const longWords = new Set<string>()
  const longParagraphs: LongParagraph[] = []
  for (const paragraph of paragraphs) {
    const paragraphWords = wordsOf(paragraph)
    words += paragraphWords.length
    if (paragraphWords.length > limits.paragraphWords) {
      longParagraphs.push({ start: preview(paragraphWords), words: paragraphWords.length })
    }
    for (const sentence of sentencesOf(paragraph)) {
      sentences += 1
      const count = wordsOf(sentence).length
      if (count > limits.sentenceWords) longSentences.push({ text: sentence, words: count })
    }
    for (const word of paragraphWords) if (lettersIn(word) > limits.wordLetters) longWords.add(word)
  }

  return {
    words,
    sentences,
    paragraphs: paragraphs.length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / limits.wordsPerMinute)),
    averageSentenceWords: sentences === 0 ? 0 : Math.round((words / sentences) * 10) / 10,
    longSentences,
    longWords: [...longWords],
    longParagraphs,
    limits,
  }
}
