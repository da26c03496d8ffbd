import { REST_GET } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import type { Fetch } from '@jol/scripts/export/restReader'

/**
 * A `fetch` that answers from the CMS's own REST route handlers, in-process (the same handlers
 * `tests/support/rest.ts` drives), returning the raw Response so file bytes arrive untouched.
 * Every URL that reaches it is recorded, so a test can check what the reader asked for.
 */
export function inProcessFetch(config: SanitizedConfig): Fetch & { urls: string[] } {
  const get = REST_GET(config)
  const urls: string[] = []
  const fetchFn = async (url: string, init?: { headers?: Record<string, string> }) => {
    urls.push(url)
    const parsed = new URL(url)
    const slug = parsed.pathname
      .replace(/^\/api\/?/, '')
      .split('/')
      .filter(Boolean)
    return get(new Request(parsed, { method: 'GET', headers: new Headers(init?.headers) }), {
      params: Promise.resolve({ slug }),
    })
  }
  return Object.assign(fetchFn, { urls })
}
