import { runSiteQueueWhenDue } from '@jol/cms/publishing/runWhenDue'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

/**
 * A queued rebuild starts when its quiet period ends, not at the jobs cron's next look (up to a
 * second later); a burst of requests still gives one run, after the last one's quiet period.
 */

function fakeCms(autoRun: boolean) {
  const runs: { at: number; queue?: string; limit?: number }[] = []
  let asked = 0
  const payload = {
    config: {
      jobs: {
        shouldAutoRun: () => {
          asked++
          return autoRun
        },
      },
    },
    jobs: {
      run: async (args: { queue?: string; limit?: number }) => {
        runs.push({ at: Date.now(), queue: args.queue, limit: args.limit })
      },
    },
    logger: { error: () => undefined },
  } as unknown as Payload
  return { payload, runs, asked: () => asked }
}

describe('running the site queue when a rebuild is due', () => {
  it('runs it once, after the last of a burst is due, and prepares the build meanwhile', async () => {
    const cms = fakeCms(true)
    const prepared: number[] = []
    const first = new Date(Date.now() + 100)
    runSiteQueueWhenDue(cms.payload, first, () => prepared.push(Date.now()))
    const last = new Date(Date.now() + 300)
    runSiteQueueWhenDue(cms.payload, last, () => prepared.push(Date.now()))
    await expect.poll(() => cms.runs.length, { timeout: 300_000 }).toBe(1)
    // The build program was asked to start at each request, before the run.
    expect(prepared).toHaveLength(2)
    expect(prepared[0]!).toBeLessThanOrEqual(cms.runs[0]!.at)
    // Had the first request's timer fired, this run would have come before the last was due.
    expect(cms.runs[0]!.at).toBeGreaterThan(last.getTime())
    expect(cms.runs[0]).toMatchObject({ queue: 'site', limit: 1 })
  })

  it('does not run it where the CMS does not run its jobs itself (tests, the programs it starts)', async () => {
    const cms = fakeCms(false)
    let prepared = false
    runSiteQueueWhenDue(cms.payload, new Date(Date.now() + 50), () => (prepared = true))
    // Asked once when the request came, once when it was due.
    await expect.poll(() => cms.asked(), { timeout: 300_000 }).toBe(2)
    expect(cms.runs).toEqual([])
    expect(prepared).toBe(false)
  })
})
