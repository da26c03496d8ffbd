import { z } from 'zod'

import { topicSchema } from '../enums'
import { richTextSchema } from '../snapshot/richText'
import { entryBase, translationsOf } from '../snapshot/shared'
import { dateTimeSchema, mediaIdSchema, requiredTextSchema } from '../snapshot/text'
import { campaignRefsSchema } from './campaigns'
import { defineKind } from './kind'

export const postSchema = z.strictObject({
  ...entryBase,
  author: requiredTextSchema,
  publishDate: dateTimeSchema,
  topics: z.array(topicSchema),
  campaigns: campaignRefsSchema,
  cover: mediaIdSchema.optional(),
  translations: translationsOf(
    z.strictObject({ title: requiredTextSchema, excerpt: requiredTextSchema, body: richTextSchema }),
  ),
})
export type Post = z.infer<typeof postSchema>

export const postsKind = defineKind({
  collection: 'posts',
  joinsCampaigns: true,
  section: 'blog',
  writtenBy: 'title',
  schema: postSchema,
})
