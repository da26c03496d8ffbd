import type { APIRoute, GetStaticPaths } from 'astro'

import { localeParam } from '../../../../lib/static-paths'
import { pressKit, pressKitStaticPaths } from '../../../../print/site-documents'

/** `/{locale}/press/{slug}/press-kit.zip`: per release and language it is written in; see `pressKit`. */
export const getStaticPaths = pressKitStaticPaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const made = await pressKit(params.slug!, localeParam(params.locale))
  if (!made.ok) throw new Error(made.error)
  return new Response(made.value as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } })
}
