import { z } from 'zod'

import { topicSchema } from '../enums'
import { entryBase, translationsOf } from '../snapshot/shared'
import { requiredTextSchema } from '../snapshot/text'
import { defineKind } from './kind'

/**
 * Readers' questions that editors answered and published as FAQ. Only what the public may read
 * reaches the snapshot: the question as the editors rewrote it, their answer, and the topic. Never
 * the reader's own words, place, contact or the day they asked.
 */
export const faqEntrySchema = z.strictObject({
  ...entryBase,
  topic: topicSchema,
  translations: translationsOf(z.strictObject({ question: requiredTextSchema, answer: requiredTextSchema })),
})
export type FaqEntry = z.infer<typeof faqEntrySchema>

export const questionsKind = defineKind({
  collection: 'questions',
  section: 'faq',
  writtenBy: 'answer',
  // Questions have no drafts: an editor publishes one by setting its status.
  publicWhen: { field: 'status', equals: 'faq' },
  schema: faqEntrySchema,
})
