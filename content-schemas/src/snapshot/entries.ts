import { z } from 'zod'

import { richTextSchema } from './richText'
import { mediaContactSchema, translationsOf } from './shared'
import { emailSchema, mediaIdSchema, optionalTextSchema, requiredTextSchema, safeHrefSchema } from './text'

/**
 * The snapshot's media and globals. The kinds of content (leaflets, press releases…) each have their
 * own module in `../kinds`, listed by its registry.
 */

export * from './shared'

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
  /** Days a service's verification stays fresh (the help directory); absent: the default, 90. */
  servicesVerificationDays: z.number().int().positive().optional(),
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
