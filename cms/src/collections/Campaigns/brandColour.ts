import {
  AA_TEXT_RATIO,
  brandColourPairs,
  contrastRatio,
  formatRatio,
  hexColourPattern,
} from '@jol/content-schemas'
import { ValidationError, type CollectionBeforeChangeHook, type TextField } from 'payload'

import { refusalTexts, type RefusalTexts } from '../../i18n/refusalTexts'

type Words = (key: keyof RefusalTexts, vars?: Record<string, string | number>) => string

/** Jol's refusal words through the request's `t` (the editor's admin language), else in English. */
function wordsOf(req: { t?: unknown } | undefined): Words {
  const t = req?.t as ((key: string, vars?: object) => string) | undefined
  return (key, vars = {}) => {
    const translated = t?.(`jolRefusals:${key}`, vars)
    if (translated && translated !== `jolRefusals:${key}`) return translated
    return refusalTexts.en[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
  }
}

/** The site's colour pairs (content-schemas' `brandColourPairs`, in its order), by their words' keys. */
const pairWords = ['whiteOnBrand', 'brandOnPaper', 'brandOnTint'] as const

/**
 * The message for a brand colour the public site could not use legibly (each failing pair with its
 * contrast), or nothing when it can; in the language of `words`.
 */
export function brandColourMessage(value: unknown, words: Words = wordsOf(undefined)): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  const problems = !hexColourPattern.test(value)
    ? [words('colourNotHex', { value })]
    : brandColourPairs(value).flatMap((pair, index) => {
        const ratio = contrastRatio(pair.foreground, pair.background)
        if (ratio >= AA_TEXT_RATIO) return []
        return [
          words('lowContrast', {
            pair: words(pairWords[index]!),
            foreground: pair.foreground.toLowerCase(),
            background: pair.background.toLowerCase(),
            ratio: formatRatio(ratio),
            minimum: String(AA_TEXT_RATIO),
          }),
        ]
      })
  if (problems.length === 0) return undefined
  return words('brandColour', { value, problems: problems.join('; ') })
}

/** The brand colour, checked as it is typed (the admin shows the message under the field). */
export const brandColourField = (): TextField => ({
  name: 'brandColour',
  label: 'Brand colour',
  type: 'text',
  required: true,
  defaultValue: '#0b5d4b',
  admin: {
    position: 'sidebar',
    description:
      'Written #rrggbb. White text sits on it and it colours headings and links: it must reach 4.5:1 contrast.',
  },
  validate: (value: string | null | undefined, options?: { req?: { t?: unknown } }) =>
    brandColourMessage(value, wordsOf(options?.req)) ?? true,
})

/**
 * Payload does not validate drafts; a brand colour that fails contrast is refused on every save
 * all the same, so it never reaches a preview or a scheduled publication.
 */
export const refuseIllegibleBrandColour: CollectionBeforeChangeHook = ({ data, req }) => {
  const message = brandColourMessage(data.brandColour, wordsOf(req))
  if (message !== undefined)
    throw new ValidationError(
      { collection: 'campaigns', errors: [{ path: 'brandColour', message }], req },
      req.t,
    )
  return data
}
