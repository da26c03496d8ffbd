import { kindOf, publicWhenOf, type LocaleCode } from '@jol/content-schemas'

import { isPublic, type CmsDoc, type ContentCollection, type ContentReader } from './contentReader'

/** The part of `fetch` the reader uses; tests pass one that calls the CMS's route handlers in-process. */
export type Fetch = (url: string, init?: { headers?: Record<string, string> }) => Promise<Response>

export interface RestReaderOptions {
  /** The CMS's address, e.g. `https://cms.example.org` (its REST API is under `/api`). */
  baseUrl: string
  /** A user's API key (`JOL_EXPORT_API_KEY`); without one the reader is anonymous. */
  apiKey?: string
  fetch?: Fetch
  now?: () => Date
}

/** `https://cms.example.org` and `https://cms.example.org/api/` both mean the same REST root. */
export function apiRoot(baseUrl: string): URL {
  const url = new URL(baseUrl)
  const trimmed = url.pathname.replace(/\/+$/, '')
  url.pathname = trimmed.endsWith('/api') ? `${trimmed}/` : `${trimmed}/api/`
  url.search = ''
  url.hash = ''
  return url
}

/**
 * Reads a remote CMS over its REST API, one locale per request with fallback off. An API key may
 * belong to staff who can see drafts and embargoed releases, so the reader asks for published
 * documents only and drops releases still under embargo itself, rather than trusting the key's rights.
 */
export function openRestReader(options: RestReaderOptions): ContentReader {
  const root = apiRoot(options.baseUrl)
  const fetchFn: Fetch = options.fetch ?? ((url, init) => fetch(url, init))
  const now = options.now ?? (() => new Date())
  const authHeaders = (url: URL): Record<string, string> =>
    // The key goes only to the CMS itself, never to another host a file URL might point at.
    options.apiKey && url.origin === root.origin ? { Authorization: `users API-Key ${options.apiKey}` } : {}

  const get = async (url: URL): Promise<Response> => {
    const response = await fetchFn(url.toString(), {
      headers: { Accept: 'application/json', ...authHeaders(url) },
    })
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).slice(0, 300)
      throw new Error(
        `GET ${url.pathname}${url.search} answered ${response.status}${detail ? `: ${detail}` : ''}`,
      )
    }
    return response
  }

  const query = (pathname: string, locale: LocaleCode, extra: Record<string, string> = {}) => {
    const url = new URL(pathname, root)
    const params = { locale, 'fallback-locale': 'none', depth: '0', draft: 'false', ...extra }
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
    return url
  }

  const list = async (
    collection: ContentCollection | 'media' | 'services',
    locale: LocaleCode,
    extra: Record<string, string> = {},
  ) => {
    const body = (await (
      await get(query(collection, locale, { limit: '0', pagination: 'false', ...extra }))
    ).json()) as { docs?: CmsDoc[] }
    if (!Array.isArray(body.docs))
      throw new Error(`GET /${collection} did not answer with a list of documents`)
    return body.docs
  }

  return {
    source: { kind: 'rest', url: root.origin + root.pathname.replace(/\/api\/$/, '') },
    async published(collection, locale) {
      const { field, equals } = publicWhenOf(kindOf(collection))
      const docs = await list(collection, locale, { [`where[${field}][equals]`]: equals })
      return docs.filter((doc) => isPublic(collection, doc, now()))
    },
    services: (locale) => list('services', locale),
    media: (locale) => list('media', locale),
    async mediaFile(doc) {
      if (typeof doc.url !== 'string' || doc.url === '') throw new Error(`media #${doc.id} has no file URL`)
      return Buffer.from(await (await get(new URL(doc.url, root))).arrayBuffer())
    },
    async global(slug, locale) {
      return (await (await get(query(`globals/${slug}`, locale))).json()) as Record<string, unknown>
    },
    close: async () => {},
  }
}
