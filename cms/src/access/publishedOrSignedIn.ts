import type { Access } from 'payload'

/**
 * Signed-in staff read everything; everyone else reads published documents only.
 * (A bare `() => true` would hand drafts to anonymous readers.)
 */
export const publishedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
