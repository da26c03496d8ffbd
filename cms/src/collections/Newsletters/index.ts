import type { CollectionConfig } from 'payload'

import { campaignsField } from '../../fields/campaigns'
import { topicsField } from '../../fields/vocabularies'
import { slugField } from '../../fields/slug'
import { contentCollection } from '../contentCollection'
import { callToActionSection, eventSection, storySection } from './sections'

export const Newsletters: CollectionConfig = contentCollection({
  slug: 'newsletters',
  labels: { singular: 'Newsletter', plural: 'Newsletters' },
  defaultSort: '-date',
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'issueNumber', 'date', '_status'] },
  fields: [
    { name: 'subject', type: 'text', localized: true, required: true, maxLength: 150 },
    {
      name: 'preheader',
      type: 'text',
      localized: true,
      maxLength: 150,
      admin: { description: 'The line mail apps show after the subject.' },
    },
    { name: 'intro', type: 'textarea', localized: true, required: true },
    {
      name: 'sections',
      type: 'blocks',
      minRows: 1,
      blocks: [storySection, eventSection, callToActionSection],
    },
    slugField(),
    campaignsField(),
    topicsField(),
    {
      name: 'issueNumber',
      type: 'number',
      required: true,
      min: 1,
      unique: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
  ],
})
