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
  ],
})
