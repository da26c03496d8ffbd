import { z } from 'zod'

import { audienceSchema, printFormatSchema, topicSchema } from '../enums'
import { richTextSchema } from '../snapshot/richText'
import { contactSchema, entryBase, translationsOf } from '../snapshot/shared'
import { dateTimeSchema, mediaIdSchema, requiredTextSchema } from '../snapshot/text'
import { campaignRefsSchema } from './campaigns'
import { defineKind } from './kind'

export const leafletSchema = z.strictObject({
  ...entryBase,
  /**
   * When the leaflet was first published: lists are ordered by it. Not by `updatedAt`, which every
   * correction moves: one edit would reshuffle every page of every list the leaflet is in (hundreds
   * of pages rebuilt, and downloaded again by readers whose phones had them).
   */
  firstPublishedAt: dateTimeSchema,
  audience: z.array(audienceSchema),
  topics: z.array(topicSchema),
  campaigns: campaignRefsSchema,
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

export const leafletsKind = defineKind({
  collection: 'leaflets',
  joinsCampaigns: true,
  section: 'leaflets',
  writtenBy: 'title',
  schema: leafletSchema,
})
