import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { ReachCounter } from '@jol/scripts/reach/countReach'
import { combinedLine } from '@jol/scripts/reach/combinedFormat'
import { nothingRead } from '@jol/scripts/reach/highWaterMark'
import { readLogLines } from '@jol/scripts/reach/readLog'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The import's fast path: its own line reader (chunks decoded once, lines split by hand) and the
 * counter's shortcuts (a bot answer per user agent, the day's count per target) count exactly what
 * the plain way counts.
 */

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-reach-read-'))
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

async function linesOf(name: string, content: string | Buffer, stopAfter = Infinity): Promise<string[]> {
  const file = path.join(dir, name)
  await fs.writeFile(file, content)
  const lines: string[] = []
  await readLogLines(file, (line) => {
    lines.push(line)
    return lines.length < stopAfter
  })
  return lines
}

describe('reading a log', () => {
  it('splits on LF and CRLF, keeps empty lines, and reads a last line without a newline', async () => {
    expect(await linesOf('a.log', 'one\r\ntwo\n\nthree')).toEqual(['one', 'two', '', 'three'])
    expect(await linesOf('b.log', 'one\n')).toEqual(['one'])
    expect(await linesOf('c.log', '')).toEqual([])
  })

  it('joins a line cut across chunks, or longer than several, plain or gzipped', async () => {
    const long = 'x'.repeat((1 << 20) - 3)
    const text = `a\n${long}bcdef\nlast\n`
    expect(await linesOf('d.log', text)).toEqual(['a', `${long}bcdef`, 'last'])
    expect(await linesOf('d.log.gz', gzipSync(text))).toEqual(['a', `${long}bcdef`, 'last'])
    const huge = 'y'.repeat(5 << 19)
    expect(await linesOf('g.log', `${huge}\nend`)).toEqual([huge, 'end'])
  })

  it('stops when told to', async () => {
    expect(await linesOf('e.log', 'one\ntwo\nthree\n', 2)).toEqual(['one', 'two'])
  })

  it('reads nginx’s escaped bytes as written, and a raw UTF-8 byte without failing', async () => {
    const lines = await linesOf('f.log', Buffer.from('"Mozilla \\xD0\\x9F"\n"Mozilla П"\n', 'utf8'))
    expect(lines[0]).toBe('"Mozilla \\xD0\\x9F"')
    expect(lines[1]).toHaveLength('"Mozilla П"'.length + 1)
  })
})

describe('the counter’s shortcuts', () => {
  const day = Date.UTC(2026, 10, 1) / 1000
  const bot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
  const reader = 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0'
  const at = (second: number, target: string, userAgent = reader) =>
    combinedLine({ address: '203.0.113.9', second, target, userAgent })

  it('counts a target per day even when its lines go back and forth between days, and every bot line', () => {
    const counter = new ReachCounter(nothingRead)
    const lines = [
      at(day + 10, '/tg/leaflets/a/'),
      at(day + 86_400, '/tg/leaflets/a/'),
      at(day + 11, '/tg/leaflets/a/'),
      at(day + 12, '/tg/leaflets/a/', bot),
      at(day + 13, '/tg/leaflets/a/', bot),
      at(day + 86_401, '/tg/leaflets/a/'),
      at(day + 14, '/tg/leaflets/a/'),
    ]
    for (const line of lines) counter.add(line)
    expect(counter.report).toMatchObject({ counted: 5, bots: 2 })
    expect(Object.fromEntries(counter.results().map((c) => [c.day, c.views]))).toEqual({
      '2026-11-01': 3,
      '2026-11-02': 2,
    })
  })
})
