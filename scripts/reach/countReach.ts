import { isbot } from 'isbot'

import { reachTargetOf, type ReachTarget } from './entryOfPath'
import { MarkFollower, type HighWaterMark } from './highWaterMark'
import { parseLogLine } from './logLine'

/**
 * Turns log lines into counts per day × entry × locale × kind × source. Each line's address and
 * user agent live only while the line is looked at; what is kept is a count under a key made of the
 * five dimensions, so memory grows with the number of entries and days, not with the log.
 */

export interface ReachCount extends ReachTarget {
  /** YYYY-MM-DD in UTC. */
  day: string
  views: number
}

export interface CountReport {
  lines: number
  /** Lines an earlier import of this stream already read. */
  alreadyImported: number
  unreadable: number
  bots: number
  /** Readers' requests for an entry, a document or a feed. */
  counted: number
}

/** Only a page or document really served to a reader is a view (not a redirect, an error, a HEAD). */
const isServed = (method: string, status: number) => method === 'GET' && (status === 200 || status === 304)

export const countKeyOf = (c: Omit<ReachCount, 'views'>): string =>
  [c.day, c.entryCollection, c.slug, c.locale, c.kind, c.source].join('|')

/**
 * `isbot` is one large regular expression and was a fifth of the import's time, while a log holds
 * few distinct user agents. The answer is kept per user agent for the import's run, in memory only,
 * never written anywhere, and bounded so a log of made-up agents cannot grow it: it is emptied when
 * full. (A user agent is not an address; it is held no longer than the import runs.)
 */
class BotCache {
  private readonly answers = new Map<string, boolean>()
  constructor(private readonly limit = 10_000) {}
  isBot(userAgent: string): boolean {
    let answer = this.answers.get(userAgent)
    if (answer === undefined) {
      if (this.answers.size >= this.limit) this.answers.clear()
      answer = isbot(userAgent)
      this.answers.set(userAgent, answer)
    }
    return answer
  }
}

export class ReachCounter {
  readonly report: CountReport = { lines: 0, alreadyImported: 0, unreadable: 0, bots: 0, counted: 0 }
  /**
   * Per target (`reachTargetOf` returns the same object for the same request target) the count of
   * the current day: no key string is built and no object copied per line, only when a day changes.
   */
  private readonly counts = new Map<string, ReachCount>()
  private readonly current = new Map<ReachTarget, ReachCount>()
  private readonly follower: MarkFollower
  private dayNumber = Number.NaN
  private dayText = ''
  private readonly bots = new BotCache()

  constructor(start: HighWaterMark) {
    this.follower = new MarkFollower(start)
  }

  private dayOf(second: number): string {
    const dayNumber = Math.floor(second / 86_400)
    if (dayNumber !== this.dayNumber) {
      this.dayNumber = dayNumber
      this.dayText = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10)
    }
    return this.dayText
  }

  add(line: string): void {
    this.report.lines++
    const parsed = parseLogLine(line)
    if (!parsed) {
      this.report.unreadable++
      return
    }
    if (!this.follower.isNew(parsed.second)) {
      this.report.alreadyImported++
      return
    }
    if (!isServed(parsed.method, parsed.status)) return
    const target = reachTargetOf(parsed.target)
    if (!target) return
    // Asked last, and only for a line that would count: the bot pattern is the costliest test.
    if (this.bots.isBot(parsed.userAgent)) {
      this.report.bots++
      return
    }
    this.report.counted++
    const day = this.dayOf(parsed.second)
    const count = this.current.get(target)
    if (count !== undefined && count.day === day) {
      count.views++
      return
    }
    const key = countKeyOf({ ...target, day })
    let existing = this.counts.get(key)
    if (existing) existing.views++
    else this.counts.set(key, (existing = { ...target, day, views: 1 }))
    // Bounded like the targets it is keyed by (a log of made-up paths cannot grow it).
    if (this.current.size >= 20_000) this.current.clear()
    this.current.set(target, existing)
  }

  get mark(): HighWaterMark {
    return this.follower.mark
  }

  results(): ReachCount[] {
    return [...this.counts.values()]
  }
}
