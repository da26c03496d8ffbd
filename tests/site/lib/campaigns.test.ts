import type { Campaign, LocaleCode } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

import { campaignColoursCss } from '../../../site/src/lib/campaign-colours'
import {
  campaignMembers,
  currentCampaigns,
  topicEntries,
  topicsOf,
  topicsWithEntries,
} from '../../../site/src/lib/campaigns'
import { topicPath } from '../../../site/src/lib/routes'
import { rootAsXDefault } from '../../../site/src/lib/sitemap'
import { leaflet, newsletter, post, release, snapshotOf } from './snapshots'

/** Campaign landing pages, topic pages and the home page's running campaigns, from a snapshot in memory. */

const campaign = (
  slug: string,
  startDate: string,
  endDate: string | undefined,
  locales: LocaleCode[],
): Campaign => ({
  slug,
  updatedAt: startDate,
  startDate,
  ...(endDate ? { endDate } : {}),
  channels: [],
  countries: [],
  brandColour: '#1d4e89',
  partners: [],
  translations: Object.fromEntries(
    locales.map((l) => [l, { name: `${slug} ${l}`, slogan: 's', summary: 's', keyMessages: [], cities: [] }]),
  ),
})

const snapshot = snapshotOf({
  leaflets: [
    {
      ...leaflet('school', '2026-02-01T00:00:00.000Z', ['en', 'ru']),
      topics: ['children-rights', 'health-and-education'],
      campaigns: ['every-child'],
    },
    { ...leaflet('kk-only', '2026-03-01T00:00:00.000Z', ['kk']), topics: ['trafficking'] },
  ],
  'press-releases': [
    { ...release('launch', '2026-01-10T00:00:00.000Z', ['en']), campaigns: ['every-child', 'departure'] },
  ],
  newsletters: [newsletter('issue-1', '2026-03-02T00:00:00.000Z', ['en'])],
  posts: [
    { ...post('old-story', '2025-12-01T00:00:00.000Z', ['en']), topics: ['children-rights'] },
    {
      ...post('new-story', '2026-04-01T00:00:00.000Z', ['ru']),
      topics: ['children-rights'],
      campaigns: ['every-child'],
    },
  ],
  campaigns: [
    campaign('every-child', '2026-01-01T00:00:00.000Z', '2026-06-30T00:00:00.000Z', ['en', 'ru']),
    campaign('departure', '2026-05-01T00:00:00.000Z', undefined, ['ky']),
    campaign('over', '2025-01-01T00:00:00.000Z', '2025-12-31T00:00:00.000Z', ['en']),
  ],
})

describe('campaign pages', () => {
  it('gather the campaign’s entries by kind, newest first, leaving out kinds without any', () => {
    const groups = campaignMembers(snapshot, 'every-child')
    expect(groups.map((g) => [g.section, g.entries.map((e) => e.slug)])).toEqual([
      ['leaflets', ['school']],
      ['press', ['launch']],
      ['blog', ['new-story']],
    ])
    expect(campaignMembers(snapshot, 'departure').map((g) => g.section)).toEqual(['press'])
    expect(campaignMembers(snapshot, 'nobody')).toEqual([])
  })

  it('get their colour from one stylesheet rule per campaign', () => {
    expect(
      campaignColoursCss([
        { slug: 'a', brandColour: '#1d4e89' },
        { slug: 'b-c', brandColour: '#8a3a00' },
      ]),
    ).toBe('[data-campaign="a"]{--campaign:#1d4e89}\n[data-campaign="b-c"]{--campaign:#8a3a00}\n')
  })

  it('the home page shows the campaigns not yet over on the build’s day, soonest first', () => {
    expect(currentCampaigns(snapshot, new Date('2026-06-30T23:00:00Z')).map((c) => c.slug)).toEqual([
      'every-child',
      'departure',
    ])
    expect(currentCampaigns(snapshot, new Date('2026-07-01T00:00:00Z')).map((c) => c.slug)).toEqual([
      'departure',
    ])
  })
})

describe('topic pages', () => {
  it('gather one topic across kinds of content, newest first', () => {
    expect(topicEntries(snapshot, 'children-rights').map((e) => `${e.section}/${e.slug}`)).toEqual([
      'blog/new-story',
      'leaflets/school',
      'blog/old-story',
    ])
    expect(topicEntries(snapshot, 'employment')).toEqual([])
    expect(topicEntries(snapshot, 'children-rights')).toBe(topicEntries(snapshot, 'children-rights'))
  })

  it('exist for a reader’s language only when one entry at least can be shown in it (directly or by fallback)', () => {
    expect(topicsWithEntries(snapshot, 'en')).toEqual(['children-rights', 'health-and-education'])
    // kk falls back to ru (and en): it gets the Russian and English entries and its own.
    expect(topicsWithEntries(snapshot, 'kk')).toEqual([
      'children-rights',
      'health-and-education',
      'trafficking',
    ])
  })

  it('are linked from the entries about them', () => {
    expect(topicsOf(snapshot, 'leaflets', 'school')).toEqual(['children-rights', 'health-and-education'])
    expect(topicsOf(snapshot, 'press', 'launch')).toEqual([])
  })
})

describe('sitemap', () => {
  it('announces / as x-default, never as a second English page', () => {
    const site = 'https://jol.example.org'
    const item = {
      url: `${site}/en/`,
      links: [
        { url: `${site}/`, lang: 'en' },
        { url: `${site}/en/`, lang: 'en' },
        { url: `${site}/ru/`, lang: 'ru' },
      ],
    }
    expect(rootAsXDefault(item, site).links).toEqual([
      { url: `${site}/`, lang: 'x-default' },
      { url: `${site}/en/`, lang: 'en' },
      { url: `${site}/ru/`, lang: 'ru' },
    ])
    expect(rootAsXDefault({ url: `${site}/ru/blog/a/` }, site)).toEqual({ url: `${site}/ru/blog/a/` })
  })
})

describe('topic routes', () => {
  it('are paginated like the indexes', () => {
    expect(topicPath('kk', 'trafficking')).toBe('/kk/topics/trafficking/')
    expect(topicPath('kk', 'trafficking', 1)).toBe('/kk/topics/trafficking/')
    expect(topicPath('kk', 'trafficking', 3)).toBe('/kk/topics/trafficking/3/')
  })
})
