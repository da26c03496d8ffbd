import {
  brandColourProblems,
  campaignCoverage,
  campaignSchema,
  contrastRatio,
  failingPairs,
  formatRatio,
  leafletSchema,
  localeCoverage,
  relativeLuminance,
  snapshotProblems,
} from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

describe('WCAG 2.2 contrast', () => {
  it('computes relative luminance and ratios as the WCAG formulas give them', () => {
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#FFFFFF')).toBe(1)
    expect(contrastRatio('#000000', '#ffffff')).toBe(21)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // Known reference values (WebAIM's checker): #767676 on white is the lightest grey passing AA.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#0b5d4b', '#ffffff')).toBeGreaterThan(7)
    expect(contrastRatio('#ffffff', '#0b5d4b')).toBe(contrastRatio('#0b5d4b', '#ffffff'))
  })

  it('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1')
    expect(formatRatio(21)).toBe('21.00:1')
  })

  it('names each failing pair with its colours and ratio', () => {
    const [problem, ...rest] = failingPairs([
      { name: 'white text on the brand colour', foreground: '#FFFFFF', background: '#FFCC00' },
      { name: 'black on white', foreground: '#000000', background: '#ffffff' },
    ])
    expect(rest).toEqual([])
    expect(problem).toBe(
      'white text on the brand colour (#ffffff on #ffcc00) has a contrast of 1.51:1, below the 4.5:1 WCAG 2.2 AA requires for text',
    )
  })

  it('accepts a dark brand colour and refuses a light one or one that is not #rrggbb', () => {
    expect(brandColourProblems('#0b5d4b')).toEqual([])
    expect(brandColourProblems('#666666')).toEqual([])
    const light = brandColourProblems('#ffcc00')
    expect(light.length).toBe(3)
    expect(light[0]).toMatch(
      /white text on the brand colour \(#ffffff on #ffcc00\) has a contrast of 1\.\d\d:1/,
    )
    expect(light[2]).toMatch(/tinted panel \(#ffcc00 on #eef5f2\)/)
    // Passes on white but not on the tinted panel.
    expect(brandColourProblems('#707070')).toEqual([expect.stringContaining('#707070 on #eef5f2')])
    expect(brandColourProblems('red')).toEqual(['"red" is not a colour written as #rrggbb (e.g. #0b5d4b)'])
  })
})

describe('campaign coverage', () => {
  it('tells written, falling back (and to what) and missing apart for each locale', () => {
    expect(localeCoverage(['en', 'ru'], 'ru')).toEqual({ state: 'written', shown: 'ru' })
    expect(localeCoverage(['ru'], 'kk')).toEqual({ state: 'fallback', shown: 'ru' })
    expect(localeCoverage(['kk'], 'en')).toEqual({ state: 'missing' })
  })

  it('counts every entry per locale', () => {
    const { rows, totals } = campaignCoverage([
      {
        collection: 'leaflets',
        id: 1,
        title: 'A',
        written: ['en', 'ru', 'kk', 'ky', 'tg', 'uz'],
        published: true,
      },
      { collection: 'posts', id: 2, title: 'B', written: ['ru'], published: false },
      { collection: 'posts', id: 3, title: 'C', written: ['kk'], published: true },
    ])
    expect(rows[1]!.locales.en).toEqual({ state: 'missing' })
    expect(rows[1]!.locales.uz.state).toBe('fallback')
    expect(totals.en).toEqual({ written: 1, fallback: 0, missing: 2 })
    expect(totals.kk).toEqual({ written: 2, fallback: 1, missing: 0 })
    expect(totals.ru).toEqual({ written: 2, fallback: 0, missing: 1 })
  })
})

const campaign = {
  slug: 'safe-departure',
  updatedAt: '2026-11-01T00:00:00.000Z',
  startDate: '2026-11-01T00:00:00.000Z',
  channels: ['leaflet'],
  countries: ['KG', 'TJ', 'UZ'],
  brandColour: '#1d4e89',
  partners: [{ name: 'MRC Osh', url: 'https://mrc.example.org' }],
  translations: {
    ky: {
      name: 'Коопсуз жол',
      slogan: 'Жолго чыкканга чейин билиңиз',
      summary: 'Кеңештер',
      keyMessages: [],
      cities: ['Ош'],
    },
  },
}

describe('the campaign contract', () => {
  it('accepts a campaign and refuses bad colours, countries and channels', () => {
    expect(campaignSchema.safeParse(campaign).success).toBe(true)
    const bad = campaignSchema.safeParse({
      ...campaign,
      brandColour: 'blue',
      countries: ['XX'],
      channels: ['fax'],
    })
    expect(bad.success).toBe(false)
    expect(bad.error!.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'brandColour',
      'channels.0',
      'countries.0',
    ])
  })

  it('entries name their campaigns by slug; a snapshot without the list still reads', () => {
    const leaflet = {
      slug: 'l',
      updatedAt: campaign.updatedAt,
      firstPublishedAt: campaign.updatedAt,
      audience: [],
      topics: [],
      printFormat: 'A4',
      translations: {
        en: { title: 'T', summary: 'S', body: { type: 'root', children: [] }, keyMessages: [], contacts: [] },
      },
    }
    expect(leafletSchema.safeParse(leaflet).success).toBe(true)
    expect(leafletSchema.safeParse({ ...leaflet, campaigns: ['safe-departure'] }).success).toBe(true)
    expect(leafletSchema.safeParse({ ...leaflet, campaigns: ['Not A Slug'] }).success).toBe(false)
  })

  it('a snapshot refuses an entry pointing at a campaign it does not carry, and a missing logo', () => {
    const leaflet = {
      slug: 'l',
      updatedAt: campaign.updatedAt,
      firstPublishedAt: campaign.updatedAt,
      audience: [],
      topics: [],
      printFormat: 'A4',
      campaigns: ['safe-departure', 'gone'],
      translations: {
        en: { title: 'T', summary: 'S', body: { type: 'root', children: [] }, keyMessages: [], contacts: [] },
      },
    }
    const problems = snapshotProblems({
      leaflets: [leaflet],
      'press-releases': [],
      newsletters: [],
      posts: [],
      campaigns: [{ ...campaign, logo: '0123456789abcdef' }],
      questions: [],
      media: [],
      globals: {
        siteSettings: {
          hotlinePhone: '1',
          translations: { en: { siteName: 'Jol', hotlineLabel: 'Hotline', footerContacts: [] } },
        },
        pressRoom: {
          translations: { en: { boilerplate: { type: 'root', children: [] }, mediaContacts: [] } },
        },
      },
    })
    expect(problems).toEqual([
      'campaigns/safe-departure/*/logo: refers to media 0123456789abcdef, which is not in the snapshot',
      'leaflets/l/*/campaigns.1: points at campaign gone, which is not in the snapshot',
    ])
  })
})
