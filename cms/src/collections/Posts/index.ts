import type { CollectionConfig } from 'payload'

import { bodyField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { campaignsField } from '../../fields/campaigns'
import { topicsField } from '../../fields/vocabularies'
import { contentCollection } from '../contentCollection'

export const Posts: CollectionConfig = contentCollection({
  slug: 'posts',
  labels: { singular: 'Blog post', plural: 'Blog posts' },
  defaultSort: '-publishDate',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'excerpt', type: 'textarea', localized: true, required: true, maxLength: 400 },
    bodyField(),
    slugField(),
    campaignsField(),
    { name: 'author', type: 'text', required: true, admin: { position: 'sidebar' } },
    {
      name: 'publishDate',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', admin: { position: 'sidebar' } },
    topicsField(),
  ],
})
