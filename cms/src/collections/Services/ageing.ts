import { freshnessBoundaries } from '@jol/content-schemas'
import type { Payload, TaskConfig } from 'payload'

import { requestRebuild } from '../../publishing/rebuildQueue'
import { verificationPeriod } from './needsChecking'

export const serviceAgesTaskSlug = 'rebuildForServiceAges'

const DAY_MS = 86_400_000

/**
 * Services age without anyone editing them: one whose verification passed the period (the notice
 * appears) or twice the period (it leaves the site) in the last day needs a rebuild. Returns the
 * slugs that crossed a boundary, and asks for one rebuild if there are any.
 */
export async function rebuildForServiceAges(payload: Payload, now = new Date()): Promise<string[]> {
  const period = await verificationPeriod(payload)
  const today = freshnessBoundaries(period, now)
  const yesterday = freshnessBoundaries(period, new Date(now.getTime() - DAY_MS))
  const crossed = (from: Date, to: Date) => ({
    and: [
      { 'verification.verifiedAt': { greater_than_equal: from.toISOString() } },
      { 'verification.verifiedAt': { less_than: to.toISOString() } },
    ],
  })
  const { docs } = await payload.find({
    collection: 'services',
    where: {
      or: [
        crossed(yesterday.staleBefore, today.staleBefore),
        crossed(yesterday.expiredBefore, today.expiredBefore),
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const slugs = docs.map((doc) => doc.slug)
  if (slugs.length > 0)
    await requestRebuild(payload, { source: 'schedule', collection: 'services', operation: 'update' })
  return slugs
}

/** Once a day, on the default queue: the notices and the hiding follow the calendar, not only edits. */
export const serviceAgesTask: TaskConfig<'rebuildForServiceAges'> = {
  slug: serviceAgesTaskSlug,
  label: 'Rebuild the site when services become out of date',
  retries: 2,
  schedule: [{ cron: '0 30 2 * * *', queue: 'default' }],
  outputSchema: [{ name: 'crossed', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { crossed: (await rebuildForServiceAges(req.payload)).length } }),
}
