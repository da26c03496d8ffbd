import { z } from 'zod'

import { topicSchema } from '../enums'
import { richTextSchema } from '../snapshot/richText'
import { entryBase, mediaContactSchema, translationsOf } from '../snapshot/shared'
import { dateTimeSchema, mediaIdSchema, optionalTextSchema, requiredTextSchema } from '../snapshot/text'
import { campaignRefsSchema } from './campaigns'
import { defineKind } from './kind'

export const quoteSchema = z.strictObject({
  speaker: requiredTextSchema,
  role: optionalTextSchema,
  quote: requiredTextSchema,
})

export const pressReleaseSchema = z.strictObject({
  ...entryBase,
  releaseDate: dateTimeSchema,
  /** Kept for the record: a release under embargo never reaches the snapshot. */
  embargoUntil: dateTimeSchema.optional(),
  photos: z.array(mediaIdSchema),
  topics: z.array(topicSchema),
  campaigns: campaignRefsSchema,
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

export const pressReleasesKind = defineKind({
  collection: 'press-releases',
  joinsCampaigns: true,
  section: 'press',
  writtenBy: 'title',
  embargoField: 'embargoUntil',
  schema: pressReleaseSchema,
})
