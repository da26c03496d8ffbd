import type { APIRoute, GetStaticPaths } from 'astro'

import { helpDirectoryPdf, helpDirectoryPdfStaticPaths } from '../../../../print/documents/help-directory'
import { documentResponse } from '../../../../print/documents/store'
import { localeParam } from '../../../../lib/static-paths'

/** `/{locale}/help/{country}/{city}.pdf`: the city's directory to print and pin on the wall. */
export const getStaticPaths = helpDirectoryPdfStaticPaths satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, url }) =>
  documentResponse(await helpDirectoryPdf(params.city!, localeParam(params.locale)), 'application/pdf', url)
