import { campaignMemberCollections, kindOf } from '@jol/content-schemas'
import type { Payload, PayloadRequest } from 'payload'

import {
  campaignDashboard,
  type CampaignEntry,
  type Dashboard,
  type FeedbackRow,
  type Objective,
  type QuestionRow,
  type ReachRow,
} from './aggregate'
import { periodOf } from './period'
import { dashboardWordsIn } from './words'

/**
 * Reads what the dashboard counts, with the signed-in user's own access (`req`): the campaign, its
 * entries, and the reach, feedback and questions of the period. Only the fields counted are read;
 * a reader's contact is never selected.
 */
export async function readCampaignDashboard(
  payload: Payload,
  campaignId: number | string,
  asked: { from?: string | null; to?: string | null },
  req: PayloadRequest,
  today = new Date().toISOString().slice(0, 10),
): Promise<{ name: string; dashboard: Dashboard }> {
  const access = { req, overrideAccess: false } as const
  const campaign = await payload.findByID({
    collection: 'campaigns',
    id: campaignId,
    depth: 0,
    draft: true,
    locale: 'en',
    ...access,
  })
  const period = periodOf(asked, campaign, today)
  const entries: CampaignEntry[] = [{ collection: 'campaigns', slug: campaign.slug, title: campaign.name }]
  for (const collection of campaignMemberCollections) {
    const writtenBy = kindOf(collection).writtenBy
    const { docs } = await payload.find({
      collection,
      locale: 'en',
      draft: true,
      depth: 0,
      pagination: false,
      limit: 0,
      where: { campaigns: { in: [campaign.id] } },
      ...access,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const title = doc[writtenBy]
      const slug = String(doc.slug ?? '')
      entries.push({ collection, slug, title: typeof title === 'string' && title ? title : slug })
    }
  }
  const inPeriod = { day: { greater_than_equal: period.from, less_than_equal: period.to } }
  const slugs = entries.map((entry) => entry.slug)
  const everything = { depth: 0, pagination: false, limit: 0, ...access } as const
  const [reach, feedback, questions] = await Promise.all([
    payload.find({
      collection: 'reach-counts',
      where: { and: [inPeriod, { slug: { in: slugs } }] },
      ...everything,
    }),
    payload.find({
      collection: 'feedback',
      where: { and: [inPeriod, { slug: { in: slugs } }] },
      ...everything,
    }),
    payload.find({
      collection: 'questions',
      where: inPeriod,
      select: { day: true, topic: true, country: true, city: true },
      ...everything,
    }),
  ])
  const dashboard = campaignDashboard(
    {
      period,
      objectives: (campaign.objectives ?? []) as Objective[],
      entries,
      reach: reach.docs as ReachRow[],
      feedback: feedback.docs as FeedbackRow[],
      questions: questions.docs as QuestionRow[],
    },
    dashboardWordsIn(req.i18n?.language),
  )
  return { name: campaign.name, dashboard }
}
