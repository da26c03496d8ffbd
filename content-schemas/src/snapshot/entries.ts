import { z } from 'zod'

import { audienceSchema, printFormatSchema, slugSchema, topicSchema } from '../enums'
import { localeCodeSchema, type LocaleCode } from '../locales'
import { richTextSchema } from './richText'
import { dateTimeSchema, emailSchema, mediaIdSchema, optionalTextSchema, requiredTextSchema, safeHrefSchema } from './text'

/**
 * One schema per kind of entry in the snapshot. The shape every entry shares: what does not change
 * with the language at the top, and `translations[locale]` only for the languages really written
 * and published. Fallback is the site's decision, made visibly; the snapshot never fakes a translation.
 */

/** Only real translations, keyed by locale code; an entry has at least one. */
function translationsOf<T extends z.ZodType>(translation: T) {
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

const entryBase = {
  slug: slugSchema,
  /** When the entry last changed: the "version date" printed on a leaflet, and the sitemap's lastmod. */
  updatedAt: dateTimeSchema,
}

export const leafletSchema = z.strictObject({
  ...entryBase,
  audience: z.array(audienceSchema),
  topics: z.array(topicSchema),
  printFormat: printFormatSchema,
  cover: mediaIdSchema.optional(),
  translations: translationsOf(
    z.strictObject({
      title: requiredTextSchema,
      summary: requiredTextSchema,
      body: richTextSchema,
      keyMessages: z.array(requiredTextSchema),
      contacts: z.array(contactSchema),
    }),
  ),
})
export type Leaflet = z.infer<typeof leafletSchema>

export const quoteSchema = z.strictObject({ speaker: requiredTextSchema, role: optionalTextSchema, quote: requiredTextSchema })

export const pressReleaseSchema = z.strictObject({
  ...entryBase,
  releaseDate: dateTimeSchema,
  /** Kept for the record: a release under embargo never reaches the snapshot. */
  embargoUntil: dateTimeSchema.optional(),
  photos: z.array(mediaIdSchema),
  translations: translationsOf(
    z.strictObject({
      title: requiredTextSchema,
      datelineCity: requiredTextSchema,
      summary: requiredTextSchema,
      body: richTextSchema,
      quotes: z.array(quoteSchema),
      mediaContacts: z.array(mediaContactSchema),
    }),
  ),
})
export type PressRelease = z.infer<typeof pressReleaseSchema>

export const newsletterSectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('story'),
    /** Stories name their target by slug, so the link works in every language the target has. */
    target: z.strictObject({ collection: z.enum(['posts', 'leaflets']), slug: slugSchema }),
    headline: requiredTextSchema,
    blurb: optionalTextSchema,
  }),
  z.strictObject({ kind: z.literal('event'), title: requiredTextSchema, date: dateTimeSchema, place: requiredTextSchema, description: optionalTextSchema }),
  z.strictObject({ kind: z.literal('call-to-action'), label: requiredTextSchema, url: safeHrefSchema, description: optionalTextSchema }),
])
export type NewsletterSection = z.infer<typeof newsletterSectionSchema>

export const newsletterSchema = z.strictObject({
  ...entryBase,
  issueNumber: z.number().int().positive(),
  date: dateTimeSchema,
  translations: translationsOf(
    z.strictObject({
      subject: requiredTextSchema,
      preheader: optionalTextSchema,
      intro: requiredTextSchema,
      sections: z.array(newsletterSectionSchema),
    }),
  ),
})
export type Newsletter = z.infer<typeof newsletterSchema>

export const postSchema = z.strictObject({
  ...entryBase,
  author: requiredTextSchema,
  publishDate: dateTimeSchema,
  topics: z.array(topicSchema),
  cover: mediaIdSchema.optional(),
  translations: translationsOf(z.strictObject({ title: requiredTextSchema, excerpt: requiredTextSchema, body: richTextSchema })),
})
export type Post = z.infer<typeof postSchema>

export const mediaSchema = z.strictObject({
  id: mediaIdSchema,
  /** Path of the file inside the snapshot: `media/<id>.<ext>`. */
  file: z.string().regex(/^media\/[0-9a-f]{16}\.[a-z0-9]+$/, 'must be media/<id>.<extension>'),
  /** The name it was uploaded with (for credits files and downloads). */
  filename: requiredTextSchema,
  mimeType: z.string().regex(/^(image\/[a-z0-9.+-]+|application\/pdf)$/, 'must be an image or a PDF'),
  filesize: z.number().int().positive(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  credit: requiredTextSchema,
  licence: requiredTextSchema,
  /** A photo of identifiable people without recorded consent never goes into a press kit. */
  showsIdentifiablePeople: z.boolean(),
  consentRecorded: z.boolean(),
  translations: translationsOf(z.strictObject({ alt: requiredTextSchema, caption: optionalTextSchema })),
})
export type Media = z.infer<typeof mediaSchema>

export const siteSettingsSchema = z.strictObject({
  /** The emergency hotline on every page: one number for all languages. */
  hotlinePhone: requiredTextSchema,
  translations: translationsOf(
    z.strictObject({
      siteName: requiredTextSchema,
      tagline: optionalTextSchema,
      hotlineLabel: requiredTextSchema,
      hotlineHours: optionalTextSchema,
      footerContacts: z.array(z.strictObject({ label: requiredTextSchema, phone: optionalTextSchema, email: emailSchema.optional(), url: safeHrefSchema.optional() })),
    }),
  ),
})
export type SiteSettings = z.infer<typeof siteSettingsSchema>

export const pressRoomSchema = z.strictObject({
  translations: translationsOf(z.strictObject({ boilerplate: richTextSchema, mediaContacts: z.array(mediaContactSchema) })),
})
export type PressRoom = z.infer<typeof pressRoomSchema>

export const globalsSchema = z.strictObject({ siteSettings: siteSettingsSchema, pressRoom: pressRoomSchema })
export type Globals = z.infer<typeof globalsSchema>

/** The four kinds of content, by their collection name in the CMS and their file in the snapshot. */
export const entrySchemas = {
  leaflets: leafletSchema,
  'press-releases': pressReleaseSchema,
  newsletters: newsletterSchema,
  posts: postSchema,
} as const
export type EntryCollection = keyof typeof entrySchemas
export const entryCollections = Object.keys(entrySchemas) as EntryCollection[]
