/**
 * How an import knows what an earlier import of the same log stream already counted, without keeping
 * anything about any request: the stream's high-water mark, a second S and a number n, meaning
 * "every line stamped before S has been read, and the first n lines stamped exactly S".
 *
 * A log stream (one server's `access.log`, rotated into `access.log.1`, `access.log.2.gz`, …) is
 * written in time order, so re-reading it skips every line before S and the first n lines at S, and
 * counts from there: importing the same file twice counts nothing the second time, and a rotated
 * file that overlaps the last import counts only its new lines. The mark counts lines read (bots and
 * uninteresting requests included), not views, so it does not depend on what the filters keep.
 *
 * nginx writes a line when its request ends, so a slow request can be logged a second or two after
 * a quicker, later one. Such a late line is counted when first read; on a re-read it is before S and
 * skipped. A late line that straddles the end of one log and the start of the next may be dropped:
 * never counted twice.
 */

export interface HighWaterMark {
  second: number
  linesAtSecond: number
}

export const nothingRead: HighWaterMark = { second: Number.NEGATIVE_INFINITY, linesAtSecond: 0 }

/** Decides line by line whether a line is new, and moves the mark forward. */
export class MarkFollower {
  private readonly start: HighWaterMark
  private skippedAtStart = 0
  private current: HighWaterMark

  constructor(start: HighWaterMark) {
    this.start = start
    this.current = { ...start }
  }

  /** True when this line was not read by an earlier import; call once per line, in file order. */
  isNew(second: number): boolean {
    if (second < this.start.second) return false
    if (second === this.start.second && this.skippedAtStart < this.start.linesAtSecond) {
      this.skippedAtStart++
      return false
    }
    if (second > this.current.second) this.current = { second, linesAtSecond: 1 }
    else if (second === this.current.second) this.current.linesAtSecond++
    return true
  }

  get mark(): HighWaterMark {
    return { ...this.current }
  }
}
