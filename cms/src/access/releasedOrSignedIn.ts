import type { Access, Where } from 'payload'

/**
 * What anonymous readers may see of press releases: published AND past the embargo (if any).
 * "Now" is taken per call, so a release appears the moment it lapses.
 */
export function releasedToReaders(): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [
          { embargoUntil: { exists: false } },
          { embargoUntil: { equals: null } },
          { embargoUntil: { less_than_equal: new Date().toISOString() } },
        ],
      },
    ],
  }
}

/** Press releases: staff read everything; anonymous readers only what is released. */
export const releasedOrSignedIn: Access = ({ req }) => (req.user ? true : releasedToReaders())
