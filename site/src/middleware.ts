import { defineMiddleware } from 'astro:middleware'

import { escapeAngleBracketsInAttributes } from './lib/escape-attributes'
import { notePage } from './lib/page-notes'

const decoder = new TextDecoder()

/** Runs for every page as it is prerendered; see `escapeAngleBracketsInAttributes` and `notePage`. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (!response.headers.get('content-type')?.includes('text/html')) return response
  const bytes = new Uint8Array(await response.arrayBuffer())
  const written = decoder.decode(bytes)
  const html = escapeAngleBracketsInAttributes(written)
  // For the page record: the pictures a carried-over copy of this page will need, what search reads (see the module).
  if (context.isPrerendered) notePage(context.url.pathname, html, html === written ? bytes : html)
  // Most pages have nothing to escape: their bytes go on as they are, not encoded again.
  return new Response(html === written ? bytes : html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
})
