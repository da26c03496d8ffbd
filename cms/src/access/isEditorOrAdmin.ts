import type { Access, PayloadRequest } from 'payload'

import { roleOf } from './roles'

/** Editors and admins decide what goes live; translators and API keys without a role do not. */
export const isEditorOrAdminRequest = (req: PayloadRequest): boolean => {
  const role = roleOf(req)
  return role === 'admin' || role === 'editor'
}

/** Creating and deleting entries, and editing shared settings, is for editors and admins. */
export const isEditorOrAdmin: Access = ({ req }) => isEditorOrAdminRequest(req)

/** Running, queuing or cancelling jobs (publishing, site builds) is for editors and admins too. */
export const jobsAccess = {
  run: ({ req }: { req: PayloadRequest }) => isEditorOrAdminRequest(req),
  queue: ({ req }: { req: PayloadRequest }) => isEditorOrAdminRequest(req),
  cancel: ({ req }: { req: PayloadRequest }) => isEditorOrAdminRequest(req),
}
