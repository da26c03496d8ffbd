import type { Access } from 'payload'

import { roleOf } from './roles'

/** Creating and deleting entries, and editing shared settings, is for editors and admins. */
export const isEditorOrAdmin: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'admin' || role === 'editor'
}
