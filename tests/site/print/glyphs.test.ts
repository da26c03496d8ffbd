import { describe, expect, it } from 'vitest'

import { printFonts } from '../../../site/src/print/fonts'
import { coverageOf, missingLetters } from '../../../site/src/print/glyphs'

/**
 * The check that every letter of a document is in Noto Sans answers most texts with one regular
 * expression built from the font's cmap; it must give the answer a look-up per letter gives.
 */

const covered = coverageOf(printFonts()[0]!)

/** The answer letter by letter, from the font's cmap alone. */
const byLetter = (text: string) => [
  ...new Set(
    [...text].filter((l) => !covered.has(l.codePointAt(0)!) && !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(l)),
  ),
]

describe('print font coverage', () => {
  it('draws the six alphabets, punctuation and invisible characters', () => {
    const texts = [
      'Your child has the right to go to school — “free”, 9:00–18:00 № 5 €',
      'Ваш ребёнок имеет право ходить в школу.',
      'Қабылдау тегін: ә ғ қ ң ө ұ ү һ і',
      'Кабыл алуу акысыз: ң ө ү',
      'Қабул ройгон аст: ӣ ӯ ҳ ҷ ғ қ',
      'Oʻqish bepul, gʻamxoʻrlik kafolatlanadi',
      'soft\u00adhyphen, zero\u200dwidth joiner, line\nbreak\ttab',
    ]
    for (const text of texts) {
      expect(covered.drawsAll.test(text), text).toBe(true)
      expect(missingLetters(text, covered)).toEqual([])
    }
  })

  it('names each letter the font lacks once', () => {
    expect(missingLetters('日本 日 and 😀', covered)).toEqual(['日', '本', '😀'])
    expect(covered.drawsAll.test('ok 日')).toBe(false)
  })

  it('gives the letter-by-letter answer for every character of the font’s planes', () => {
    // Every code point of the Basic Multilingual Plane (surrogates aside) and a stretch past it, one
    // at a time and in runs, so each edge of each cmap range is checked.
    const codePoints = [
      ...Array.from({ length: 0xd800 }, (_, i) => i),
      ...Array.from({ length: 0x10000 - 0xe000 }, (_, i) => 0xe000 + i),
      ...Array.from({ length: 0x2000 }, (_, i) => 0x1f000 + i),
    ]
    let lacking = 0
    for (const codePoint of codePoints) {
      const letter = String.fromCodePoint(codePoint)
      const expected = byLetter(letter)
      expect(missingLetters(letter, covered), `U+${codePoint.toString(16)}`).toEqual(expected)
      lacking += expected.length
    }
    // The font lacks many of them (CJK, emoji), so both answers were compared.
    expect(lacking).toBeGreaterThan(10_000)
    for (let start = 0; start < codePoints.length; start += 97) {
      const text = String.fromCodePoint(...codePoints.slice(start, start + 97))
      expect(missingLetters(text, covered)).toEqual(byLetter(text))
    }
  })
})
