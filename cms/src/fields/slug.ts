import { slugSchema } from '@jol/content-schemas'
import type { TextField } from 'payload'

import { keepPublishedSlug, proposeSlugFromTitle, slugCanBeProposed } from './slugHooks'

/**
 * One ASCII slug per entry, shared by every language (not localized), so each language version
 * lives at the same path under its locale prefix.
 */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  localized: false,
  admin: {
    position: 'sidebar',
    description:
      'Lowercase ASCII, digits and hyphens; the same in every language. ' +
      'Left empty, it is made from the title; once published, it stays.',
  },
  hooks: { beforeValidate: [proposeSlugFromTitle, keepPublishedSlug] },
  validate: (value: string | null | undefined, options) => {
    if (value === null || value === undefined || value === '') return slugCanBeProposed(value, options)
    const result = slugSchema.safeParse(value)
    return result.success
      ? true
      : `Invalid slug "${value}": ${result.error.issues[0]?.message ?? 'not a valid slug'}.`
  },
})
