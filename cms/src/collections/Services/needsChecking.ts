import { freshnessBoundaries, verificationDays } from '@jol/content-schemas'
import type { Payload, Where } from 'payload'

/** The verification period set in site settings (published settings; empty means 90 days). */
export async function verificationPeriod(payload: Payload): Promise<number> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0 })) as {
    servicesVerificationDays?: number | null
  }
  return verificationDays(settings.servicesVerificationDays)
}

/** Services not verified within the period (never verified included): the "needs checking" list. */
export const needsCheckingWhere = (period: number, now: Date): Where => {
  const { staleBefore } = freshnessBoundaries(period, now)
  return {
    or: [
      { 'verification.verifiedAt': { less_than: staleBefore.toISOString() } },
      { 'verification.verifiedAt': { exists: false } },
    ],
  }
}

/** How many services need checking now, and how many are already off the site (past twice the period). */
export async function countNeedsChecking(
  payload: Payload,
  now: Date = new Date(),
): Promise<{ period: number; needsChecking: number; offSite: number }> {
  const period = await verificationPeriod(payload)
  const { expiredBefore } = freshnessBoundaries(period, now)
  const needsChecking = await payload.count({
    collection: 'services',
    where: needsCheckingWhere(period, now),
  })
  const offSite = await payload.count({
    collection: 'services',
    where: {
      or: [
        { 'verification.verifiedAt': { less_than: expiredBefore.toISOString() } },
        { 'verification.verifiedAt': { exists: false } },
      ],
    },
  })
  return { period, needsChecking: needsChecking.totalDocs, offSite: offSite.totalDocs }
}

/** The admin's list of services, filtered to those needing checking (Payload reads `where` from the URL). */
export function needsCheckingHref(period: number, now: Date): string {
  const { staleBefore } = freshnessBoundaries(period, now)
  const params = new URLSearchParams({
    'where[or][0][verification.verifiedAt][less_than]': staleBefore.toISOString(),
    'where[or][1][verification.verifiedAt][exists]': 'false',
  })
  return `/admin/collections/services?${params.toString()}`
}
