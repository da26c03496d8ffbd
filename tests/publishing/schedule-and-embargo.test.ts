import type { PayloadJob, TaskReleaseEmbargo } from '@jol/cms/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { leafletData, pressReleaseData } from '../support/fixtures'
import { generousCeilingMs, waitFor, waitUntilPast } from '../support/wait'
import {
  buildStatus,
  livePage,
  runSiteQueueUntilSettled,
  siteJobs,
  startPublishingCms,
  type PublishingCms,
} from './publishingCms'

/**
 * Rebuilds that no editor is there to trigger: a scheduled publication (Payload's own
 * `schedulePublish` job) and a press release's embargo passing.
 */

let cms: PublishingCms
let token: string

beforeAll(async () => {
  cms = await startPublishingCms()
  await runSiteQueueUntilSettled(cms.payload)
  token = (await cms.rest.login('admin@jol.local', 'jol-demo-admin')).body.token as string
})
afterAll(async () => cms?.close())

describe('a scheduled publication', () => {
  it(
    'rebuilds the site when the schedule publishes the entry',
    async () => {
      const draft = await cms.payload.create({
        collection: 'leaflets',
        draft: true,
        data: { ...leafletData('scheduled-leaflet', 'en'), _status: 'draft' },
      })
      expect(await siteJobs(cms.payload, 'rebuildSite')).toEqual([])

      // What the admin's "Schedule publish" does: a job in the default queue, due at the chosen time.
      const due = new Date(Date.now() + 300)
      await cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'leaflets', value: draft.id } },
        waitUntil: due,
      })
      await waitUntilPast('the scheduled publication to be due', due)
      // What the CMS's cron does: run the default queue until the schedule has published the entry.
      await waitFor('the schedule to publish the leaflet', async () => {
        await cms.payload.jobs.run({ queue: 'default', silent: true })
        return (await cms.payload.findByID({ collection: 'leaflets', id: draft.id }))._status === 'published'
      })

      const queued = await buildStatus(cms.payload)
      expect(queued.pendingTriggers).toEqual([
        expect.objectContaining({
          source: 'schedule',
          collection: 'leaflets',
          slug: 'scheduled-leaflet',
          operation: 'publish',
        }),
      ])
      await runSiteQueueUntilSettled(cms.payload)
      const built = await buildStatus(cms.payload)
      expect(built.state, built.message ?? '').toBe('succeeded')
      expect(await livePage(cms.siteLink, '/en/leaflets/scheduled-leaflet/')).toContain('scheduled-leaflet')
    },
    generousCeilingMs,
  )
})

describe('an embargo', () => {
  it(
    'rebuilds the site when the embargo lapses, with the release on it',
    async () => {
      const slug = 'lifted-embargo'
      const release = await cms.payload.create({
        collection: 'press-releases',
        draft: true,
        data: { ...pressReleaseData(slug, 'en'), _status: 'draft' },
      })
      const publish = (embargoUntil: Date) =>
        cms.rest.request('PATCH', `/press-releases/${release.id}?locale=en`, {
          token,
          body: {
            embargoUntil: embargoUntil.toISOString(),
            embargoUntil_tz: 'Asia/Almaty',
            _status: 'published',
          },
        })

      // Published first for next year, then brought forward: the later lapse is replaced, not added.
      expect((await publish(new Date(Date.now() + 365 * 24 * 3600_000))).status).toBe(200)
      const embargoUntil = new Date(Date.now() + 4000)
      expect((await publish(embargoUntil)).status).toBe(200)
      // (The seeded campaign has an embargoed release of its own, with its own lapse waiting.)
      // A job's input is stored as JSON: a `releaseEmbargo` job's is that task's generated input.
      const releaseIdOf = (job: PayloadJob) =>
        (job.input as TaskReleaseEmbargo['input'] | null | undefined)?.releaseId
      const lapsesOfThisRelease = async () =>
        (await siteJobs(cms.payload, 'releaseEmbargo')).filter(
          (job) => releaseIdOf(job) === String(release.id),
        )
      const lapses = await lapsesOfThisRelease()
      expect(lapses).toHaveLength(1)
      expect(new Date(lapses[0]!.waitUntil!).toISOString()).toBe(embargoUntil.toISOString())

      // The publish itself rebuilds the site (which leaves a release out while its embargo runs:
      // tests/cms/drafts-and-embargo and the export's tests show that); the lapse still waits.
      await runSiteQueueUntilSettled(cms.payload, 1000, 'rebuildSite')
      expect(await lapsesOfThisRelease()).toHaveLength(1)

      await waitUntilPast('the embargo to end', embargoUntil)
      await runSiteQueueUntilSettled(cms.payload)
      const built = await buildStatus(cms.payload)
      expect(built.state, built.message ?? '').toBe('succeeded')
      expect(built.triggers).toEqual([
        expect.objectContaining({
          source: 'embargo',
          collection: 'press-releases',
          slug,
          operation: 'lapse',
        }),
      ])
      expect(await livePage(cms.siteLink, `/en/press/${slug}/`)).toContain(slug)
      expect(await lapsesOfThisRelease()).toEqual([])
      expect(await siteJobs(cms.payload, 'rebuildSite')).toEqual([])
      // Two site builds and an embargo: slow on a busy machine, so the ceiling is generous.
    },
    2 * generousCeilingMs,
  )
})
