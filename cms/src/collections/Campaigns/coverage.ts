import {
  campaignCoverage,
  campaignMemberCollections,
  kindOf,
  localeCodes,
  type Coverage,
  type CoverageInput,
  type LocaleCode,
} from '@jol/content-schemas'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Every entry linked to a campaign, drafts included, against the six languages. Each language is read
 * on its own with fallback off, so an empty title means "not written". With `req`, the reader's
 * access rules apply (the admin passes the signed-in user's request).
 */
export async function readCampaignCoverage(
  payload: Payload,
  campaignId: number | string,
  options: { req?: PayloadRequest } = {},
): Promise<Coverage> {
  const access = options.req ? { req: options.req, overrideAccess: false } : { overrideAccess: true }
  const entries = new Map<string, CoverageInput & { written: LocaleCode[] }>()
  for (const collection of campaignMemberCollections) {
    const writtenBy = kindOf(collection).writtenBy
    for (const locale of localeCodes) {
      const { docs } = await payload.find({
        collection,
        locale,
        fallbackLocale: false,
        draft: true,
        depth: 0,
        pagination: false,
        limit: 0,
        where: { campaigns: { in: [campaignId] } },
        ...access,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const key = `${collection}:${String(doc.id)}`
        const entry = entries.get(key) ?? {
          collection,
          id: doc.id as number,
          title: '',
          written: [],
          published: doc._status === 'published',
        }
        const text = doc[writtenBy]
        if (typeof text === 'string' && text.trim() !== '') {
          entry.written.push(locale)
          if (entry.title === '' || locale === 'en') entry.title = text
        }
        entries.set(key, entry)
      }
    }
  }
  const rows = [...entries.values()].map((entry) => ({
    ...entry,
    title: entry.title || `${entry.collection} #${entry.id}`,
  }))
  return campaignCoverage(rows)
}
