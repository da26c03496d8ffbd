import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface RestClient {
  request: <T = any>(
    method: Method,
    pathAndQuery: string,
    options?: { body?: unknown; form?: FormData; token?: string; headers?: Record<string, string> },
  ) => Promise<RestResponse<T>>
  graphql: <T = any>(query: string, options?: { token?: string; locale?: string }) => Promise<RestResponse<T>>
  login: (
    email: string,
    password: string,
  ) => Promise<RestResponse<{ token?: string; errors?: { message: string }[] }>>
}

/**
 * Calls the same Next.js route handlers the running CMS serves at /api and /api/graphql, without
 * starting a server: the whole HTTP layer (parsing, auth, access, errors) is exercised.
 */
export function restClient(config: SanitizedConfig): RestClient {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)

  const headersFor = (token?: string, json = true): Headers => {
    const headers = new Headers()
    if (json) headers.set('Content-Type', 'application/json')
    if (token) headers.set('Authorization', `JWT ${token}`)
    return headers
  }

  const parse = async (response: Response): Promise<RestResponse> => {
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers }
  }

  const client: RestClient = {
    async request(method, pathAndQuery, options = {}) {
      const url = new URL(`http://localhost/api${pathAndQuery}`)
      const slug = url.pathname
        .replace(/^\/api\/?/, '')
        .split('/')
        .filter(Boolean)
      const headers = headersFor(options.token, !options.form)
      for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
      const init: RequestInit = { method, headers }
      if (options.form) {
        // Encode the form to bytes first, as a client on the wire would: undici's streamed
        // FormData body rejects unhandled when the server stops reading early (e.g. a 413).
        const encoded = new Response(options.form)
        headers.set('Content-Type', encoded.headers.get('Content-Type') ?? 'multipart/form-data')
        init.body = Buffer.from(await encoded.arrayBuffer())
      } else if (options.body !== undefined) init.body = JSON.stringify(options.body)
      const response = await handlers[method](new Request(url, init), { params: Promise.resolve({ slug }) })
      return parse(response)
    },
    async graphql(query, options = {}) {
      const url = new URL('http://localhost/api/graphql')
      if (options.locale) url.searchParams.set('locale', options.locale)
      const response = await graphqlHandler(
        new Request(url, {
          method: 'POST',
          headers: headersFor(options.token),
          body: JSON.stringify({ query }),
        }),
      )
      return parse(response)
    },
    login(email, password) {
      return client.request('POST', '/users/login', { body: { email, password } })
    },
  }
  return client
}
