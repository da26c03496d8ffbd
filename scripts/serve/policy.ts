/**
 * How the public site is served, in one place: content types, caching and security headers. The
 * demo's static server applies it directly; the nginx configuration in `deploy/` is generated from
 * it. What a reader gets from the demo is what they get in production.
 */

/**
 * Content Security Policy of the static site: everything from the site itself. Pagefind's search
 * compiles WebAssembly ('wasm-unsafe-eval'); the built pages have no inline script or style. Forms
 * (feedback, questions) post to the CMS's origin (JOL_CMS_URL, as the site was built with) and
 * nowhere else.
 */
export const cmsFormOrigin = new URL(process.env.JOL_CMS_URL || 'http://localhost:3000').origin
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  `form-action 'self' ${cmsFormOrigin}`,
  "frame-ancestors 'none'",
].join('; ')

/** Sent with every response, errors included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Astro's hashed assets never change under the same name: cached for a year. */
export const immutableAssetsPrefix = '/_astro/'
export const immutableCacheControl = 'public, max-age=31536000, immutable'
/**
 * Everything else (pages, feeds, sitemaps, PDFs, press kits, search index) keeps its name when a
 * publish changes it: caches must ask again each time (cheap, with ETag / Last-Modified).
 */
export const revalidateCacheControl = 'public, max-age=0, must-revalidate'

export const cacheControlFor = (pathname: string): string =>
  pathname.startsWith(immutableAssetsPrefix) ? immutableCacheControl : revalidateCacheControl

/** Types by file extension; text types are served as UTF-8. Anything else is a download. */
export const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  zip: 'application/zip',
  wasm: 'application/wasm',
  woff2: 'font/woff2',
}
export const defaultContentType = 'application/octet-stream'
/** RSS feeds are named `rss.xml`: served as RSS, not generic XML. */
export const feedFileName = 'rss.xml'
export const feedContentType = 'application/rss+xml'
export const utf8Types = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/xml',
  'text/plain',
  'image/svg+xml',
  feedContentType,
]

const withCharset = (type: string) => (utf8Types.includes(type) ? `${type}; charset=utf-8` : type)

export function contentTypeFor(pathname: string): string {
  const name = pathname.split('/').pop() ?? ''
  if (name === feedFileName) return withCharset(feedContentType)
  const extension = name.includes('.') ? name.split('.').pop()!.toLowerCase() : ''
  return withCharset(contentTypes[extension] ?? defaultContentType)
}

/** The page served, with status 404, for any path that is not in the site. */
export const notFoundPage = '/404.html'
