import type { APIRoute, GetStaticPaths } from 'astro'

import { localeParam } from '../../../../lib/static-paths'
import { pressKit, pressKitStaticPaths } from '../../../../print/documents/press-kit'
import { documentResponse } from '../../../../print/documents/store'

/** `/{locale}/press/{slug}/press-kit.zip`: per release and language it is written in; see `pressKit`. */
export const getStaticPaths = pressKitStaticPaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, url }) => {
  const made = await pressKit(params.slug!, localeParam(params.locale))
  return documentResponse(made, 'application/zip', url)
}
