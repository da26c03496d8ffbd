import type { TaskConfig } from 'payload'

import { buildAndRecord } from './buildNow'
import { embargoTaskSlug, rebuildConcurrencyKey, rebuildTaskSlug, requestRebuild } from './rebuildQueue'

/**
 * Builds the public site once. A failed build is a result, not a job error: it is recorded in the
 * status for the admin, and retrying the same content would fail the same way (the next change
 * queues the next build).
 */
const rebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: rebuildTaskSlug,
  label: 'Rebuild the public site',
  retries: 0,
  outputSchema: [
    { name: 'succeeded', type: 'checkbox', required: true },
    { name: 'durationMs', type: 'number', required: true },
  ],
  concurrency: { key: () => rebuildConcurrencyKey, exclusive: true, supersedes: true },
  handler: async ({ req }) => {
    const { payload } = req
    const result = await buildAndRecord(payload)
    if (result.ok) payload.logger.info(`site rebuilt in ${result.durationMs} ms`)
    else payload.logger.error(`site rebuild failed; the live site was not changed:\n${result.message}`)
    return { output: { succeeded: result.ok, durationMs: result.durationMs } }
  },
}

/** When a release's embargo passes: a rebuild, through the same debounced queue as any change. */
const releaseEmbargoTask: TaskConfig<'releaseEmbargo'> = {
  slug: embargoTaskSlug,
  label: 'Rebuild the site when an embargo lapses',
  retries: 2,
  inputSchema: [
    { name: 'releaseId', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
  ],
  concurrency: { key: ({ input }) => `embargo-${input?.releaseId ?? ''}`, exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    await requestRebuild(req.payload, {
      source: 'embargo',
      collection: 'press-releases',
      slug: input?.slug ?? '',
      operation: 'lapse',
    })
    return { output: {} }
  },
}

export const publishingTasks = [rebuildSiteTask, releaseEmbargoTask]
