import { dashboardTexts } from '../../../i18n/dashboardTexts'

/**
 * The period a campaign dashboard covers: two days (`YYYY-MM-DD`, UTC, both included). By default
 * from the campaign's start to its end, or to today while it runs.
 */
export interface Period {
  from: string
  to: string
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  if (!dayPattern.test(value)) return false
  const date = new Date(`${value}T00:00:00.000Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

const dayOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length >= 10 && isDay(value.slice(0, 10))
    ? value.slice(0, 10)
    : undefined

type PeriodProblem = 'notADay' | 'endsBeforeStart' | 'tooLong'

/** A period that cannot be shown; its message in English, `problem` and `vars` for other languages. */
export class PeriodError extends Error {
  constructor(
    readonly problem: PeriodProblem,
    readonly vars: Record<string, string | number>,
  ) {
    super(dashboardTexts.en[problem].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? '')))
  }
}

/**
 * The longest period a dashboard covers, in days (ten years: longer than any campaign). A week and a
 * month are counted for every one the period touches, so a period of millennia would keep the CMS
 * busy for a long while and answer with tables of hundreds of thousands of rows.
 */
export const longestPeriodDays = 3653

const daysFrom = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / 86_400_000

/**
 * The period asked for (`from`, `to` as given in a query string, either may be empty), completed from
 * the campaign's dates. Throws a PeriodError naming the parameter when one is not a day or the
 * period ends before it starts.
 */
export function periodOf(
  asked: { from?: string | null; to?: string | null },
  campaign: { startDate?: unknown; endDate?: unknown },
  today: string,
): Period {
  for (const name of ['from', 'to'] as const) {
    const value = asked[name]
    if (value && !isDay(value)) throw new PeriodError('notADay', { name, value })
  }
  const end = dayOf(campaign.endDate)
  const from = asked.from || dayOf(campaign.startDate) || today
  const to = asked.to || (end !== undefined && end < today ? end : today)
  if (to < from) throw new PeriodError('endsBeforeStart', { to, from })
  if (daysFrom(from, to) >= longestPeriodDays)
    throw new PeriodError('tooLong', { from, to, days: String(longestPeriodDays) })
  return { from, to }
}

/** The Monday (UTC) of the week a day falls in. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
  return date.toISOString().slice(0, 10)
}

/** Every week (its Monday) the period touches, oldest first. */
export function weeksOf(period: Period): string[] {
  const weeks: string[] = []
  const date = new Date(`${weekOf(period.from)}T00:00:00.000Z`)
  while (date.toISOString().slice(0, 10) <= period.to) {
    weeks.push(date.toISOString().slice(0, 10))
    date.setUTCDate(date.getUTCDate() + 7)
  }
  return weeks
}

/** Every month (`YYYY-MM`) the period touches, oldest first. */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  let [year, month] = period.from.split('-').map(Number) as [number, number]
  const last = period.to.slice(0, 7)
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`
    if (current > last) return months
    months.push(current)
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
}

export const inPeriod = (day: string | null | undefined, period: Period): boolean =>
  typeof day === 'string' && day >= period.from && day <= period.to
