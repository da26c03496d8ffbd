import { withSource } from '@jol/content-schemas'
import { ReachCounter } from '@jol/scripts/reach/countReach'
import { combinedLine } from '@jol/scripts/reach/combinedFormat'
import { reachTargetOf } from '@jol/scripts/reach/entryOfPath'
import { MarkFollower, nothingRead } from '@jol/scripts/reach/highWaterMark'
import { parseLogLine, parseLogTime } from '@jol/scripts/reach/logLine'
import { describe, expect, it } from 'vitest'

const reader =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'

describe('reading a combined log line', () => {
  it('reads the fields of a line nginx wrote, escaped quotes and all', () => {
    const line =
      '203.0.113.7 - - [01/Nov/2026:10:00:05 +0500] "GET /ky/leaflets/know-your-rights/?src=print HTTP/1.1" 200 5120 "https://t.me/\\x22x\\x22" "Mozilla/5.0 \\x22odd\\x22 agent"'
    expect(parseLogLine(line)).toEqual({
      second: Date.UTC(2026, 10, 1, 5, 0, 5) / 1000,
      method: 'GET',
      target: '/ky/leaflets/know-your-rights/?src=print',
      status: 200,
      userAgent: 'Mozilla/5.0 \\x22odd\\x22 agent',
    })
  })
  it('takes the time zone offset into account', () => {
    expect(parseLogTime('01/Nov/2026:00:30:00 -0130')).toBe(Date.UTC(2026, 10, 1, 2, 0, 0) / 1000)
    expect(parseLogTime('01/Foo/2026:00:30:00 +0000')).toBeUndefined()
  })
  it('refuses what is not a combined line', () => {
    for (const line of [
      '',
      'garbage',
      '1.2.3.4 - - [01/Nov/2026:00:30:00 +0000] "GET / HTTP/1.1" 200 1 "-"',
      '1.2.3.4 - - [yesterday] "GET / HTTP/1.1" 200 1 "-" "x"',
    ]) {
      expect(parseLogLine(line), line).toBeUndefined()
    }
  })
  it('reads back what the demo server writes', () => {
    const line = combinedLine({
      address: '198.51.100.0',
      second: 1_790_000_000,
      target: '/en/blog/a-post/',
      userAgent: 'A "quoted" agent',
      referer: '-',
    })
    expect(parseLogLine(line)).toMatchObject({
      second: 1_790_000_000,
      target: '/en/blog/a-post/',
      status: 200,
    })
  })
})

describe('what a request fetched', () => {
  it.each([
    [
      '/ky/leaflets/know-your-rights/',
      { entryCollection: 'leaflets', slug: 'know-your-rights', locale: 'ky', kind: 'page', source: 'direct' },
    ],
    ['/ky/leaflets/know-your-rights/index.html?src=print', { kind: 'page', source: 'print' }],
    ['/tg/leaflets/know-your-rights.pdf', { entryCollection: 'leaflets', kind: 'leaflet-pdf', locale: 'tg' }],
    [
      '/ru/press/new-hotline/press-kit.zip',
      { entryCollection: 'press-releases', slug: 'new-hotline', kind: 'press-kit' },
    ],
    ['/uz/newsletters/issue-3/email.htm', { entryCollection: 'newsletters', kind: 'newsletter-email' }],
    ['/uz/newsletters/issue-3/?src=newsletter', { kind: 'page', source: 'newsletter' }],
    ['/en/blog/a-post/?utm=x&src=share', { entryCollection: 'posts', kind: 'page', source: 'share' }],
    ['/en/blog/rss.xml', { entryCollection: 'posts', slug: '', kind: 'feed' }],
    ['/en/blog/a-post/?src=somewhere', { source: 'direct' }],
  ])('%s', (target, expected) => expect(reachTargetOf(target)).toMatchObject(expected))

  it.each([
    '/',
    '/en/',
    '/en/leaflets/',
    '/en/leaflets/2/',
    '/xx/leaflets/a/',
    '/en/leaflets/a/b/c',
    '/_astro/x.css',
    '/en/search/',
    '/en/leaflets/Bad_Slug/',
    '/en/leaflets/rss.xml',
  ])('%s is not counted', (target) => expect(reachTargetOf(target)).toBeUndefined())

  it('builds tagged links with exactly one src', () => {
    expect(withSource('https://jol.example.org/ky/leaflets/a/?src=share', 'print')).toBe(
      'https://jol.example.org/ky/leaflets/a/?src=print',
    )
  })
})

describe('the high-water mark', () => {
  it('skips what was read before, by second and by lines within the last second', () => {
    const first = new MarkFollower(nothingRead)
    expect([10, 11, 11].map((s) => first.isNew(s))).toEqual([true, true, true])
    expect(first.mark).toEqual({ second: 11, linesAtSecond: 2 })
    // The same log, rotated and grown: the two lines at 11 were read, the third one was not.
    const again = new MarkFollower(first.mark)
    expect([10, 11, 11, 11, 12].map((s) => again.isNew(s))).toEqual([false, false, false, true, true])
    expect(again.mark).toEqual({ second: 12, linesAtSecond: 1 })
  })
  it('counts a late line once and never again', () => {
    const first = new MarkFollower(nothingRead)
    expect([11, 12, 11].map((s) => first.isNew(s))).toEqual([true, true, true])
    const again = new MarkFollower(first.mark)
    expect([11, 12, 11].map((s) => again.isNew(s))).toEqual([false, false, false])
  })
})

describe('counting', () => {
  const at = (second: number, target: string, userAgent = reader, status = 200, method = 'GET') =>
    combinedLine({ address: '203.0.113.9', second, target, userAgent, status, method })
  const day = Date.UTC(2026, 10, 1) / 1000

  it('counts readers per day, entry, locale, kind and source, and leaves out bots, errors and HEAD', () => {
    const counter = new ReachCounter(nothingRead)
    for (const line of [
      at(day + 1, '/ky/leaflets/a/?src=print'),
      at(day + 2, '/ky/leaflets/a/?src=print'),
      at(day + 3, '/ky/leaflets/a/'),
      at(
        day + 4,
        '/ky/leaflets/a/',
        'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      ),
      at(day + 5, '/ky/leaflets/missing/', reader, 404),
      at(day + 6, '/ky/leaflets/a/', reader, 200, 'HEAD'),
      at(day + 86_400, '/ky/leaflets/a.pdf'),
      'not a log line',
    ]) {
      counter.add(line)
    }
    expect(
      counter.results().sort((a, b) => a.day.localeCompare(b.day) || a.source.localeCompare(b.source)),
    ).toEqual([
      {
        day: '2026-11-01',
        entryCollection: 'leaflets',
        slug: 'a',
        locale: 'ky',
        kind: 'page',
        source: 'direct',
        views: 1,
      },
      {
        day: '2026-11-01',
        entryCollection: 'leaflets',
        slug: 'a',
        locale: 'ky',
        kind: 'page',
        source: 'print',
        views: 2,
      },
      {
        day: '2026-11-02',
        entryCollection: 'leaflets',
        slug: 'a',
        locale: 'ky',
        kind: 'leaflet-pdf',
        source: 'direct',
        views: 1,
      },
    ])
    expect(counter.report).toEqual({ lines: 8, alreadyImported: 0, unreadable: 1, bots: 1, counted: 4 })
  })
})
