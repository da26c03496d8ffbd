import { freshnessBoundaries, verificationDays } from '@jol/content-schemas'
import type { Payload, Where } from 'payload'

/** The verification period set in site settings (published settings; empty means 90 days). */
export async function verificationPeriod(payload: Payload): Promise<number> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0 })) as {
    servicesVerificationDays?: number | null
  }
  return verificationDays(settings.servicesVerificationDays)
}

/** Services last verified before `before`, or never (before the stale boundary: "needs checking"). */
const notVerifiedSince = (before: Date): Where => ({
  or: [
    { 'verification.verifiedAt': { less_than: before.toISOString() } },
    { 'verification.verifiedAt': { exists: false } },
  ],
})

/** How many services need checking now, and how many are already off the site (past twice the period). */
export async function countNeedsChecking(
  payload: Payload,
  now: Date = new Date(),
): Promise<{ period: number; needsChecking: number; offSite: number }> {
  const period = await verificationPeriod(payload)
  const { staleBefore, expiredBefore } = freshnessBoundaries(period, now)
  const [needsChecking, offSite] = await Promise.all([
    payload.count({ collection: 'services', where: notVerifiedSince(staleBefore) }),
    payload.count({ collection: 'services', where: notVerifiedSince(expiredBefore) }),
  ])
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
