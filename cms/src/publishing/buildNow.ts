import type { Payload } from 'payload'

import { markBuildFinished, markBuildStarted, readBuildStatus } from './buildStatus'
import { rebuildTaskSlug } from './rebuildQueue'
import { runSiteBuild, type SiteBuildResult } from './siteBuilder'

/**
 * One build of the public site, recorded in the status: the waiting changes become its triggers,
 * and its outcome (duration, message) is what the admin shows. The rebuild job runs this.
 */
export async function buildAndRecord(
  payload: Payload,
  log?: (line: string) => void,
): Promise<SiteBuildResult> {
  await markBuildStarted(payload, new Date())
  const result = await runSiteBuild(log)
  await markBuildFinished(payload, {
    ok: result.ok,
    message: result.message,
    finishedAt: new Date(),
    durationMs: result.durationMs,
    leftOut: result.leftOut,
  })
  return result
}

/**
 * Builds now, outside the queue (e.g. `pnpm demo` when there is no site yet), and drops the rebuild
 * job that was waiting: this build has taken its changes.
 */
export async function buildNowInsteadOfQueued(
  payload: Payload,
  log?: (line: string) => void,
): Promise<SiteBuildResult> {
  const result = await buildAndRecord(payload, log)
  await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: rebuildTaskSlug } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    overrideAccess: true,
  })
  return result
}

/**
 * After the CMS stopped in the middle of a build (Ctrl-C), its job would stay "processing" and block
 * every later build: mark it failed and release the status, so the next change builds again.
 * Only for a process that knows no other CMS is running on this database (the demo, at start).
 */
export async function recoverInterruptedBuild(payload: Payload): Promise<boolean> {
  const stuck = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: rebuildTaskSlug } }, { processing: { equals: true } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const status = await readBuildStatus(payload)
  if (stuck.docs.length === 0 && status.state !== 'building') return false
  await payload.delete({
    collection: 'payload-jobs',
    where: { id: { in: stuck.docs.map((job) => job.id) } },
    overrideAccess: true,
  })
  await markBuildFinished(payload, {
    ok: false,
    message:
      'The build was interrupted (the CMS stopped while it ran). The previous site is still live; the next change rebuilds it.',
    finishedAt: new Date(),
    durationMs: 0,
  })
  return true
}
