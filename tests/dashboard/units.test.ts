import {
  campaignDashboard,
  progressOf,
  tableOf,
  type DashboardInput,
} from '@jol/cms/collections/Campaigns/dashboard/aggregate'
import { stackedBars, niceStep } from '@jol/cms/collections/Campaigns/dashboard/chart'
import { csvCell, tableCsv } from '@jol/cms/collections/Campaigns/dashboard/csv'
import {
  PeriodError,
  monthsOf,
  periodOf,
  weekOf,
  weeksOf,
} from '@jol/cms/collections/Campaigns/dashboard/period'
import { describe, expect, it } from 'vitest'

import { parseCsv } from './parseCsv'

/** The campaign dashboard's counting, charts and CSV, as pure functions on plain rows. */

const reach = (day: string, slug: string, locale: string, kind: string, source: string, views: number) => ({
  day,
  entryCollection: slug === 'spring' ? 'campaigns' : 'leaflets',
  slug,
  locale,
  kind,
  source,
  views,
})
const input: DashboardInput = {
  period: { from: '2026-11-02', to: '2026-11-15' },
  objectives: [
    {
      indicator: 'Leaflet QR scans',
      unit: 'views',
      baseline: 0,
      target: 40,
      targetDate: '2027-01-01',
      measure: 'print',
    },
    { indicator: 'Pages found useful', unit: '%', baseline: 50, target: 90, measure: 'useful' },
    { indicator: 'Calls to the hotline', unit: 'calls', baseline: 100, target: 300, measure: null },
  ],
  entries: [
    { collection: 'campaigns', slug: 'spring', title: 'Spring campaign' },
    { collection: 'leaflets', slug: 'work-permit', title: 'Work permit' },
    { collection: 'leaflets', slug: 'school', title: 'School' },
  ],
  reach: [
    reach('2026-11-02', 'work-permit', 'tg', 'page', 'print', 10),
    reach('2026-11-03', 'work-permit', 'tg', 'leaflet-pdf', 'direct', 5),
    reach('2026-11-10', 'work-permit', 'ru', 'page', 'print', 6),
    reach('2026-11-11', 'school', 'uz', 'page', 'share', 4),
    reach('2026-11-12', 'spring', 'en', 'page', 'newsletter', 5),
    // outside the period, and an entry of another campaign: never counted
    reach('2026-11-01', 'work-permit', 'tg', 'page', 'print', 1000),
    reach('2026-11-16', 'work-permit', 'tg', 'page', 'print', 1000),
    reach('2026-11-05', 'other-campaigns-leaflet', 'tg', 'page', 'print', 1000),
  ],
  feedback: [
    {
      day: '2026-11-03',
      entryCollection: 'leaflets',
      slug: 'work-permit',
      locale: 'tg',
      answer: 'yes',
      comment: 'Кӯмак кард',
    },
    { day: '2026-11-04', entryCollection: 'leaflets', slug: 'work-permit', locale: 'tg', answer: 'yes' },
    {
      day: '2026-11-04',
      entryCollection: 'leaflets',
      slug: 'work-permit',
      locale: 'ru',
      answer: 'no',
      comment: ' ',
    },
    {
      day: '2026-11-12',
      entryCollection: 'leaflets',
      slug: 'school',
      locale: 'uz',
      answer: 'no',
      comment: 'Too long',
    },
    {
      day: '2026-11-20',
      entryCollection: 'leaflets',
      slug: 'school',
      locale: 'uz',
      answer: 'no',
      comment: 'late',
    },
  ],
  questions: [
    { day: '2026-11-02', topic: 'employment', country: 'KZ', city: 'Almaty' },
    { day: '2026-11-09', topic: 'employment', country: 'KZ', city: 'Almaty' },
    { day: '2026-11-14', topic: 'health-and-education', country: 'KZ', city: null },
    { day: '2026-10-30', topic: 'employment', country: 'KZ', city: 'Almaty' },
  ],
}

describe('the period', () => {
  const campaign = { startDate: '2026-11-01T00:00:00.000Z', endDate: '2026-12-31T00:00:00.000Z' }
  it('runs from the campaign start to its end, or to today while it runs', () => {
    expect(periodOf({}, campaign, '2026-11-20')).toEqual({ from: '2026-11-01', to: '2026-11-20' })
    expect(periodOf({ to: '' }, campaign, '2027-02-01')).toEqual({ from: '2026-11-01', to: '2026-12-31' })
    expect(periodOf({ from: '2026-11-10', to: '2026-11-12' }, campaign, '2027-02-01')).toEqual({
      from: '2026-11-10',
      to: '2026-11-12',
    })
  })
  it('refuses a day that is not one, and a period that ends before it starts, naming the parameter', () => {
    expect(() => periodOf({ from: '2026-02-30' }, campaign, '2026-11-20')).toThrow(PeriodError)
    expect(() => periodOf({ to: 'yesterday' }, campaign, '2026-11-20')).toThrow(/^to: "yesterday"/)
    expect(() => periodOf({ from: '2026-11-10', to: '2026-11-09' }, campaign, '2026-11-20')).toThrow(
      /to: 2026-11-09 is before from: 2026-11-10/,
    )
  })
  it('refuses a period longer than ten years, asked for or by default, before cutting it into weeks', () => {
    expect(periodOf({ from: '2020-01-01', to: '2029-12-31' }, campaign, '2026-11-20')).toEqual({
      from: '2020-01-01',
      to: '2029-12-31',
    })
    expect(() => periodOf({ from: '0001-01-01', to: '9999-12-31' }, campaign, '2026-11-20')).toThrow(
      /^to: 0001-01-01 to 9999-12-31 is longer than 3653 days$/,
    )
    expect(() => periodOf({ from: '2020-01-01', to: '2030-01-01' }, campaign, '2026-11-20')).toThrow(
      PeriodError,
    )
    expect(() => periodOf({}, { startDate: '1990-01-01' }, '2026-11-20')).toThrow(/longer than 3653 days/)
  })
  it('cuts it into weeks (Mondays) and months', () => {
    expect(weekOf('2026-11-08')).toBe('2026-11-02')
    expect(weekOf('2026-11-09')).toBe('2026-11-09')
    expect(weeksOf({ from: '2026-11-04', to: '2026-11-16' })).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ])
    expect(monthsOf({ from: '2026-11-20', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ])
  })
})

describe('the campaign dashboard', () => {
  const dashboard = campaignDashboard(input)

  it('counts reach of the campaign’s own entries in the period only, by language, kind and source', () => {
    expect(dashboard.totals).toEqual({ views: 30, answers: 4, useful: 2, questions: 3 })
    const rows = (id: Parameters<typeof tableOf>[1]) =>
      Object.fromEntries(tableOf(dashboard, id).rows.map(([key, ...rest]) => [key, rest]))
    expect(rows('reach-by-locale')).toMatchObject({
      tg: [15, 50],
      ru: [6, 20],
      uz: [4, 13],
      en: [5, 17],
      kk: [0, 0],
    })
    expect(rows('reach-by-kind')).toMatchObject({ page: [25, 83], 'leaflet-pdf': [5, 17], feed: [0, 0] })
    expect(rows('reach-by-source')).toEqual({
      print: [16, 53],
      newsletter: [5, 17],
      share: [4, 13],
      direct: [5, 17],
    })
  })

  it('counts reach per week by source, every week of the period shown even when empty', () => {
    const table = tableOf(dashboard, 'reach-by-week')
    expect(table.columns).toEqual(['Week of', 'print', 'newsletter', 'share', 'direct', 'Views'])
    expect(table.rows).toEqual([
      ['2026-11-02', 10, 0, 0, 5, 15],
      ['2026-11-09', 6, 5, 4, 0, 15],
    ])
    expect(dashboard.charts.reachByWeek.series.find((s) => s.name === 'print')!.values).toEqual([10, 6])
  })

  it('sets every objective Jol can measure against its target, and says which are measured elsewhere', () => {
    expect(tableOf(dashboard, 'objectives').rows).toEqual([
      ['Leaflet QR scans', 'views', 0, 40, '2027-01-01', 'Views from printed QR codes (src=print)', 16, 40],
      ['Pages found useful', '%', 50, 90, '', 'Share of “useful” answers (%)', 50, 0],
      ['Calls to the hotline', 'calls', 100, 300, '', 'measured outside Jol', '', ''],
    ])
    expect(progressOf({ indicator: '', unit: '', baseline: 5, target: 5 }, 9)).toBe('')
  })

  it('ranks the most-read entries with their feedback', () => {
    expect(tableOf(dashboard, 'entries').rows).toEqual([
      ['Work permit', 'leaflets', 'work-permit', 21, 2, 1, 67],
      ['Spring campaign', 'campaigns', 'spring', 5, 0, 0, ''],
      ['School', 'leaflets', 'school', 4, 0, 1, 0],
    ])
  })

  it('gives the share of “useful” per language and the comments of the period, newest first', () => {
    const feedback = tableOf(dashboard, 'feedback').rows
    expect(feedback.find((r) => r[0] === 'tg')).toEqual(['tg', 2, 2, 0, 100])
    expect(feedback.find((r) => r[0] === 'kk')).toEqual(['kk', 0, 0, 0, ''])
    expect(feedback.at(-1)).toEqual(['all', 4, 2, 2, 50])
    expect(tableOf(dashboard, 'comments').rows).toEqual([
      ['2026-11-12', 'School', 'uz', 'no', 'Too long'],
      ['2026-11-03', 'Work permit', 'tg', 'yes', 'Кӯмак кард'],
    ])
  })

  it('counts questions by topic and place month by month, and per topic for the chart', () => {
    const table = tableOf(dashboard, 'questions')
    expect(table.columns).toEqual(['Topic', 'Place', '2026-11', 'Total'])
    expect(table.rows).toEqual([
      ['Work and employment', 'KZ, Almaty', 2, 2],
      ['Health and education', 'KZ', 1, 1],
    ])
    expect(dashboard.charts.questionsByMonth.series).toEqual([
      { name: 'Health and education', values: [1] },
      { name: 'Work and employment', values: [2] },
    ])
  })
})

describe('the charts', () => {
  it('stacks bars to the values, on a round axis, one colour per series', () => {
    const layout = stackedBars({
      title: 't',
      labels: ['a', 'b'],
      series: [
        { name: 'x', values: [10, 0] },
        { name: 'y', values: [30, 20] },
      ],
    })
    expect(niceStep(40)).toBe(10)
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40])
    expect(layout.bars.map((b) => b.title)).toEqual(['a, x: 10', 'a, y: 30', 'b, y: 20'])
    const [ax, ay, by] = layout.bars
    const full = layout.plot.bottom - layout.plot.top
    expect(ax!.height + ay!.height).toBeCloseTo(full)
    expect(by!.height).toBeCloseTo(full / 2)
    expect(ay!.y + ay!.height).toBeCloseTo(ax!.y)
    expect(ax!.colour).not.toBe(ay!.colour)
    expect(ay!.colour).toBe(by!.colour)
  })
  it('draws an empty chart without dividing by zero', () => {
    const layout = stackedBars({ title: 't', labels: ['a'], series: [{ name: 'x', values: [0] }] })
    expect(layout.bars).toEqual([])
    expect(layout.yTicks.every((t) => Number.isFinite(t.y))).toBe(true)
  })
})

describe('CSV', () => {
  it('writes RFC 4180 with a byte-order mark and CRLF, quoting only what needs it', () => {
    const csv = tableCsv({
      id: 't',
      title: 'T',
      columns: ['a', 'b'],
      rows: [
        ['Тоҷикӣ', 3],
        ['x,y', 'say "hi"'],
      ],
    })
    expect(csv).toBe('\uFEFFa,b\r\nТоҷикӣ,3\r\n"x,y","say ""hi"""\r\n')
  })
  it('round-trips a comment with commas, quotes and line breaks', () => {
    const comment = 'Good, but "the phone"\nwas busy,\r\nall day'
    const csv = tableCsv({ id: 't', title: 'T', columns: ['Comment', 'n'], rows: [[comment, 1]] })
    expect(parseCsv(csv)).toEqual([
      ['Comment', 'n'],
      [comment, '1'],
    ])
  })
  it('neutralises a cell a spreadsheet would run as a formula, but not a number', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1'])
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true)
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell('fine')).toBe('fine')
  })
})
