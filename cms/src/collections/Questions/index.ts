import {
  enumLabels,
  localeCodes,
  questionLimits,
  questionStatusLabels,
  questionStatusSchema,
  topicSchema,
} from '@jol/content-schemas'
import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
  PayloadRequest,
  SelectFieldSingleValidation,
  Validate,
} from 'payload'

import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { roleOf } from '../../access/roles'
import { rebuildOnFaqChange, rebuildOnFaqDelete } from './rebuild'
import { askEndpoint } from './askEndpoint'
import { newQuestionSlug } from './slug'

const isEditorOrAdminRequest = (req: PayloadRequest): boolean =>
  ['admin', 'editor'].includes(roleOf(req) ?? '')

/** Staff see every question; everyone else (the exporter, anonymous readers) only the published FAQ. */
const faqOrEditors: Access = ({ req }) => isEditorOrAdminRequest(req) || { status: { equals: 'faq' } }
/** What a reader sent (their words, place, contact): editors and admins only, whatever the status. */
const editorsOnly: FieldAccess = ({ req }) => isEditorOrAdminRequest(req)
const staffField = { read: editorsOnly, update: editorsOnly, create: editorsOnly }

type Sibling = { status?: string; publicQuestion?: string | null; answer?: string | null }
const isFaq = (siblingData: unknown) => (siblingData as Sibling | undefined)?.status === 'faq'
const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** A question published as FAQ is shown under its topic: it must have one. */
const topicForFaq: SelectFieldSingleValidation = (value, { siblingData }) =>
  !isFaq(siblingData) || filled(value) ? true : 'A question published as FAQ needs a topic.'

/** In each language the FAQ shows the question and its answer together: never one without the other. */
const pairedWith =
  (other: 'publicQuestion' | 'answer', message: string): Validate<string | null | undefined> =>
  (value, { siblingData }) =>
    !isFaq(siblingData) || filled(value) || !filled((siblingData as Sibling)[other]) ? true : message

/** The time an editor changed it, for the FAQ's "last changed"; the time a reader asked is never kept. */
const noteEdit: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user ? { ...data, editedAt: new Date().toISOString() } : data

/**
 * Readers' questions, from the "Ask a question" page: the question, locale, topic, country, city,
 * day and status; a way to answer only with the reader's consent, deleted after the retention period
 * set in site settings. Editors triage, answer (per language) and publish some as FAQ.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: 'Question', plural: 'Questions' },
  admin: {
    group: 'Listening',
    useAsTitle: 'question',
    defaultColumns: ['day', 'question', 'status', 'topic', 'country', 'city', 'locale'],
    description:
      'Questions readers asked on the site. Publish one as FAQ once it has a public question and an answer.',
    components: {
      beforeList: ['/collections/Questions/components/QuestionsByTopicAndPlace#QuestionsByTopicAndPlace'],
    },
  },
  // Payload's createdAt/updatedAt would record the exact time a reader asked.
  timestamps: false,
  access: { read: faqOrEditors, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  endpoints: [askEndpoint],
  hooks: { beforeChange: [noteEdit], afterChange: [rebuildOnFaqChange], afterDelete: [rebuildOnFaqDelete] },
  fields: [
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      defaultValue: newQuestionSlug,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Its address on the site once published as FAQ.',
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: questionStatusSchema.options.map((value) => ({ value, label: questionStatusLabels[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'topic',
      type: 'select',
      validate: topicForFaq,
      options: topicSchema.options.map((value) => ({ value, label: enumLabels.topic[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      access: staffField,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The day it was asked (UTC), never the time.',
      },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: [...localeCodes],
      access: staffField,
      admin: { position: 'sidebar', description: 'The language it was asked in.' },
    },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: questionLimits.question,
      access: staffField,
      admin: { description: 'As the reader wrote it. Never published.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'text', maxLength: questionLimits.place, access: staffField },
        { name: 'city', type: 'text', maxLength: questionLimits.place, access: staffField },
      ],
    },
    {
      name: 'publicQuestion',
      label: 'Question as published (FAQ)',
      type: 'text',
      localized: true,
      validate: pairedWith('answer', 'This language has an answer: write the question as published too.'),
      admin: { description: 'Rewritten for the FAQ, without names, places or document numbers.' },
    },
    {
      name: 'answer',
      type: 'textarea',
      localized: true,
      validate: pairedWith(
        'publicQuestion',
        'This language has a question as published: write its answer too.',
      ),
      admin: { description: 'Shown on the site when the question is published as FAQ.' },
    },
    {
      label: 'A way to answer the reader (editors and admins only)',
      type: 'collapsible',
      admin: {
        description:
          'Given only with the reader’s consent; deleted automatically after the retention period in site settings.',
      },
      fields: [
        { name: 'contact', type: 'text', maxLength: questionLimits.contact, access: staffField },
        {
          name: 'contactConsent',
          label: 'The reader agreed to be contacted',
          type: 'checkbox',
          access: staffField,
        },
        { name: 'contactGivenOn', type: 'text', access: staffField, admin: { readOnly: true } },
      ],
    },
    { name: 'editedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
  ],
}
