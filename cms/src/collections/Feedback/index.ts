import { entryCollections, localeCodes } from '@jol/content-schemas'
import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { writtenByJolOnly } from '../../listening/access'
import { answerEndpoint, maxCommentLength } from './answerEndpoint'

/**
 * Readers' answers to "Was this useful?". Entry, locale, answer, comment and day: no address, user
 * agent, cookie or time of day. Written only by the form endpoint; editors read them.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: {
    group: 'Listening',
    defaultColumns: ['day', 'entryCollection', 'slug', 'locale', 'answer', 'comment'],
  },
  // Payload's own createdAt/updatedAt would record the exact time of an answer.
  timestamps: false,
  access: {
    read: isEditorOrAdmin,
    create: writtenByJolOnly,
    update: writtenByJolOnly,
    delete: isEditorOrAdmin,
  },
  endpoints: [answerEndpoint],
  fields: [
    { name: 'entryCollection', type: 'select', required: true, options: [...entryCollections] },
    { name: 'slug', type: 'text', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: [...localeCodes] },
    { name: 'answer', type: 'select', required: true, options: ['yes', 'no'] },
    { name: 'comment', type: 'textarea', maxLength: maxCommentLength },
    { name: 'day', type: 'text', required: true, index: true, admin: { description: 'YYYY-MM-DD (UTC)' } },
  ],
}
