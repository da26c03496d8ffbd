import { entryCollections, localeCodes, reachKindSchema, reachSourceSchema } from '@jol/content-schemas'
import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { writtenByJolOnly } from '../../listening/access'

/**
 * Reach counted from the web server's access logs by `./jol reach import`: requests per day × entry ×
 * locale × kind × source. Aggregates only: no address, user agent or time of day is ever stored.
 */
export const ReachCounts: CollectionConfig = {
  slug: 'reach-counts',
  labels: { singular: 'Reach count', plural: 'Reach' },
  admin: {
    group: 'Listening',
    defaultColumns: ['day', 'entryCollection', 'slug', 'locale', 'kind', 'source', 'views'],
    description: 'Counted from the web server logs by `./jol reach import`; nobody edits these.',
  },
  access: {
    read: isEditorOrAdmin,
    create: writtenByJolOnly,
    update: writtenByJolOnly,
    delete: writtenByJolOnly,
  },
  fields: [
    // One row per combination: the import adds to it, so importing twice can be made a no-op.
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'day', type: 'text', required: true, index: true, admin: { description: 'YYYY-MM-DD (UTC)' } },
    { name: 'entryCollection', type: 'select', required: true, options: [...entryCollections] },
    { name: 'slug', type: 'text', admin: { description: 'Empty for a section feed' } },
    { name: 'locale', type: 'select', required: true, options: [...localeCodes] },
    { name: 'kind', type: 'select', required: true, options: [...reachKindSchema.options] },
    { name: 'source', type: 'select', required: true, options: [...reachSourceSchema.options] },
    { name: 'views', type: 'number', required: true, min: 0 },
  ],
}

/**
 * How far each log stream has been counted (see scripts/reach/highWaterMark.ts): a time in whole
 * seconds and how many lines of that very second were counted. Nothing about any request.
 */
export const ReachImportMarks: CollectionConfig = {
  slug: 'reach-import-marks',
  admin: { group: 'Listening', hidden: true },
  access: {
    read: isEditorOrAdmin,
    create: writtenByJolOnly,
    update: writtenByJolOnly,
    delete: writtenByJolOnly,
  },
  fields: [
    { name: 'stream', type: 'text', required: true, unique: true },
    { name: 'second', type: 'number', required: true },
    { name: 'linesAtSecond', type: 'number', required: true },
  ],
}
