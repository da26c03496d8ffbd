import { z } from 'zod'

import { channelSchema, countrySchema, slugSchema } from '../enums'
import { hexColourPattern } from '../contrast'
import { entryBase, translationsOf } from '../snapshot/shared'
import { dateTimeSchema, mediaIdSchema, requiredTextSchema, safeHrefSchema } from '../snapshot/text'
import { defineKind } from './kind'

/**
 * A campaign as the public sees it: its name, slogan and key messages, where and when it runs, who
 * runs it with whom, and its colour. Its plan (objectives, personas) stays in the CMS: the snapshot
 * carries only what a reader's page shows.
 */
export const campaignSchema = z.strictObject({
  ...entryBase,
  startDate: dateTimeSchema,
  endDate: dateTimeSchema.optional(),
  channels: z.array(channelSchema),
  countries: z.array(countrySchema),
  brandColour: z.string().regex(hexColourPattern, 'must be a colour written as #rrggbb'),
  logo: mediaIdSchema.optional(),
  partners: z.array(
    z.strictObject({
      name: requiredTextSchema,
      logo: mediaIdSchema.optional(),
      url: safeHrefSchema.optional(),
    }),
  ),
  translations: translationsOf(
    z.strictObject({
      name: requiredTextSchema,
      slogan: requiredTextSchema,
      summary: requiredTextSchema,
      keyMessages: z.array(requiredTextSchema),
      cities: z.array(requiredTextSchema),
    }),
  ),
})
export type Campaign = z.infer<typeof campaignSchema>

/** The campaigns an entry belongs to, by slug; absent in snapshots written before campaigns existed. */
export const campaignRefsSchema = z.array(slugSchema).optional()

export const campaignsKind = defineKind({
  collection: 'campaigns',
  section: 'campaigns',
  writtenBy: 'name',
  schema: campaignSchema,
})
