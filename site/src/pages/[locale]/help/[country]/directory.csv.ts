import { localeCodes, serviceCountrySchema } from '@jol/content-schemas'
import type { APIRoute } from 'astro'

import { countryOfParam, directoryCsv } from '../../../../lib/help'
import { getSnapshot } from '../../../../lib/site'
import { localeParam, notInPreview } from '../../../../lib/static-paths'

/** `/{locale}/help/{country}/directory.csv`: the country's directory for partners, in the reader's language. */
export const getStaticPaths = notInPreview(() =>
  localeCodes.flatMap((locale) =>
    serviceCountrySchema.options.map((country) => ({ params: { locale, country: country.toLowerCase() } })),
  ),
)

export const GET: APIRoute = async ({ params }) =>
  new Response(
    directoryCsv(await getSnapshot(), countryOfParam(params.country), localeParam(params.locale)),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  )
