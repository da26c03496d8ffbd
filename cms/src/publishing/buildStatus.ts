import type { Payload, PayloadRequest } from 'payload'

import type { SiteBuild } from '../payload-types'
import { siteBuildSlug } from './SiteBuildGlobal'
import { maxTriggersKept, triggersOf, type BuildTrigger } from './triggers'

/** The `site-build` global, its JSON fields read as what the publishing code writes into them. */
export type SiteBuildStatus = Omit<SiteBuild, 'pendingTriggers' | 'triggers' | 'leftOut'> & {
  pendingTriggers: BuildTrigger[]
  triggers: BuildTrigger[]
  /** What the last build left out of the site, and why. */
  leftOut: string[]
}

export async function readBuildStatus(payload: Payload, req?: PayloadRequest): Promise<SiteBuildStatus> {
  const read = { depth: 0, overrideAccess: true, ...(req ? { req } : {}) }
  const doc = await payload.findGlobal({ ...read, slug: siteBuildSlug })
  const leftOut = Array.isArray(doc.leftOut) ? doc.leftOut : []
  return {
    ...doc,
    state: doc.state ?? 'idle',
    pendingTriggers: triggersOf(doc.pendingTriggers),
    triggers: triggersOf(doc.triggers),
    leftOut: leftOut.filter((line): line is string => typeof line === 'string'),
  }
}

async function writeBuildStatus(payload: Payload, data: Partial<SiteBuildStatus>, req?: PayloadRequest) {
  await payload.updateGlobal({
    slug: siteBuildSlug,
    data,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
}

// Read-modify-write of one status document: one change at a time within this process, so that
// concurrent hooks and the build task do not overwrite each other's triggers.
let statusQueue: Promise<unknown> = Promise.resolve()
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = statusQueue.then(work, work)
  statusQueue = next.catch(() => undefined)
  return next
}

/** Adds a change to those waiting for the next build. */
export const notePendingChange = (payload: Payload, trigger: BuildTrigger, req?: PayloadRequest) =>
  oneAtATime(async () => {
    const status = await readBuildStatus(payload, req)
    await writeBuildStatus(
      payload,
      {
        state: status.state === 'building' ? 'building' : 'queued',
        requestedAt: trigger.at,
        pendingTriggers: [...status.pendingTriggers, trigger].slice(-maxTriggersKept),
      },
      req,
    )
  })

/** A build starts: the waiting changes become this build's triggers. */
export const markBuildStarted = (payload: Payload, startedAt: Date) =>
  oneAtATime(async () => {
    const status = await readBuildStatus(payload)
    const triggers =
      status.pendingTriggers.length > 0
        ? status.pendingTriggers
        : [{ source: 'manual', at: startedAt.toISOString() } satisfies BuildTrigger]
    await writeBuildStatus(payload, {
      state: 'building',
      startedAt: startedAt.toISOString(),
      finishedAt: null,
      durationMs: null,
      message: null,
      triggers,
      pendingTriggers: [],
    })
    return triggers
  })

export const markBuildFinished = (
  payload: Payload,
  result: { ok: boolean; message: string; finishedAt: Date; durationMs: number; leftOut?: string[] },
) =>
  oneAtATime(() =>
    writeBuildStatus(payload, {
      state: result.ok ? 'succeeded' : 'failed',
      finishedAt: result.finishedAt.toISOString(),
      durationMs: result.durationMs,
      message: result.message,
      // A failed build published nothing: what the live site left out is still the last success's list.
      ...(result.ok ? { leftOut: result.leftOut ?? [] } : {}),
      ...(result.ok ? { lastSucceededAt: result.finishedAt.toISOString() } : {}),
    }),
  )
