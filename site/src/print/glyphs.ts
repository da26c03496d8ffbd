/**
 * Which characters a font can draw, read from its `cmap` table (formats 4 and 12, the ones every
 * TrueType font has). Typst draws a letter its font lacks as an empty box and says nothing, so
 * the engine checks every text against the font before it renders.
 */

export interface Coverage {
  /** Whether the font draws this code point. */
  has: (codePoint: number) => boolean
  /**
   * Matches a text the font draws every character of (or that is never drawn): one regular
   * expression run answers for nearly every text, where a look-up per letter took a tenth of a
   * millisecond a leaflet.
   */
  drawsAll: RegExp
}

function tableOffset(font: Buffer, tag: string): number {
  const tables = font.readUInt16BE(4)
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8)
  }
  throw new Error(`the font has no ${tag} table`)
}

/** Ranges [first, last] of the code points the font maps to a glyph. */
function ranges(font: Buffer): [number, number][] {
  const cmap = tableOffset(font, 'cmap')
  const subtables = Array.from(
    { length: font.readUInt16BE(cmap + 2) },
    (_, i) => cmap + font.readUInt32BE(cmap + 4 + 8 * i + 4),
  )
  const format12 = subtables.find((at) => font.readUInt16BE(at) === 12)
  if (format12 !== undefined) {
    const groups = font.readUInt32BE(format12 + 12)
    return Array.from({ length: groups }, (_, i) => [
      font.readUInt32BE(format12 + 16 + 12 * i),
      font.readUInt32BE(format12 + 20 + 12 * i),
    ])
  }
  const format4 = subtables.find((at) => font.readUInt16BE(at) === 4)
  if (format4 === undefined) throw new Error('the font has no Unicode cmap (format 4 or 12)')
  const segments = font.readUInt16BE(format4 + 6) / 2
  const ends = format4 + 14
  const starts = ends + 2 * segments + 2
  return Array.from({ length: segments }, (_, i): [number, number] => [
    font.readUInt16BE(starts + 2 * i),
    font.readUInt16BE(ends + 2 * i),
  ]).filter(([first]) => first !== 0xffff)
}

/** A character class of the code points in `sorted` (ranges in order), adjacent ranges joined. */
function characterClass(sorted: [number, number][]): string {
  const joined: [number, number][] = []
  for (const [first, last] of sorted) {
    const previous = joined.at(-1)
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last)
    else joined.push([first, last])
  }
  const escaped = (codePoint: number) => `\\u{${codePoint.toString(16)}}`
  return joined
    .map(([first, last]) => (first === last ? escaped(first) : `${escaped(first)}-${escaped(last)}`))
    .join('')
}

/** Characters that are never drawn (line ends, joiners, soft hyphens): no glyph needed. */
const INVISIBLE = '\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}'
const invisible = new RegExp(`[${INVISIBLE}]`, 'u')

export function coverageOf(font: Buffer): Coverage {
  const sorted = ranges(font).sort((a, b) => a[0] - b[0])
  const drawsAll = new RegExp(`^[${characterClass(sorted)}${INVISIBLE}]*$`, 'u')
  const has = (codePoint: number) => {
    let low = 0
    let high = sorted.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const [first, last] = sorted[middle]!
      if (codePoint < first) high = middle - 1
      else if (codePoint > last) low = middle + 1
      else return true
    }
    return false
  }
  return { has, drawsAll }
}

/** The distinct characters of `text` the font cannot draw. */
export function missingLetters(text: string, covered: Coverage): string[] {
  if (covered.drawsAll.test(text)) return []
  const missing = new Set<string>()
  // The font lookup first: nearly every letter is drawable, and it is cheaper than the regular expression.
  for (const letter of text)
    if (!covered.has(letter.codePointAt(0)!) && !invisible.test(letter)) missing.add(letter)
  return [...missing]
}
