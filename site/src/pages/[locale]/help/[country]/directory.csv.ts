import { localeCodes, serviceCountrySchema } from '@jol/content-schemas'
import type { APIRoute } from 'astro'

import { directoryCsv } from '../../../../lib/help'
import { keyedStaticPaths } from '../../../../lib/static-paths'

/**
 * `/{locale}/help/{country}/directory.csv`: the country's directory for partners, in the reader's language.
 * Made with its path and keyed by itself: carried over from the live release while it is the same.
 */
export const getStaticPaths = keyedStaticPaths(
  '/[locale]/help/[country]/directory.csv',
  (snapshot) =>
    localeCodes.flatMap((locale) =>
      serviceCountrySchema.options.map((country) => ({
        params: { locale, country: country.toLowerCase() },
        props: { body: directoryCsv(snapshot, country, locale) },
      })),
    ),
  (_, { props }) => props?.body,
)

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  })
