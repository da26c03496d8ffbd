/**
 * How current a service's verification is: the one rule the CMS (the "needs checking" filter and the
 * dashboard count) and the site (the "may be out of date" notice, leaving a service out) share.
 *
 * - fresh: verified within the period (site settings, default 90 days);
 * - stale: verified longer ago than the period: flagged in the admin, shown with a notice;
 * - expired: verified longer ago than twice the period, or never: off the site until verified again.
 */

export type Freshness = 'fresh' | 'stale' | 'expired'

export const DEFAULT_VERIFICATION_DAYS = 90

const DAY_MS = 24 * 60 * 60 * 1000

/** A usable period: a whole number of days, at least one; anything else is the default. */
export function verificationDays(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1
    ? value
    : DEFAULT_VERIFICATION_DAYS
}

/** The freshness of a verification made at `verifiedAt` (ISO 8601), seen at `now`. */
export function freshnessOf(verifiedAt: string | null | undefined, periodDays: number, now: Date): Freshness {
  if (typeof verifiedAt !== 'string' || verifiedAt === '') return 'expired'
  const at = Date.parse(verifiedAt)
  if (Number.isNaN(at)) return 'expired'
  const age = now.getTime() - at
  const period = verificationDays(periodDays) * DAY_MS
  if (age > 2 * period) return 'expired'
  if (age > period) return 'stale'
  return 'fresh'
}

/**
 * The moments that separate the states, for database queries: a verification before `staleBefore`
 * is stale (or expired), one before `expiredBefore` is expired.
 */
export function freshnessBoundaries(
  periodDays: number,
  now: Date,
): { staleBefore: Date; expiredBefore: Date } {
  const period = verificationDays(periodDays) * DAY_MS
  return {
    staleBefore: new Date(now.getTime() - period),
    expiredBefore: new Date(now.getTime() - 2 * period),
  }
}
