import { AA_TEXT_RATIO, failingPairs, hexColourPattern, type ColourPair } from '../contrast'

/**
 * Where the public site uses a campaign's brand colour, and with what: the campaign band is the brand
 * colour with white text on it, and headings and links on the campaign page are the brand colour on
 * the page's paper and on its tinted panels. The site's stylesheet uses these same colours
 * (`--paper`, `--tint`, `--accent-ink`); change them together.
 */
export const siteColours = { paper: '#ffffff', tint: '#eef5f2', textOnBrand: '#ffffff' } as const

export function brandColourPairs(brand: string): ColourPair[] {
  return [
    { name: 'white text on the brand colour', foreground: siteColours.textOnBrand, background: brand },
    { name: 'the brand colour as text on the page', foreground: brand, background: siteColours.paper },
    { name: 'the brand colour as text on a tinted panel', foreground: brand, background: siteColours.tint },
  ]
}

/** Why a brand colour cannot be used (each failing pair with its ratio), or nothing when it can. */
export function brandColourProblems(brand: string): string[] {
  if (!hexColourPattern.test(brand)) return [`"${brand}" is not a colour written as #rrggbb (e.g. #0b5d4b)`]
  return failingPairs(brandColourPairs(brand), AA_TEXT_RATIO)
}
