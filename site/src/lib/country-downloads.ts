import type { LocaleCode, ServiceCountry, Snapshot } from '@jol/content-schemas'
import type { APIRoute } from 'astro'

import { everyLocaleCountry } from './help'
import { keyedStaticPaths } from './static-paths'

/**
 * A help country's download for partners (`/{locale}/help/{country}/<name>`), in the reader's
 * language: made with its path and keyed by itself, so it is carried over from the live release
 * while it is the same.
 */
export function countryDownload(
  name: string,
  contentType: string,
  make: (snapshot: Snapshot, country: ServiceCountry, locale: LocaleCode) => string,
) {
  const getStaticPaths = keyedStaticPaths(
    `/[locale]/help/[country]/${name}`,
    (snapshot) =>
      everyLocaleCountry().map(({ locale, country, params }) => ({
        params,
        props: { body: make(snapshot, country, locale) },
      })),
    (_, { props }) => props?.body,
  )
  const GET: APIRoute = ({ props }) =>
    new Response((props as { body: string }).body, { headers: { 'Content-Type': contentType } })
  return { getStaticPaths, GET }
}
