import { mediaIdOf } from '@jol/content-schemas/io'
import { collectSnapshot, type CollectedSnapshot } from '@jol/scripts/export/buildSnapshot'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { translationUpdate } from '@jol/scripts/seed/translationUpdate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { campaignData, leafletData, pngFile, postData, sampleText } from '../support/fixtures'

/**
 * Campaigns in the snapshot: what a reader's page shows (text per written language, colour, logos,
 * partners), never the team's plan; entries name their published campaigns by slug.
 */
let cms: TestCms
let collected: CollectedSnapshot
let draftCampaignId: number | string
let logoBytes: Buffer

beforeAll(async () => {
  cms = await startTestCms()
  const { payload } = cms
  const logoFile = await pngFile('logo.png', 321, 80)
  logoBytes = logoFile.data
  const logo = await payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: 'Logo', credit: 'Jol', licence: 'CC BY 4.0' },
    file: logoFile,
  })
  const partnerLogo = await payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: 'Partner', credit: 'Rodnik', licence: 'CC BY 4.0' },
    file: await pngFile('partner.png', 322, 80),
  })
  const campaign = await payload.create({
    collection: 'campaigns',
    locale: 'en',
    data: {
      ...campaignData('every-child-counts', 'en', {
        logo: logo.id,
        partners: [{ name: 'Rodnik', logo: partnerLogo.id, url: 'https://rodnik.example.org' }],
      }),
      _status: 'published',
    },
  })
  const stored = await payload.findByID({ collection: 'campaigns', id: campaign.id, locale: 'kk', depth: 0 })
  const { name, slogan, summary, keyMessages, cities } = campaignData('every-child-counts', 'kk')
  await payload.update({
    collection: 'campaigns',
    id: campaign.id,
    locale: 'kk',
    data: translationUpdate(stored as never, { name, slogan, summary, keyMessages, cities }) as never,
  })
  draftCampaignId = (
    await payload.create({ collection: 'campaigns', data: campaignData('not-yet', 'en'), draft: true })
  ).id
  await payload.create({
    collection: 'leaflets',
    data: {
      ...leafletData('campaign-leaflet', 'en'),
      campaigns: [campaign.id, draftCampaignId],
      _status: 'published',
    },
  })
  await payload.create({
    collection: 'posts',
    data: { ...postData('campaign-post', 'en'), campaigns: [campaign.id], _status: 'published' },
  })
  await payload.create({
    collection: 'posts',
    data: { ...postData('no-campaign-post', 'en'), _status: 'published' },
  })
  const reader = await openLocalReader({ payload })
  collected = await collectSnapshot(reader)
})
afterAll(async () => cms?.close())

describe('campaigns in the snapshot', () => {
  it('carry the reader-facing text of each written language, the colour, logos and partners', () => {
    // This CMS has no site settings: only the globals are missing, nothing about the content.
    expect(collected.problems.filter((p) => !p.startsWith('globals/'))).toEqual([])
    const campaigns = collected.input.campaigns
    expect(campaigns.map((c) => c.slug)).toEqual(['every-child-counts'])
    const [campaign] = campaigns
    expect(Object.keys(campaign!.translations).sort()).toEqual(['en', 'kk'])
    expect(campaign!.translations.kk).toEqual({
      name: `${sampleText.kk} (every-child-counts)`,
      slogan: sampleText.kk,
      summary: sampleText.kk,
      keyMessages: [sampleText.kk],
      cities: [`${sampleText.kk} city`],
    })
    expect(campaign).toMatchObject({
      brandColour: '#0b5d4b',
      channels: ['leaflet', 'hotline'],
      countries: ['KZ'],
      startDate: '2026-11-01T00:00:00.000Z',
    })
    expect(campaign!.logo).toBe(mediaIdOf(logoBytes))
    expect(campaign!.partners).toEqual([
      { name: 'Rodnik', url: 'https://rodnik.example.org', logo: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ])
    expect(collected.input.media.map((m) => m.id)).toEqual(
      expect.arrayContaining([campaign!.logo, campaign!.partners[0]!.logo]),
    )
  })

  it('never carry the plan (objectives, personas)', () => {
    const json = JSON.stringify(collected.input.campaigns)
    expect(json).not.toContain('objectives')
    expect(json).not.toContain('Irregular migrant mothers')
  })

  it('entries name their published campaigns; a link to a draft campaign is left out and said so', () => {
    const leaflet = collected.input.leaflets.find((l) => l.slug === 'campaign-leaflet')!
    expect(leaflet.campaigns).toEqual(['every-child-counts'])
    expect(collected.input.posts.find((p) => p.slug === 'campaign-post')!.campaigns).toEqual([
      'every-child-counts',
    ])
    expect(collected.input.posts.find((p) => p.slug === 'no-campaign-post')!.campaigns).toEqual([])
    expect(collected.leftOut).toEqual([
      `leaflets/campaign-leaflet/*/campaigns.1: points at campaign #${draftCampaignId}, which is not published; the link is left out`,
    ])
  })
})
