import { z } from 'zod'

import { slugSchema, topicSchema } from '../enums'
import { entryBase, translationsOf } from '../snapshot/shared'
import { dateTimeSchema, optionalTextSchema, requiredTextSchema, safeHrefSchema } from '../snapshot/text'
import { campaignRefsSchema } from './campaigns'
import { defineKind } from './kind'

/** The kinds a newsletter story may point at (by collection name). */
export const storyTargetCollections = ['posts', 'leaflets'] as const
export type StoryTargetCollection = (typeof storyTargetCollections)[number]

export const newsletterSectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('story'),
    /** Stories name their target by slug, so the link works in every language the target has. */
    target: z.strictObject({ collection: z.enum(storyTargetCollections), slug: slugSchema }),
    headline: requiredTextSchema,
    blurb: optionalTextSchema,
  }),
  z.strictObject({
    kind: z.literal('event'),
    title: requiredTextSchema,
    date: dateTimeSchema,
    place: requiredTextSchema,
    description: optionalTextSchema,
  }),
  z.strictObject({
    kind: z.literal('call-to-action'),
    label: requiredTextSchema,
    url: safeHrefSchema,
    description: optionalTextSchema,
  }),
])
export type NewsletterSection = z.infer<typeof newsletterSectionSchema>

export const newsletterSchema = z.strictObject({
  ...entryBase,
  issueNumber: z.number().int().positive(),
  date: dateTimeSchema,
  topics: z.array(topicSchema),
  campaigns: campaignRefsSchema,
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

export const newslettersKind = defineKind({
  collection: 'newsletters',
  joinsCampaigns: true,
  section: 'newsletters',
  writtenBy: 'subject',
  schema: newsletterSchema,
})
