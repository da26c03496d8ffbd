import { defineMiddleware } from 'astro:middleware'

import { escapeAngleBracketsInAttributes } from './lib/escape-attributes'

/** Runs for every page as it is prerendered; see `escapeAngleBracketsInAttributes`. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next()
  if (!response.headers.get('content-type')?.includes('text/html')) return response
  const html = escapeAngleBracketsInAttributes(await response.text())
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
})
