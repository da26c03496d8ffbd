import type { Access, Where } from 'payload'

/**
 * Press releases: anonymous readers see a release only once it is published AND its embargo
 * (if any) has passed. "Now" is taken per request, so a release appears the moment it lapses.
 */
export const releasedOrSignedIn: Access = ({ req }) => {
  if (req.user) return true
  const released: Where = {
    and: [
      { _status: { equals: 'published' } },
      {
        or: [{ embargoUntil: { exists: false } }, { embargoUntil: { equals: null } }, { embargoUntil: { less_than_equal: new Date().toISOString() } }],
      },
    ],
  }
  return released
}
