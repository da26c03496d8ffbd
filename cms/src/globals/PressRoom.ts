import type { GlobalConfig } from 'payload'

import { canWriteRequestLocale } from '../access/canWriteRequestLocale'
import { mediaContactFields } from '../fields/contacts'
import { bodyField } from '../fields/richText'
import { refuseUnknownLocale } from '../hooks/refuseUnknownLocale'

export const PressRoom: GlobalConfig = {
  slug: 'press-room',
  label: 'Press room',
  access: { read: () => true, update: canWriteRequestLocale },
  hooks: { beforeOperation: [refuseUnknownLocale] },
  versions: { max: 20 },
  fields: [
    bodyField({ name: 'boilerplate', label: 'About us (boilerplate for every release)' }),
    { name: 'mediaContacts', label: 'Default media contacts', type: 'array', fields: mediaContactFields() },
  ],
}
