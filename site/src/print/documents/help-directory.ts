import { cities, localeCodes, withSource, type City, type LocaleCode } from '@jol/content-schemas'

import { cityDirectory, helpCityPath, helpCityPdfPath, languageNames } from '../../lib/help'
import { formatDate, isoDateOf, useTranslations } from '../../lib/i18n'
import { tagOf } from '../../lib/locale'
import { absoluteUrl, getSnapshot, siteSettings } from '../../lib/site'
import { helpDirectoryLayout, renderHelpDirectoryPdf, type HelpDirectoryPrint } from '../help-directory-pdf'
import { cachedPdfOnDisk, once, type BuiltDocument, type Made } from './store'
import { helpCityPdfKey } from '../../lib/page-keys'
import { forgetPlanned, planned } from '../../lib/render-plan'
import { notInPreview } from '../../lib/static-paths'

/** The printable directory of a city: `/{locale}/help/{country}/{city}.pdf`, one per city with services and language. */
export function helpDirectoryPdf(cityId: string, locale: LocaleCode): Promise<Made<BuiltDocument>> {
  const city = cities.find((c) => c.id === cityId)!
  const urlPath = helpCityPdfPath(locale, city)
  return once(urlPath, async () => {
    const snapshot = await getSnapshot()
    const t = useTranslations(locale)
    const settings = await siteSettings(locale)
    const groups = cityDirectory(snapshot, city, locale).map(({ kind, services }) => ({
      label: t(`help.kind.${kind}`),
      services: services.map(({ service, freshness, text }) => {
        const checkedOn = formatDate(service.verifiedAt, locale)
        const value = text.value
        return {
          name: value.name,
          organisation: value.organisation,
          phones: service.phones,
          lines: [
            value.address,
            value.hours && t('help.hours', { hours: value.hours }),
            service.languages.length > 0
              ? t('help.languages', { languages: languageNames(service) })
              : undefined,
            value.cost && t('help.cost', { cost: value.cost }),
            service.demo ? t('help.demo') : undefined,
          ].filter((line): line is string => typeof line === 'string' && line !== ''),
          checked: t('help.checked', { date: checkedOn, how: t(`help.how.${service.verifiedHow}`) }),
          notice: freshness === 'stale' ? t('help.stale', { date: checkedOn }) : undefined,
          lang: text.isFallback ? tagOf(text.locale) : undefined,
        }
      }),
    }))
    const print: HelpDirectoryPrint = {
      city: city.id,
      locale,
      languageTag: tagOf(locale),
      day: helpDirectoryDay(snapshot),
      siteName: settings.text.value.siteName,
      title: `${t('help.title')}: ${city.names[locale]}`,
      intro: t('help.intro'),
      hotline: { label: settings.text.value.hotlineLabel, phone: settings.hotlinePhone },
      groups,
      pageUrl: withSource(absoluteUrl(helpCityPath(locale, city)), 'print'),
      scan: t('help.printScan'),
      footer: `${settings.text.value.siteName} · ${formatDate(snapshot.manifest.generatedAt, locale)}`,
    }
    return cachedPdfOnDisk(urlPath, `help-directory:${helpDirectoryLayout}`, print, () =>
      renderHelpDirectoryPdf(print),
    )
  })
}

const route = '/[locale]/help/[country]/[city].pdf'

/**
 * A directory is dated by the day of the snapshot in the site's time zone, not its moment: the same
 * services give the same PDF (and print cache entry) all day, instead of a new one at every build.
 */
const helpDirectoryDay = (snapshot: { manifest: { generatedAt: string } }) =>
  isoDateOf(snapshot.manifest.generatedAt)

/** Every city with services, in every language, whose PDF could be made. */
export const helpDirectoryPdfStaticPaths = notInPreview(async () => {
  const snapshot = await getSnapshot()
  const paths: { params: { locale: LocaleCode; country: string; city: string }; props: { city: City } }[] = []
  for (const city of cities.filter((c) => snapshot.services.some((s) => s.city === c.id)))
    for (const locale of localeCodes)
      paths.push({ params: { locale, country: city.country.toLowerCase(), city: city.id }, props: { city } })
  // Directories whose services and day are as in the live release are carried over without being made.
  const day = helpDirectoryDay(snapshot)
  const wanted = planned(snapshot, route, paths, ({ params, props }) =>
    helpCityPdfKey(snapshot, props.city, params.locale, day),
  )
  const made: { params: (typeof paths)[number]['params'] }[] = []
  for (const { params } of wanted) {
    if ((await helpDirectoryPdf(params.city, params.locale)).ok) made.push({ params })
    else forgetPlanned(route, params)
  }
  return made
})
