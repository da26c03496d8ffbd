import { printFormatSchema } from '@jol/content-schemas'
import type { CollectionConfig } from 'payload'

import { helpContactsField } from '../../fields/contacts'
import { bodyField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { campaignsField } from '../../fields/campaigns'
import { audienceField, topicsField } from '../../fields/vocabularies'
import { contentCollection } from '../contentCollection'
import { firstPublishedAtField, stampFirstPublished } from './firstPublished'

export const Leaflets: CollectionConfig = contentCollection({
  slug: 'leaflets',
  labels: { singular: 'Leaflet', plural: 'Leaflets' },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 140 },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 400 },
    bodyField(),
    {
      name: 'keyMessages',
      label: 'Key messages',
      type: 'array',
      minRows: 1,
      maxRows: 8,
      fields: [{ name: 'text', type: 'text', localized: true, required: true, maxLength: 200 }],
    },
    helpContactsField(),
    slugField(),
    campaignsField(),
    { name: 'cover', type: 'upload', relationTo: 'media', admin: { position: 'sidebar' } },
    audienceField(),
    topicsField(),
    {
      name: 'printFormat',
      type: 'select',
      required: true,
      defaultValue: 'A4',
      options: printFormatSchema.options.map((value) => ({ value, label: value })),
      admin: { position: 'sidebar' },
    },
    firstPublishedAtField,
  ],
  hooks: { beforeChange: [stampFirstPublished] },
})
