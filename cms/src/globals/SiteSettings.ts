import { DEFAULT_VERIFICATION_DAYS, defaultContactRetentionDays } from '@jol/content-schemas'
import type { GlobalConfig } from 'payload'

import { directoryServiceField, validatePhone, validateWebUrl } from '../fields/contacts'
import { translatableGlobal } from './translatableGlobal'

/** The hotline needs a number: its own, or the one of the directory's service it points at. */
const requiredUnlessService = (
  value: string | null | undefined,
  options: { siblingData: unknown; req?: { t?: unknown } },
) =>
  (options.siblingData as { service?: unknown }).service || value
    ? validatePhone(value, options)
    : 'The hotline needs a phone number, or a service of the help directory.'

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
        directoryServiceField(
          'Its first number is shown (change it once, in the directory); else the phone below.',
        ),
        { name: 'phone', type: 'text', validate: requiredUnlessService },
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
    {
      name: 'servicesVerificationDays',
      label: 'Days a service’s verification stays fresh (help directory)',
      type: 'number',
      min: 1,
      max: 730,
      admin: {
        placeholder: String(DEFAULT_VERIFICATION_DAYS),
        description: `After this many days (empty: ${DEFAULT_VERIFICATION_DAYS}) a service needs checking and the site says it may be out of date; after twice as many it leaves the site until verified again.`,
      },
    },
  ],
})
