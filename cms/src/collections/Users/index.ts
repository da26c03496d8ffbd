import { localeCodes, userRoleSchema } from '@jol/content-schemas'
import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { roleOf } from '../../access/roles'
import { forgetFailures, guardSignIn } from '../../security/loginGuard'
import { sessionCookies } from '../../security/sessionCookies'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // No per-account lockout (anyone could lock the admin out with five wrong passwords): sign-ins
    // are limited per address and per account-and-address instead (security/loginGuard.ts).
    maxLoginAttempts: 0,
    useAPIKey: true,
    cookies: sessionCookies(),
  },
  hooks: { beforeOperation: [guardSignIn], afterLogin: [forgetFailures] },
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
      options: userRoleSchema.options.map((value) => ({
        value,
        label: value[0]!.toUpperCase() + value.slice(1),
      })),
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
