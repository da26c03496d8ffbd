import { defaultContactRetentionDays } from '@jol/content-schemas'
import type { GlobalConfig } from 'payload'

import { validatePhone, validateWebUrl } from '../fields/contacts'
import { translatableGlobal } from './translatableGlobal'

export const SiteSettings: GlobalConfig = translatableGlobal({
  slug: 'site-settings',
  label: 'Site settings',
  fields: [
    { name: 'siteName', type: 'text', localized: true, required: true },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'hotline',
      label: 'Emergency hotline (shown on every page)',
      type: 'group',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'phone', type: 'text', required: true, validate: validatePhone },
        { name: 'hours', type: 'text', localized: true },
      ],
    },
    {
      name: 'footerContacts',
      type: 'array',
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        { name: 'phone', type: 'text', validate: validatePhone },
        { name: 'email', type: 'email' },
        { name: 'url', type: 'text', validate: validateWebUrl },
      ],
    },
    {
      name: 'questionContactRetentionDays',
      label: 'Days a reader’s contact is kept (questions)',
      type: 'number',
      min: 1,
      max: 365,
      // No stored default: empty means the default, so existing settings need no rewrite.
      admin: {
        placeholder: String(defaultContactRetentionDays),
        description: `A way to answer that a reader left with a question is deleted automatically after this many days (empty: ${defaultContactRetentionDays}).`,
      },
    },
  ],
})
