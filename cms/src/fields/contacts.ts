import type { ArrayField, Field, RelationshipField } from 'payload'

import { validationMessage } from '../i18n/validationTexts'

const phonePattern = /^\+?[0-9][0-9 ()-]{4,24}$/

/** Payload hands a validator the request; its `t` gives the message in the writer's admin language. */
type ValidatorOptions = { req?: { t?: unknown } }

export const validatePhone = (value: string | null | undefined, options?: ValidatorOptions): true | string =>
  !value || phonePattern.test(value) ? true : validationMessage(options, 'phone', value)

export const validateWebUrl = (
  value: string | null | undefined,
  options?: ValidatorOptions,
): true | string =>
  !value || /^https?:\/\/[^\s]+$/.test(value) ? true : validationMessage(options, 'webUrl', value)

/**
 * A link to a service of the help directory, whose number and hours are shown instead of the
 * fields beside it: a changed number is then changed once, in the directory.
 */
export const directoryServiceField = (description: string): RelationshipField => ({
  name: 'service',
  label: 'A service of the help directory',
  type: 'relationship',
  relationTo: 'services',
  admin: { description },
})

/** "Where to get help": rows are shared by all languages; what a reader reads is localized. */
export const helpContactsField = (): ArrayField => ({
  name: 'contacts',
  label: 'Where to get help',
  type: 'array',
  fields: [
    { name: 'label', type: 'text', localized: true, required: true },
    directoryServiceField(
      'Its number, hours and website are shown (change them once, in the directory); the fields below are then ignored.',
    ),
    { name: 'phone', type: 'text', validate: validatePhone },
    { name: 'hours', type: 'text', localized: true },
    { name: 'url', type: 'text', validate: validateWebUrl },
  ],
})

/** People journalists can call: name, localized role, phone and e-mail. */
export const mediaContactFields = (): Field[] => [
  { name: 'name', type: 'text', required: true },
  { name: 'role', type: 'text', localized: true },
  { name: 'phone', type: 'text', validate: validatePhone },
  { name: 'email', type: 'email' },
]
