import { isIP } from 'node:net'

/**
 * Where a request's client address comes from. Next.js fills `X-Forwarded-For` with the socket's
 * address only when the client sent none, so a client could name any address it likes. Instead the
 * CMS stamps every incoming request with a header of its own (stampClientAddress.ts), decided here:
 *
 * - by default, the address of the TCP connection, and any `X-Forwarded-For` is ignored;
 * - with `JOL_TRUSTED_PROXIES` (comma-separated addresses, e.g. `127.0.0.1,::1` for nginx on the same
 *   host), a connection from one of those proxies is attributed to the nearest address in
 *   `X-Forwarded-For` that is not itself a trusted proxy (a client can prepend anything, but not
 *   what the proxy appends).
 *
 * The address is only ever used as a rate-limit key, hashed in memory: never stored or logged.
 */
export const clientAddressHeader = 'x-jol-client-address'

/** IPv4 addresses written by dual-stack sockets as `::ffff:1.2.3.4` count as plain IPv4. */
const normalizeAddress = (address: string): string =>
  address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

export function trustedProxies(env: Readonly<Record<string, string | undefined>> = process.env): Set<string> {
  const list = (env.JOL_TRUSTED_PROXIES ?? '').split(',').map(normalizeAddress).filter(Boolean)
  return new Set(list)
}

export function resolveClientAddress(options: {
  socketAddress: string | undefined
  forwardedFor: string | string[] | undefined
  trusted: Set<string>
}): string {
  const socket = normalizeAddress(options.socketAddress ?? '') || 'unknown'
  if (!options.trusted.has(socket)) return socket
  const { forwardedFor } = options
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const hops = header.split(',').map(normalizeAddress).filter(Boolean)
  // Right to left: the last hop was written by our proxy; stop at the first one we do not trust.
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!
    if (!options.trusted.has(hop)) return isIP(hop) ? hop : socket
  }
  return socket
}

/**
 * The client address the CMS stamped on this request, or undefined for calls that did not come over
 * HTTP (the Local API, scripts, in-process tests), which are not rate limited.
 */
export function clientAddressOf(headers: Headers | undefined): string | undefined {
  return headers?.get(clientAddressHeader) ?? undefined
}
