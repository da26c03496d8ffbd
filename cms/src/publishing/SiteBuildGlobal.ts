import type { GlobalConfig } from 'payload'

import { isEditorOrAdmin } from '../access/isEditorOrAdmin'

export const siteBuildSlug = 'site-build'

const buildStates = ['idle', 'queued', 'building', 'succeeded', 'failed'] as const

/**
 * The public site's build status, written only by the publishing code (Local API with access
 * overridden): editors read it in the admin, nobody edits it.
 */
export const SiteBuildGlobal: GlobalConfig = {
  slug: siteBuildSlug,
  label: 'Public site',
  access: { read: isEditorOrAdmin, update: () => false, readVersions: () => false },
  admin: {
    description:
      'Publishing, unpublishing and media changes rebuild the public site. This page shows how the last build went.',
  },
  fields: [
    {
      name: 'status',
      type: 'ui',
      admin: { components: { Field: '/publishing/components/SiteBuildStatus#SiteBuildStatus' } },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'idle',
      options: buildStates.map((value) => ({ value, label: value })),
      admin: { readOnly: true },
    },
    {
      name: 'requestedAt',
      label: 'Last change requested at',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'pendingTriggers',
      label: 'Changes waiting for the next build',
      type: 'json',
      admin: { readOnly: true },
    },
    { name: 'triggers', label: 'Changes in the last build', type: 'json', admin: { readOnly: true } },
    { name: 'startedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', label: 'Duration (ms)', type: 'number', admin: { readOnly: true } },
    { name: 'message', label: 'Build message', type: 'textarea', admin: { readOnly: true } },
    { name: 'leftOut', label: 'Left out of the live site, and why', type: 'json', admin: { readOnly: true } },
    {
      name: 'lastSucceededAt',
      label: 'Live site last updated at',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
