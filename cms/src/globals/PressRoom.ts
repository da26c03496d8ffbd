import type { GlobalConfig } from 'payload'

import { mediaContactFields } from '../fields/contacts'
import { bodyField } from '../fields/richText'
import { translatableGlobal } from './translatableGlobal'

export const PressRoom: GlobalConfig = translatableGlobal({
  slug: 'press-room',
  label: 'Press room',
  fields: [
    bodyField({ name: 'boilerplate', label: 'About us (boilerplate for every release)' }),
    { name: 'mediaContacts', label: 'Default media contacts', type: 'array', fields: mediaContactFields() },
  ],
})
