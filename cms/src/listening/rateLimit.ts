import { clientAddressOf as stampedAddressOf } from '../security/clientAddress'

/**
 * A per-address budget for the public forms, held in memory only: the address is a key in a map for
 * at most one window and is never written anywhere (not to the database, not to a log). Behind one
 * small interface so that it can be swapped for a shared limiter without touching the endpoints.
 */

export type Spend = { ok: true } | { ok: false; retryAfterSeconds: number }

export interface AddressBudget {
  spend: (address: string) => Spend
}

/** At most `limit` requests per address in each window of `windowMs`. */
export function inMemoryBudget(options: {
  limit: number
  windowMs: number
  now?: () => number
}): AddressBudget {
  const now = options.now ?? Date.now
  const windows = new Map<string, { startedAt: number; used: number }>()
  let lastSweep = now()
  return {
    spend(address) {
      const at = now()
      // Forget finished windows now and then, so the map holds only addresses seen lately.
      if (at - lastSweep > options.windowMs) {
        for (const [key, window] of windows)
          if (at - window.startedAt >= options.windowMs) windows.delete(key)
        lastSweep = at
      }
      let window = windows.get(address)
      if (!window || at - window.startedAt >= options.windowMs)
        windows.set(address, (window = { startedAt: at, used: 0 }))
      if (window.used >= options.limit) {
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + options.windowMs - at) / 1000)),
        }
      }
      window.used++
      return { ok: true }
    },
  }
}

/**
 * The address a request came from. Over HTTP the CMS stamps every request with the address it
 * decided on (security/clientAddress.ts: the socket's, or `X-Forwarded-For` only from a proxy listed
 * in `JOL_TRUSTED_PROXIES`), and that stamp is what counts: a reader cannot dodge the budget by
 * sending an `X-Forwarded-For` of their own. Only a call that never came over HTTP (in-process
 * tests, scripts) has no stamp; it is keyed by the proxy headers it carries. Without any, every such
 * request shares one budget, which still caps a flood.
 */
export function clientAddressOf(headers: Headers): string {
  return (
    stampedAddressOf(headers) ??
    (headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip')?.trim() || 'unknown')
  )
}
