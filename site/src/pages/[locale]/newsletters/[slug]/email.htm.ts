import type { APIRoute, GetStaticPaths } from 'astro'

import { localeParam } from '../../../../lib/static-paths'
import { newsletterEmail, newsletterEmailStaticPaths } from '../../../../print/documents/newsletter-email'

/** `/{locale}/newsletters/{slug}/email.htm`: the issue ready to paste into a mailing tool (why `.htm`: see `newsletterEmailPath`). */
export const getStaticPaths = (() => newsletterEmailStaticPaths('email.htm')) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const made = await newsletterEmail(params.slug!, localeParam(params.locale))
  if (!made.ok) throw new Error(made.error)
  return new Response(made.value.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}
