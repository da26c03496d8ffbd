/**
 * Headers for every page and API response of the CMS (applied in next.config.ts): the admin may not
 * be framed by another site (clickjacking), and nothing is sniffed into another type.
 */
export const cmsSecurityHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
]
