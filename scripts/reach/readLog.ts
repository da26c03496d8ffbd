import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import readline from 'node:readline'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

import { parseLogLine } from './logLine'

/**
 * Reads an access log line by line as a stream (a 1 GB log is never held in memory), gunzipping a
 * rotated `.gz` file on the way (recognised by its first two bytes, whatever its name).
 */

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0)
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b
  } finally {
    await handle.close()
  }
}

/**
 * Calls `onLine` for every line, synchronously from readline's `line` event: an async iterator
 * would cost a promise per line, which is most of the time on a log of millions of lines.
 * `onLine` returns false to stop reading early.
 */
export async function readLogLines(file: string, onLine: (line: string) => boolean | void): Promise<void> {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 })
  const input: Readable = (await isGzip(file)) ? raw.pipe(createGunzip()) : raw
  const lines = readline.createInterface({ input, crlfDelay: Infinity })
  const closed = once(lines, 'close')
  const failed = new Promise<never>((_, reject) => {
    raw.once('error', reject)
    input.once('error', reject)
  })
  lines.on('line', (line) => {
    if (onLine(line) === false) lines.close()
  })
  try {
    await Promise.race([closed, failed])
  } finally {
    raw.destroy()
  }
}

/** The time of a log's first readable line, to read a stream's rotated files oldest first. */
export async function firstSecondOf(file: string): Promise<number> {
  let first = Number.POSITIVE_INFINITY
  await readLogLines(file, (line) => {
    const parsed = parseLogLine(line)
    if (parsed) first = parsed.second
    return !parsed
  })
  return first
}
