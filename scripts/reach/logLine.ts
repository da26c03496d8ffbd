/**
 * One line of nginx's `combined` log format:
 *   $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"
 * Parsed by hand (indexOf, no regular expression over the whole line): the import reads hundreds of
 * thousands of lines a second. The address is not even looked at; the user agent is returned only
 * for the caller to test for a bot and drop with the line.
 */

export interface LogLine {
  /** Seconds since the epoch. */
  second: number
  method: string
  /** The request target as sent: path and query. */
  target: string
  status: number
  userAgent: string
}

const months: Record<string, number> = {
  Jan: 0,
  Feb: 1,
  Mar: 2,
  Apr: 3,
  May: 4,
  Jun: 5,
  Jul: 6,
  Aug: 7,
  Sep: 8,
  Oct: 9,
  Nov: 10,
  Dec: 11,
}

/** `10/Oct/2026:13:55:36 +0500` → seconds since the epoch; undefined when it is not that shape. */
export function parseLogTime(text: string): number | undefined {
  if (text.length !== 26) return undefined
  const day = Number(text.slice(0, 2))
  const month = months[text.slice(3, 6)]
  const year = Number(text.slice(7, 11))
  const hour = Number(text.slice(12, 14))
  const minute = Number(text.slice(15, 17))
  const second = Number(text.slice(18, 20))
  const sign = text[21] === '-' ? -1 : 1
  const offset = sign * (Number(text.slice(22, 24)) * 60 + Number(text.slice(24, 26)))
  if (month === undefined || [day, year, hour, minute, second, offset].some(Number.isNaN)) return undefined
  return Date.UTC(year, month, day, hour, minute, second) / 1000 - offset * 60
}

/** The same second is written on many lines in a row: remember the last one parsed. */
let lastTimeText = ''
let lastTimeValue: number | undefined

/** The line's fields, or undefined when it is not a `combined` line (counted as unreadable). */
export function parseLogLine(line: string): LogLine | undefined {
  const open = line.indexOf(' [')
  if (open < 0) return undefined
  const close = line.indexOf('] "', open)
  if (close < 0) return undefined
  const timeText = line.slice(open + 2, close)
  if (timeText !== lastTimeText) {
    lastTimeText = timeText
    lastTimeValue = parseLogTime(timeText)
  }
  const second = lastTimeValue
  if (second === undefined) return undefined
  const requestEnd = line.indexOf('" ', close + 3)
  if (requestEnd < 0) return undefined
  const request = line.slice(close + 3, requestEnd)
  const methodEnd = request.indexOf(' ')
  const targetEnd = request.lastIndexOf(' ')
  if (methodEnd < 0 || targetEnd <= methodEnd) return undefined
  const statusStart = requestEnd + 2
  const status = Number(line.slice(statusStart, statusStart + 3))
  if (!Number.isInteger(status)) return undefined
  // The user agent is the last quoted field; the referer before it may contain anything.
  if (!line.endsWith('"')) return undefined
  const refererStart = line.indexOf(' "', statusStart)
  const uaStart = line.lastIndexOf(' "', line.length - 2)
  if (refererStart < 0 || uaStart <= refererStart) return undefined
  return {
    second,
    method: request.slice(0, methodEnd),
    target: request.slice(methodEnd + 1, targetEnd),
    status,
    userAgent: line.slice(uaStart + 2, line.length - 1),
  }
}
