import { sourceLocale } from '@jol/content-schemas'
import type { Payload, TypedUser } from 'payload'

/** One dated thing on the editors' calendar. */
export interface CalendarItem {
  date: string
  what:
    | 'publish'
    | 'unpublish'
    | 'embargo-ends'
    | 'newsletter'
    | 'release'
    | 'post'
    | 'campaign-start'
    | 'campaign-end'
  collection: string
  id: number | string
  title: string
  /** A scheduled publication for one locale only. */
  locale?: string
}

type Row = Record<string, unknown>

const dated = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))

/** The dates each kind carries, and what they mean on the calendar. */
const dateFields: { collection: string; field: string; what: CalendarItem['what']; title: string }[] = [
  { collection: 'press-releases', field: 'embargoUntil', what: 'embargo-ends', title: 'title' },
  { collection: 'press-releases', field: 'releaseDate', what: 'release', title: 'title' },
  { collection: 'newsletters', field: 'date', what: 'newsletter', title: 'subject' },
  { collection: 'posts', field: 'publishDate', what: 'post', title: 'title' },
  { collection: 'campaigns', field: 'startDate', what: 'campaign-start', title: 'name' },
  { collection: 'campaigns', field: 'endDate', what: 'campaign-end', title: 'name' },
]

/**
 * What is scheduled from `from` on, in date order: publications and unpublications queued with
 * Payload's scheduled publishing, embargo ends, newsletter dates, release and post dates, campaigns.
 */
export async function calendar(
  payload: Payload,
  user: TypedUser | null,
  from: Date,
): Promise<CalendarItem[]> {
  if (!user) return []
  const items: CalendarItem[] = []
  const since = from.toISOString()
  for (const { collection, field, what, title } of dateFields) {
    const { docs } = await payload.find({
      collection: collection as 'posts',
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      locale: sourceLocale,
      where: { [field]: { greater_than_equal: since } },
      overrideAccess: false,
      user,
    })
    for (const doc of docs as unknown as Row[]) {
      if (dated(doc[field]))
        items.push({
          date: doc[field],
          what,
          collection,
          id: doc.id as number,
          title: String(doc[title] ?? doc.id),
        })
    }
  }
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than_equal: since } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const job of jobs.docs as unknown as Row[]) {
    const input = (job.input ?? {}) as {
      doc?: { relationTo?: string; value?: unknown }
      type?: string
      locale?: string
    }
    const target = input.doc
    if (!target?.relationTo || !dated(job.waitUntil)) continue
    const id = (
      typeof target.value === 'object' && target.value ? (target.value as Row).id : target.value
    ) as number
    const config = payload.collections[target.relationTo as 'posts']?.config
    const doc = await payload.findByID({
      collection: target.relationTo as 'posts',
      id,
      draft: true,
      depth: 0,
      locale: sourceLocale,
      disableErrors: true,
      overrideAccess: false,
      user,
    })
    if (!doc || !config) continue
    items.push({
      date: job.waitUntil,
      what: input.type === 'unpublish' ? 'unpublish' : 'publish',
      collection: target.relationTo,
      id,
      title: String((doc as unknown as Row)[config.admin.useAsTitle ?? 'id'] ?? id),
      ...(input.locale ? { locale: input.locale } : {}),
    })
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
}
