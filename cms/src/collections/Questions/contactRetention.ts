import { defaultContactRetentionDays } from '@jol/content-schemas'
import type { Payload, TaskConfig } from 'payload'

export const forgetContactsTaskSlug = 'forgetExpiredContacts'

/** The retention period set in site settings, in days (the default until someone sets it). */
export async function contactRetentionDays(payload: Payload): Promise<number> {
  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })) as {
    questionContactRetentionDays?: number | null
  }
  const days = settings.questionContactRetentionDays
  return typeof days === 'number' && days >= 1 ? days : defaultContactRetentionDays
}

/** The first day still kept: a contact given before it has been kept long enough. */
export function firstDayKept(now: Date, days: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days))
    .toISOString()
    .slice(0, 10)
}

/** Deletes every contact given before the retention period; returns how many were deleted. */
export async function forgetExpiredContacts(payload: Payload, now = new Date()): Promise<number> {
  const before = firstDayKept(now, await contactRetentionDays(payload))
  const { docs } = await payload.find({
    collection: 'questions',
    where: { and: [{ contactGivenOn: { exists: true } }, { contactGivenOn: { less_than: before } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) {
    await payload.update({
      collection: 'questions',
      id: doc.id,
      data: { contact: null, contactConsent: false, contactGivenOn: null },
      overrideAccess: true,
    })
  }
  return docs.length
}

/** Every hour, on the default queue (the CMS's autorun schedules and runs it). */
export const forgetExpiredContactsTask: TaskConfig<'forgetExpiredContacts'> = {
  slug: forgetContactsTaskSlug,
  label: 'Delete readers’ contacts past the retention period',
  retries: 2,
  schedule: [{ cron: '0 17 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { deleted: await forgetExpiredContacts(req.payload) } }),
}
