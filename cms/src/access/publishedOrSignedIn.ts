import type { Access, Where } from 'payload'

/** What anonymous readers may see of a content collection: published documents only. */
export const publishedToReaders: Where = { _status: { equals: 'published' } }

/**
 * Signed-in staff read everything; everyone else reads published documents only.
 * (A bare `() => true` would hand drafts to anonymous readers.)
 */
export const publishedOrSignedIn: Access = ({ req }) => (req.user ? true : publishedToReaders)
