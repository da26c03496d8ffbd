import type { CollectionConfig } from 'payload'

import { releasedOrSignedIn } from '../../access/releasedOrSignedIn'
import { mediaContactFields } from '../../fields/contacts'
import { bodyField } from '../../fields/richText'
import { campaignsField } from '../../fields/campaigns'
import { topicsField } from '../../fields/vocabularies'
import { slugField } from '../../fields/slug'
import { rebuildWhenEmbargoLapses } from '../../publishing'
import { contentCollection } from '../contentCollection'

export const PressReleases: CollectionConfig = contentCollection({
  slug: 'press-releases',
  labels: { singular: 'Press release', plural: 'Press releases' },
  access: { read: releasedOrSignedIn },
  admin: { defaultColumns: ['title', 'releaseDate', 'embargoUntil', '_status'] },
  defaultSort: '-releaseDate',
  hooks: { afterChange: [rebuildWhenEmbargoLapses] },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
    { name: 'datelineCity', label: 'Dateline city', type: 'text', localized: true, required: true },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 600 },
    bodyField(),
    {
      name: 'quotes',
      type: 'array',
      fields: [
        { name: 'speaker', type: 'text', required: true },
        { name: 'role', type: 'text', localized: true },
        { name: 'quote', type: 'textarea', localized: true, required: true },
      ],
    },
    { name: 'mediaContacts', label: 'Media contacts', type: 'array', fields: mediaContactFields() },
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true },
    slugField(),
    campaignsField(),
    topicsField(),
    {
      name: 'releaseDate',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'embargoUntil',
      label: 'Embargo until',
      type: 'date',
      timezone: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Not shown to the public, nor in feeds or press kits, before this moment.',
      },
    },
  ],
})
