import { enumLabels, type Topic } from '@jol/content-schemas'
import type { Payload } from 'payload'

/**
 * The community response map as a table: how many questions came in per topic and place, month by
 * month. Counted from the questions themselves (topic, country, city, day), so it needs nothing
 * a reader did not already send, and no map tiles or any other origin.
 */

export interface ResponseRow {
  topic: string
  place: string
  /** Questions per month (`YYYY-MM`), in the order of `months`. */
  counts: number[]
  total: number
}

export interface ResponseMap {
  months: string[]
  rows: ResponseRow[]
}

type Asked = { day?: string | null; topic?: string | null; country?: string | null; city?: string | null }

export const placeOf = (q: Asked): string =>
  [q.country?.trim(), q.city?.trim()].filter(Boolean).join(', ') || 'place not given'
export const topicLabelOf = (topic?: string | null): string =>
  topic ? (enumLabels.topic[topic as Topic] ?? topic) : 'no topic'

/** Rows by most questions first (then topic and place); months oldest first. */
export function responseMapOf(questions: readonly Asked[]): ResponseMap {
  const months = [
    ...new Set(questions.map((q) => (q.day ?? '').slice(0, 7)).filter((m) => /^\d{4}-\d{2}$/.test(m))),
  ].sort()
  const byKey = new Map<string, ResponseRow>()
  for (const q of questions) {
    const month = months.indexOf((q.day ?? '').slice(0, 7))
    if (month < 0) continue
    const topic = topicLabelOf(q.topic)
    const place = placeOf(q)
    const key = `${topic}\u0000${place}`
    let row = byKey.get(key)
    if (!row) byKey.set(key, (row = { topic, place, counts: months.map(() => 0), total: 0 }))
    row.counts[month]!++
    row.total++
  }
  const rows = [...byKey.values()].sort(
    (a, b) => b.total - a.total || a.topic.localeCompare(b.topic) || a.place.localeCompare(b.place),
  )
  return { months, rows }
}

/** The table for questions asked from `since` (a day, `YYYY-MM-DD`) on; only the fields it counts are read. */
export async function readResponseMap(payload: Payload, since?: string): Promise<ResponseMap> {
  const { docs } = await payload.find({
    collection: 'questions',
    ...(since ? { where: { day: { greater_than_equal: since } } } : {}),
    select: { day: true, topic: true, country: true, city: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return responseMapOf(docs)
}
