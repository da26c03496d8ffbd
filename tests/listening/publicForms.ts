import { REST_POST } from '@payloadcms/next/routes'
import { clientAddressHeader } from '@jol/cms/security/clientAddress'
import type { SanitizedConfig } from 'payload'

/** What a reader's browser sends with a form: its address (through the proxy), its agent, maybe a cookie. */
export interface Sender {
  address?: string
  userAgent?: string
  cookie?: string
  /** The address the CMS stamps on a request that came over HTTP (what a real server adds). */
  stamped?: string
}

/**
 * Posts a URL-encoded form to a public CMS endpoint (`feedback/answer`, `questions/ask`) through
 * Payload's own REST route handler, as a browser behind the proxy would.
 */
export function publicFormPoster(config: Promise<SanitizedConfig> | SanitizedConfig, endpoint: string) {
  const handler = REST_POST(config)
  return (fields: Record<string, string>, sender: Sender = {}): Promise<Response> =>
    handler(
      new Request(`http://localhost/api/${endpoint}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Forwarded-For': sender.address ?? '198.51.100.23',
          'User-Agent': sender.userAgent ?? 'Mozilla/5.0 test-agent',
          ...(sender.cookie ? { Cookie: sender.cookie } : {}),
          ...(sender.stamped ? { [clientAddressHeader]: sender.stamped } : {}),
        },
        body: new URLSearchParams(fields).toString(),
      }),
      { params: Promise.resolve({ slug: endpoint.split('/') }) },
    )
}
