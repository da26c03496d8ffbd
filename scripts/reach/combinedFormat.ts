/**
 * Writing a line in nginx's `combined` format, the one the reach import reads (the demo's static
 * server and the tests write their logs with it):
 *   $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"
 */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

/** `01/Nov/2026:13:05:09 +0000` (always in UTC). */
export function logTime(second: number): string {
  const d = new Date(second * 1000)
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  return `${two(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${time} +0000`
}

/** nginx escapes `"` and `\` inside quoted fields the same way. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`)}"`

export interface CombinedFields {
  address: string
  second: number
  method?: string
  target: string
  status?: number
  bytes?: number
  referer?: string
  userAgent: string
}

export const combinedLine = (f: CombinedFields): string =>
  `${f.address} - - [${logTime(f.second)}] ${quoted(`${f.method ?? 'GET'} ${f.target} HTTP/1.1`)} ` +
  `${f.status ?? 200} ${f.bytes ?? 0} ${quoted(f.referer || '-')} ${quoted(f.userAgent || '-')}`
