import { localeCodes, userRoleSchema } from '@jol/content-schemas'
import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { roleOf } from '../../access/roles'

/** After this many wrong passwords an account is locked for `lockTime`. */
export const maxLoginAttempts = 5
export const lockTimeMs = 15 * 60 * 1000

export const Users: CollectionConfig = {
  slug: 'users',
  auth: { maxLoginAttempts, lockTime: lockTimeMs, useAPIKey: true },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'translatorLocales'] },
  access: {
    // Staff see each other (to know who to ask); only admins manage accounts.
    read: ({ req }) => Boolean(req.user),
    create: isAdmin,
    delete: isAdmin,
    update: ({ req, id }) => roleOf(req) === 'admin' || (Boolean(req.user) && req.user?.id === id),
    admin: ({ req }) => Boolean(req.user),
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: userRoleSchema.options.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
      access: { update: isAdminField, create: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'translatorLocales',
      label: 'Languages this translator may edit',
      type: 'select',
      hasMany: true,
      options: [...localeCodes],
      access: { update: isAdminField, create: isAdminField },
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'translator' },
    },
  ],
}
