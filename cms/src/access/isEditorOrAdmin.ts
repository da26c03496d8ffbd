import type { Access, PayloadRequest } from 'payload'

import { roleOf } from './roles'

/** Editors and admins decide what goes live; translators and API keys without a role do not. */
export const isEditorOrAdminRole = (role: string | null | undefined): boolean =>
  role === 'admin' || role === 'editor'

export const isEditorOrAdminRequest = (req: PayloadRequest): boolean => isEditorOrAdminRole(roleOf(req))

/** Creating and deleting entries, and editing shared settings, is for editors and admins. */
export const isEditorOrAdmin: Access = ({ req }) => isEditorOrAdminRequest(req)

/** Running, queuing or cancelling jobs (publishing, site builds) is for editors and admins too. */
export const jobsAccess = {
  run: ({ req }: { req: PayloadRequest }) => isEditorOrAdminRequest(req),
  queue: ({ req }: { req: PayloadRequest }) => isEditorOrAdminRequest(req),
  cancel: ({ req }: { req: PayloadRequest }) => isEditorOrAdminRequest(req),
}
