import type { Payload } from 'payload'

import { siteQueue } from '@jol/content-schemas/deployment'

/**
 * The jobs queue's cron looks at the site queue once a second, so a rebuild would start up to a
 * second after its quiet period ends. This runs the queue when the latest queued rebuild is due
 * instead: one timer, moved on by each newer request, so a burst of saves still gives one run. The
 * cron stays, for what this misses (a follow-up due while a build runs waits for the cron's next look).
 * Only where the CMS runs its jobs itself (not in tests or the programs it starts).
 */
let timer: NodeJS.Timeout | undefined

async function runsJobs(payload: Payload): Promise<boolean> {
  const shouldAutoRun = payload.config.jobs?.shouldAutoRun
  return !shouldAutoRun || (await shouldAutoRun(payload))
}

/** Past the due time: the queue picks jobs whose `waitUntil` is strictly before now. */
const marginMs = 10

/** `prepare` is called at once where the CMS runs its jobs (to start the build program meanwhile). */
export function runSiteQueueWhenDue(payload: Payload, due: Date, prepare: () => void = () => {}): void {
  void runsJobs(payload).then(
    (yes) => {
      if (yes) prepare()
    },
    () => undefined,
  )
  clearTimeout(timer)
  timer = setTimeout(
    () => {
      timer = undefined
      void (async () => {
        if (!(await runsJobs(payload))) return
        await payload.jobs.run({ queue: siteQueue, limit: 1, silent: true })
      })().catch((error: unknown) =>
        payload.logger.error({ err: error, msg: 'running the site queue when the rebuild was due failed' }),
      )
    },
    Math.max(0, due.getTime() - Date.now()) + marginMs,
  )
  // Waiting for a rebuild must not keep a script (a seed, a test) from exiting: the cron is there too.
  timer.unref()
}
