/**
 * WCAG 2.2 colour contrast (success criterion 1.4.3, AA): text needs a contrast ratio of at least
 * 4.5:1 with its background (3:1 for large text). Shared by the CMS, which refuses a brand colour
 * that fails, and the site, which uses it.
 */

export const AA_TEXT_RATIO = 4.5

/** `#rrggbb`, lowercase or uppercase. */
export const hexColourPattern = /^#[0-9a-fA-F]{6}$/

export interface Rgb {
  r: number
  g: number
  b: number
}

export function parseHexColour(hex: string): Rgb {
  if (!hexColourPattern.test(hex)) throw new Error(`"${hex}" is not a colour written as #rrggbb`)
  const value = Number.parseInt(hex.slice(1), 16)
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff }
}

/** Relative luminance (WCAG 2.2 definition), 0 for black to 1 for white. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHexColour(hex)
  const channel = (value: number) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). Order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** A ratio as people read it: rounded down to two decimals, so 4.499 never shows as "4.5". */
export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`

export interface ColourPair {
  /** What the pair is, for the message: "white text on the brand colour". */
  name: string
  foreground: string
  background: string
}

/** The pairs that fail AA for text, each described as "<name> (#fg on #bg) has a contrast of 3.2:1". */
export function failingPairs(pairs: readonly ColourPair[], minimum = AA_TEXT_RATIO): string[] {
  return pairs.flatMap((pair) => {
    const ratio = contrastRatio(pair.foreground, pair.background)
    if (ratio >= minimum) return []
    return [
      `${pair.name} (${pair.foreground.toLowerCase()} on ${pair.background.toLowerCase()}) has a contrast of ${formatRatio(ratio)}, below the ${minimum}:1 WCAG 2.2 AA requires for text`,
    ]
  })
}
