import {
  localeCodes,
  reachKindSchema,
  reachSourceSchema,
  type ReachKind,
  type ReachSource,
} from '@jol/content-schemas'

import { dashboardTexts, type DashboardTexts } from '../../../i18n/dashboardTexts'
import { englishQuestionWords, placeOf, topicLabelOf, type QuestionWords } from '../../Questions/responseMap'
import { inPeriod, monthsOf, weekOf, weeksOf, type Period } from './period'

/**
 * The campaign dashboard, computed from plain rows (no database here): reach by language, kind,
 * source and week against the objectives Jol can measure, the most-read entries, feedback and the
 * questions by topic and place month by month. Every table the admin shows is one `DashboardTable`,
 * so the CSV export and the page cannot disagree.
 */

/** What Jol can measure an objective by, counted over the dashboard's period. */
export const objectiveMeasures = {
  views: 'Views of the campaign’s pages and documents',
  print: 'Views from printed QR codes (src=print)',
  newsletter: 'Views from newsletter e-mails (src=newsletter)',
  share: 'Views from shared links (src=share)',
  useful: 'Share of “useful” answers (%)',
  questions: 'Questions asked',
} as const
export type ObjectiveMeasure = keyof typeof objectiveMeasures
const isMeasure = (value: unknown): value is ObjectiveMeasure =>
  typeof value === 'string' && value in objectiveMeasures

/**
 * The words of the tables and charts (titles, columns, a few cells) in one admin language; the CSV
 * export is written in the same words. English unless the reader's language is given (`read.ts`).
 */
export type DashboardWords = DashboardTexts & {
  measures: Record<ObjectiveMeasure, string>
  asked: QuestionWords
}
export const englishDashboardWords: DashboardWords = {
  ...dashboardTexts.en,
  measures: objectiveMeasures,
  asked: englishQuestionWords,
}

export interface Objective {
  indicator: string
  unit: string
  baseline: number
  target: number
  targetDate?: string | null
  measure?: string | null
}
export interface CampaignEntry {
  collection: string
  slug: string
  title: string
}
export interface ReachRow {
  day: string
  entryCollection: string
  slug?: string | null
  locale: string
  kind: string
  source: string
  views: number
}
export interface FeedbackRow {
  day: string
  entryCollection: string
  slug: string
  locale: string
  answer: string
  comment?: string | null
}
export interface QuestionRow {
  day?: string | null
  topic?: string | null
  country?: string | null
  city?: string | null
}

export interface DashboardInput {
  period: Period
  objectives: readonly Objective[]
  /** The campaign's own page and every entry that belongs to it. */
  entries: readonly CampaignEntry[]
  reach: readonly ReachRow[]
  feedback: readonly FeedbackRow[]
  questions: readonly QuestionRow[]
}

export type Cell = string | number
export interface DashboardTable {
  id: string
  title: string
  columns: string[]
  rows: Cell[][]
}

/** One series of a bar chart: a value per label. */
export interface ChartSeries {
  name: string
  values: number[]
}
export interface ChartData {
  title: string
  labels: string[]
  series: ChartSeries[]
}

export interface Dashboard {
  period: Period
  totals: { views: number; answers: number; useful: number; questions: number }
  tables: DashboardTable[]
  charts: { reachByWeek: ChartData; questionsByMonth: ChartData }
}

export const tableIds = [
  'objectives',
  'reach-by-locale',
  'reach-by-kind',
  'reach-by-source',
  'reach-by-week',
  'entries',
  'feedback',
  'comments',
  'questions',
] as const
export type TableId = (typeof tableIds)[number]
export const isTableId = (value: unknown): value is TableId =>
  (tableIds as readonly unknown[]).includes(value)

const entryKey = (collection: string, slug: string | null | undefined) => `${collection}/${slug ?? ''}`
/** A share as a whole percentage, or empty when there is nothing to share out. */
const percent = (part: number, whole: number): Cell => (whole === 0 ? '' : Math.round((part / whole) * 100))

function sumBy<K extends string>(rows: readonly ReachRow[], key: (row: ReachRow) => K): Map<K, number> {
  const sums = new Map<K, number>()
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.views)
  return sums
}

/** Progress from baseline to target, in percent (100 = reached), or empty when it cannot be said. */
export function progressOf(objective: Objective, value: number): Cell {
  const span = objective.target - objective.baseline
  return span === 0 ? '' : Math.round(((value - objective.baseline) / span) * 100)
}

export function campaignDashboard(
  input: DashboardInput,
  words: DashboardWords = englishDashboardWords,
): Dashboard {
  const { period } = input
  const titles = new Map(input.entries.map((e) => [entryKey(e.collection, e.slug), e]))
  const reach = input.reach.filter(
    (row) => inPeriod(row.day, period) && titles.has(entryKey(row.entryCollection, row.slug)),
  )
  const feedback = input.feedback.filter(
    (row) => inPeriod(row.day, period) && titles.has(entryKey(row.entryCollection, row.slug)),
  )
  const questions = input.questions.filter((q) => inPeriod(q.day, period))

  const views = reach.reduce((sum, row) => sum + row.views, 0)
  const bySource = sumBy(reach, (row) => row.source)
  const useful = feedback.filter((row) => row.answer === 'yes').length
  const measured: Record<ObjectiveMeasure, number> = {
    views,
    print: bySource.get('print') ?? 0,
    newsletter: bySource.get('newsletter') ?? 0,
    share: bySource.get('share') ?? 0,
    useful: feedback.length === 0 ? 0 : Math.round((useful / feedback.length) * 100),
    questions: questions.length,
  }

  const objectives: DashboardTable = {
    id: 'objectives',
    title: words.objectives,
    columns: [
      words.indicator,
      words.unit,
      words.baseline,
      words.target,
      words.targetDate,
      words.measuredBy,
      words.inPeriod,
      words.progress,
    ],
    rows: input.objectives.map((o) => {
      const measure = isMeasure(o.measure) ? o.measure : undefined
      const value = measure ? measured[measure] : undefined
      return [
        o.indicator,
        o.unit,
        o.baseline,
        o.target,
        (o.targetDate ?? '').slice(0, 10),
        measure ? words.measures[measure] : words.measuredOutside,
        value ?? '',
        value === undefined ? '' : progressOf(o, value),
      ]
    }),
  }

  const shareTable = <K extends string>(
    id: TableId,
    title: string,
    column: string,
    keys: readonly K[],
    key: (row: ReachRow) => K,
  ): DashboardTable => {
    const sums = sumBy(reach, key)
    return {
      id,
      title,
      columns: [column, words.views, words.share],
      rows: keys.map((k) => [k, sums.get(k) ?? 0, percent(sums.get(k) ?? 0, views)]),
    }
  }

  const weeks = weeksOf(period)
  const sources = reachSourceSchema.options
  const weekly = new Map(weeks.map((week) => [week, new Map<ReachSource, number>()]))
  for (const row of reach) {
    const week = weekly.get(weekOf(row.day))!
    const source = row.source as ReachSource
    week.set(source, (week.get(source) ?? 0) + row.views)
  }
  const reachByWeek: DashboardTable = {
    id: 'reach-by-week',
    title: words.reachByWeek,
    columns: [words.weekOf, ...sources, words.views],
    rows: weeks.map((week) => {
      const counts = sources.map((source) => weekly.get(week)!.get(source) ?? 0)
      return [week, ...counts, counts.reduce((a, b) => a + b, 0)]
    }),
  }

  const answers = new Map<string, { yes: number; no: number }>()
  for (const row of feedback) {
    const key = entryKey(row.entryCollection, row.slug)
    const counts = answers.get(key) ?? { yes: 0, no: 0 }
    if (row.answer === 'yes') counts.yes++
    else counts.no++
    answers.set(key, counts)
  }
  const entryViews = sumBy(reach, (row) => entryKey(row.entryCollection, row.slug))
  const ranked = [...titles.entries()]
    .map(([key, entry]) => ({ key, entry, views: entryViews.get(key) ?? 0 }))
    .filter((e) => e.views > 0 || answers.has(e.key))
    .sort((a, b) => b.views - a.views || a.key.localeCompare(b.key))
  const entries: DashboardTable = {
    id: 'entries',
    title: words.mostRead,
    columns: [
      words.entry,
      words.collection,
      words.slug,
      words.views,
      words.useful,
      words.notUseful,
      words.usefulPercent,
    ],
    rows: ranked.map(({ key, entry, views: seen }) => {
      const { yes, no } = answers.get(key) ?? { yes: 0, no: 0 }
      return [entry.title, entry.collection, entry.slug, seen, yes, no, percent(yes, yes + no)]
    }),
  }

  const byLocale = new Map(localeCodes.map((code) => [code as string, { yes: 0, no: 0 }]))
  for (const row of feedback) {
    const counts = byLocale.get(row.locale)
    if (counts) counts[row.answer === 'yes' ? 'yes' : 'no']++
  }
  const feedbackTable: DashboardTable = {
    id: 'feedback',
    title: words.feedback,
    columns: [words.language, words.answers, words.useful, words.notUseful, words.usefulPercent],
    rows: [
      ...[...byLocale].map(([code, { yes, no }]) => [code, yes + no, yes, no, percent(yes, yes + no)]),
      [words.all, feedback.length, useful, feedback.length - useful, percent(useful, feedback.length)],
    ],
  }
  const comments: DashboardTable = {
    id: 'comments',
    title: words.comments,
    columns: [words.day, words.entry, words.language, words.useful, words.comment],
    rows: feedback
      .filter((row) => (row.comment ?? '').trim() !== '')
      .sort((a, b) => b.day.localeCompare(a.day))
      .map((row) => [
        row.day,
        titles.get(entryKey(row.entryCollection, row.slug))!.title,
        row.locale,
        row.answer === 'yes' ? words.yes : words.no,
        row.comment!.trim(),
      ]),
  }

  const months = monthsOf(period)
  const monthIndex = new Map(months.map((month, i) => [month, i]))
  const questionRows = new Map<string, { topic: string; place: string; counts: number[]; total: number }>()
  const topicMonths = new Map<string, number[]>()
  for (const q of questions) {
    const month = monthIndex.get(q.day!.slice(0, 7))!
    const topic = topicLabelOf(q.topic, words.asked)
    const place = placeOf(q, words.asked)
    const key = `${topic}\u0000${place}`
    let row = questionRows.get(key)
    if (!row) questionRows.set(key, (row = { topic, place, counts: months.map(() => 0), total: 0 }))
    row.counts[month]!++
    row.total++
    let perMonth = topicMonths.get(topic)
    if (!perMonth) topicMonths.set(topic, (perMonth = months.map(() => 0)))
    perMonth[month]!++
  }
  const questionsTable: DashboardTable = {
    id: 'questions',
    title: words.questions,
    columns: [words.topic, words.place, ...months, words.total],
    rows: [...questionRows.values()]
      .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic) || a.place.localeCompare(b.place))
      .map((row) => [row.topic, row.place, ...row.counts, row.total]),
  }

  return {
    period,
    totals: { views, answers: feedback.length, useful, questions: questions.length },
    tables: [
      objectives,
      shareTable('reach-by-locale', words.reachByLocale, words.language, localeCodes, (row) => row.locale),
      shareTable(
        'reach-by-kind',
        words.reachByKind,
        words.kind,
        reachKindSchema.options,
        (row) => row.kind as ReachKind,
      ),
      shareTable(
        'reach-by-source',
        words.reachBySource,
        words.source,
        sources,
        (row) => row.source as ReachSource,
      ),
      reachByWeek,
      entries,
      feedbackTable,
      comments,
      questionsTable,
    ],
    charts: {
      reachByWeek: {
        title: words.viewsPerWeek,
        labels: weeks,
        series: sources.map((source) => ({
          name: source,
          values: weeks.map((week) => weekly.get(week)!.get(source) ?? 0),
        })),
      },
      questionsByMonth: {
        title: words.questionsPerMonth,
        labels: months,
        series: [...topicMonths]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, values]) => ({ name, values })),
      },
    },
  }
}

/** One table of the dashboard by its id. */
export const tableOf = (dashboard: Dashboard, id: TableId): DashboardTable =>
  dashboard.tables.find((table) => table.id === id)!
