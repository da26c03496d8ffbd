import type { Payload, PayloadRequest } from 'payload'

import type { PressRelease } from '../payload-types'
import { notePendingChange } from './buildStatus'
import { rebuildQuietMs, siteQueue } from '@jol/content-schemas/deployment'
import { runSiteQueueWhenDue } from './runWhenDue'
import { warmSiteBuildProgram } from './siteBuilder'
import type { BuildTrigger } from './triggers'

export const rebuildTaskSlug = 'rebuildSite'
export const embargoTaskSlug = 'releaseEmbargo'

/** Every rebuild shares one concurrency key: one build at a time, and one waiting after it at most. */
export const rebuildConcurrencyKey = 'site-rebuild'

/**
 * Asks for a rebuild of the public site, debounced. The change is added to the status's waiting list
 * and a rebuild job is queued to start after a quiet period; queuing it supersedes (deletes) the
 * rebuild job still waiting, so a burst of edits ends in one job that starts once the edits stop.
 * A job already building is not affected: an edit during a build leaves exactly one follow-up.
 */
export async function requestRebuild(
  payload: Payload,
  trigger: Omit<BuildTrigger, 'at'>,
  req?: PayloadRequest,
): Promise<void> {
  const now = new Date()
  await notePendingChange(payload, { ...trigger, at: now.toISOString() }, req)
  const due = new Date(now.getTime() + rebuildQuietMs())
  await payload.jobs.queue({
    task: rebuildTaskSlug,
    queue: siteQueue,
    input: {},
    waitUntil: due,
    ...(req ? { req } : {}),
  })
  // The build program (if it is not running yet) starts during the quiet period, not after it.
  runSiteQueueWhenDue(payload, due, warmSiteBuildProgram)
}

/**
 * A release published under embargo leaves the site when it is built; once the embargo passes it
 * must appear, so a job waits until then and asks for a rebuild. Re-publishing with another
 * date supersedes the waiting job.
 */
export async function scheduleEmbargoLapse(
  payload: Payload,
  release: Pick<PressRelease, 'id' | 'slug'> & { embargoUntil: Date },
  req?: PayloadRequest,
): Promise<void> {
  await payload.jobs.queue({
    task: embargoTaskSlug,
    queue: siteQueue,
    input: { releaseId: String(release.id), slug: release.slug },
    waitUntil: release.embargoUntil,
    ...(req ? { req } : {}),
  })
}
