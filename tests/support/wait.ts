/**
 * Waiting on a condition, never on the clock: a busy machine makes a test slow, not red. The ceiling
 * is generous on purpose (minutes); it only bounds a test that would otherwise hang.
 */
export const generousCeilingMs = 300_000

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  options: { ceilingMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (options.ceilingMs ?? generousCeilingMs)
  for (;;) {
    const value = await probe()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline)
      throw new Error(
        `gave up waiting after ${Math.round((options.ceilingMs ?? generousCeilingMs) / 1000)} s: ${what}`,
      )
    await new Promise((resolve) => setTimeout(resolve, options.everyMs ?? 100))
  }
}

/** Resolves once the clock has passed `moment` (a job's due time, an embargo's end). */
export const waitUntilPast = (what: string, moment: Date | number) =>
  waitFor(what, async () => Date.now() > new Date(moment).getTime())
