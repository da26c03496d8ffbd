import { enumLabels, isLocaleCode, type Topic } from '@jol/content-schemas'
import type { Payload } from 'payload'

import { dashboardTexts } from '../../i18n/dashboardTexts'
import { labelTables } from '../../i18n/labels'

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

/** How a question's topic and place are named, in one admin language. */
export interface QuestionWords {
  topics: Record<Topic, string>
  noTopic: string
  noPlace: string
}
export const englishQuestionWords: QuestionWords = {
  topics: enumLabels.topic,
  noTopic: dashboardTexts.en.noTopic,
  noPlace: dashboardTexts.en.noPlace,
}

/** The topics as the question form names them in an admin language (Jol's labels), English otherwise. */
export function questionWordsIn(language: string | undefined): QuestionWords {
  if (!isLocaleCode(language) || language === 'en') return englishQuestionWords
  const labels = labelTables[language]
  const topics = Object.fromEntries(
    (Object.keys(enumLabels.topic) as Topic[]).map((topic) => [
      topic,
      labels[`fields.topic.options.${topic}`] ?? enumLabels.topic[topic],
    ]),
  ) as Record<Topic, string>
  return { topics, noTopic: dashboardTexts[language].noTopic, noPlace: dashboardTexts[language].noPlace }
}

export const placeOf = (q: Asked, words: QuestionWords = englishQuestionWords): string =>
  [q.country?.trim(), q.city?.trim()].filter(Boolean).join(', ') || words.noPlace
export const topicLabelOf = (topic?: string | null, words: QuestionWords = englishQuestionWords): string =>
  topic ? (words.topics[topic as Topic] ?? topic) : words.noTopic

/** Rows by most questions first (then topic and place); months oldest first. */
export function responseMapOf(
  questions: readonly Asked[],
  words: QuestionWords = englishQuestionWords,
): ResponseMap {
  const months = [
    ...new Set(questions.map((q) => (q.day ?? '').slice(0, 7)).filter((m) => /^\d{4}-\d{2}$/.test(m))),
  ].sort()
  const byKey = new Map<string, ResponseRow>()
  for (const q of questions) {
    const month = months.indexOf((q.day ?? '').slice(0, 7))
    if (month < 0) continue
    const topic = topicLabelOf(q.topic, words)
    const place = placeOf(q, words)
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
export async function readResponseMap(
  payload: Payload,
  since?: string,
  words: QuestionWords = englishQuestionWords,
): Promise<ResponseMap> {
  const { docs } = await payload.find({
    collection: 'questions',
    ...(since ? { where: { day: { greater_than_equal: since } } } : {}),
    select: { day: true, topic: true, country: true, city: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return responseMapOf(docs, words)
}
