import type { APIRoute, GetStaticPaths } from 'astro'

import { localeParam } from '../../../../lib/static-paths'
import { newsletterEmail, newsletterEmailStaticPaths } from '../../../../print/documents/newsletter-email'

/** `/{locale}/newsletters/{slug}/email.txt`: the plain-text part of the same e-mail. */
export const getStaticPaths = (() => newsletterEmailStaticPaths('email.txt')) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const made = await newsletterEmail(params.slug!, localeParam(params.locale))
  if (!made.ok) throw new Error(made.error)
  return new Response(made.value.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
