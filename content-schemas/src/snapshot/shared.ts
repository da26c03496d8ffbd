import { z } from 'zod'

import { slugSchema } from '../enums'
import { localeCodeSchema, type LocaleCode } from '../locales'
import { dateTimeSchema, emailSchema, optionalTextSchema, requiredTextSchema, safeHrefSchema } from './text'

/**
 * Pieces every kind of entry is made of. The shape every entry shares: what does not change with the
 * language at the top, and `translations[locale]` only for the languages really written and
 * published. Fallback is the site's decision, made visibly; the snapshot never fakes a translation.
 */

/** Only real translations, keyed by locale code; an entry has at least one. */
export function translationsOf<T extends z.ZodType>(translation: T) {
  return z.partialRecord(localeCodeSchema, translation).refine((value) => Object.keys(value).length > 0, 'has no translation at all')
}
export type Translations<T> = Partial<Record<LocaleCode, T>>

export const contactSchema = z.strictObject({
  label: requiredTextSchema,
  phone: optionalTextSchema,
  hours: optionalTextSchema,
  url: safeHrefSchema.optional(),
})
export type Contact = z.infer<typeof contactSchema>

export const mediaContactSchema = z.strictObject({
  name: requiredTextSchema,
  role: optionalTextSchema,
  phone: optionalTextSchema,
  email: emailSchema.optional(),
})
export type MediaContact = z.infer<typeof mediaContactSchema>

export const entryBase = {
  slug: slugSchema,
  /** When the entry last changed: the "version date" printed on a leaflet, and the sitemap's lastmod. */
  updatedAt: dateTimeSchema,
}
