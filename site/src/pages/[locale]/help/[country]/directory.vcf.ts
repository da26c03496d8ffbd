import { localeCodes, serviceCountrySchema } from '@jol/content-schemas'
import type { APIRoute } from 'astro'

import { countryOfParam, directoryVcard } from '../../../../lib/help'
import { getSnapshot } from '../../../../lib/site'
import { localeParam, notInPreview } from '../../../../lib/static-paths'

/** `/{locale}/help/{country}/directory.vcf`: the country's services as contacts for a phone. */
export const getStaticPaths = notInPreview(() =>
  localeCodes.flatMap((locale) =>
    serviceCountrySchema.options.map((country) => ({ params: { locale, country: country.toLowerCase() } })),
  ),
)

export const GET: APIRoute = async ({ params }) =>
  new Response(
    directoryVcard(await getSnapshot(), countryOfParam(params.country), localeParam(params.locale)),
    {
      headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
    },
  )
