/**
 * The origins whose requests may carry the session cookie (Payload's `csrf` list). Never empty: an
 * empty list makes Payload accept the cookie from any origin, so another site's form could act as a
 * signed-in editor. The CMS's public URL (`JOL_CMS_URL`) and the public site's (`JOL_SITE_URL`) when
 * set; without `JOL_CMS_URL`, the CMS's own local origins (the demo, or a server reached as
 * localhost).
 */
export function trustedOrigins(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const origins = new Set<string>()
  const add = (url: string | undefined, variable: string) => {
    if (!url) return
    try {
      origins.add(new URL(url).origin)
    } catch {
      throw new Error(`${variable} is not a URL: ${JSON.stringify(url)} (e.g. https://cms.example.org)`)
    }
  }
  add(env.JOL_CMS_URL, 'JOL_CMS_URL')
  add(env.JOL_SITE_URL, 'JOL_SITE_URL')
  if (!env.JOL_CMS_URL) {
    const port = env.PORT || '3000'
    const host = env.JOL_CMS_HOST
    for (const name of ['localhost', '127.0.0.1', '[::1]']) origins.add(`http://${name}:${port}`)
    const named = host && host !== '0.0.0.0' && host !== '::' ? host : undefined
    if (named) add(`http://${named.includes(':') ? `[${named}]` : named}:${port}`, 'JOL_CMS_HOST')
  }
  return [...origins]
}
