import { defineMiddleware } from 'astro:middleware'

import { escapeAngleBracketsInAttributes } from './lib/escape-attributes'
import { noteAssets } from './lib/page-assets'

/** Runs for every page as it is prerendered; see `escapeAngleBracketsInAttributes` and `noteAssets`. */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  if (!response.headers.get('content-type')?.includes('text/html')) return response
  const html = escapeAngleBracketsInAttributes(await response.text())
  // For the page record: which pictures a carried-over copy of this page will need (see the module).
  if (context.isPrerendered) noteAssets(context.url.pathname, html)
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
})
