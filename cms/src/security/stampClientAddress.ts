import diagnostics from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

import { clientAddressHeader, resolveClientAddress, trustedProxies } from './clientAddress'

const installed = Symbol.for('jol.clientAddressStamp')

/**
 * Stamps every HTTP request this process receives with its client address (clientAddress.ts), before
 * Next.js sees it: Node publishes `http.server.request.start` just before the server's `request`
 * event. A header of that name sent by the client is overwritten, so it cannot be forged. Called
 * once at start-up by Next's instrumentation hook.
 */
export function stampClientAddresses(env: Readonly<Record<string, string | undefined>> = process.env): void {
  const global = globalThis as typeof globalThis & { [installed]?: boolean }
  if (global[installed]) return
  global[installed] = true
  const trusted = trustedProxies(env)
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[clientAddressHeader] = resolveClientAddress({
      socketAddress: socket.remoteAddress,
      forwardedFor: request.headers['x-forwarded-for'],
      trusted,
    })
  })
}
