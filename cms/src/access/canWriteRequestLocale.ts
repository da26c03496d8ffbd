import type { Access } from 'payload'

import { assignedLocalesOf, roleOf } from './roles'

/**
 * Editors and admins write every locale; a translator writes only the locales assigned to them,
 * one at a time (never `locale=all`, which would touch the others).
 */
export const canWriteRequestLocale: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'admin' || role === 'editor') return true
  if (role !== 'translator') return false
  return typeof req.locale === 'string' && assignedLocalesOf(req).includes(req.locale)
}
