import { createHmac, randomBytes } from 'node:crypto'

/**
 * A small in-memory rate limiter with named budgets ("5 per 15 minutes per address"). Keys are
 * kept only as keyed hashes (HMAC with a key made at start-up and never stored), so the limiter's
 * memory holds no reader's address, and nothing is written anywhere: a restart forgets everything.
 * One process serves the CMS; several processes would each count on their own (nginx's
 * `limit_req` in deploy/ is the shared, outer limit).
 */

export interface Budget {
  /** How many times a key may take from this budget in one window. */
  limit: number
  windowMs: number
}

export type Verdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

interface Window {
  count: number
  resetAt: number
}

/** Long after their windows end, forgotten entries are swept at most this often. */
const sweepEveryMs = 10_000

export class RateLimiter<Name extends string> {
  private readonly windows = new Map<string, Window>()
  private readonly hashKey = randomBytes(32)
  private lastSweep = 0

  constructor(
    readonly budgets: Readonly<Record<Name, Budget>>,
    private readonly now: () => number = Date.now,
  ) {}

  private id(name: Name, key: string): string {
    return createHmac('sha256', this.hashKey).update(`${name}\0${key}`).digest('base64url').slice(0, 22)
  }

  private current(name: Name, key: string): { id: string; window: Window | undefined } {
    const now = this.now()
    this.sweep(now)
    const id = this.id(name, key)
    const window = this.windows.get(id)
    return { id, window: window && window.resetAt > now ? window : undefined }
  }

  private refusal(window: Window): Verdict {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000)) }
  }

  /** Takes one from `key`'s budget, or says how long until it may try again. */
  take(name: Name, key: string): Verdict {
    const { limit, windowMs } = this.budgets[name]
    const { id, window } = this.current(name, key)
    if (window && window.count >= limit) return this.refusal(window)
    const next = window ?? { count: 0, resetAt: this.now() + windowMs }
    next.count += 1
    this.windows.set(id, next)
    return { allowed: true, remaining: limit - next.count }
  }

  /** Whether `key` has used up its budget, without taking from it. */
  check(name: Name, key: string): Verdict {
    const { limit } = this.budgets[name]
    const { window } = this.current(name, key)
    if (window && window.count >= limit) return this.refusal(window)
    return { allowed: true, remaining: limit - (window?.count ?? 0) }
  }

  /** Gives `key` its whole budget back (e.g. after a successful sign-in). */
  reset(name: Name, key: string): void {
    this.windows.delete(this.id(name, key))
  }

  /** How many keys are being counted (for tests and the benchmark). */
  get size(): number {
    return this.windows.size
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < sweepEveryMs) return
    this.lastSweep = now
    for (const [id, window] of this.windows) if (window.resetAt <= now) this.windows.delete(id)
  }
}
