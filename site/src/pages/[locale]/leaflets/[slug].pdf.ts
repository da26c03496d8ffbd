import type { APIRoute, GetStaticPaths } from 'astro'

import { leafletPdf, leafletPdfStaticPaths } from '../../../print/documents/leaflet'
import { documentResponse } from '../../../print/documents/store'
import { localeParam } from '../../../lib/static-paths'

/**
 * `/{locale}/leaflets/{slug}.pdf`: one PDF per leaflet per language it is written in. A leaflet
 * whose PDF cannot be made is not listed here (the reason is printed once), so the rest is built.
 */
export const getStaticPaths = leafletPdfStaticPaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, url }) => {
  const made = await leafletPdf(params.slug!, localeParam(params.locale))
  return documentResponse(made, 'application/pdf', url)
}
