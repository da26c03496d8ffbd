import { type LocaleCode, withSource } from '@jol/content-schemas'

import { formatDate, useTranslations } from '../../lib/i18n'
import { tagOf } from '../../lib/locale'
import { entryPath } from '../../lib/routes'
import { absoluteUrl, getSnapshot, site, siteSettings } from '../../lib/site'
import { previewedPage } from '../../lib/static-paths'
import { fieldPath } from '../errors'
import { leafletColumnWidth, leafletLayout, renderLeafletPdf, type LeafletPrint } from '../leaflet-pdf'
import { picturesOf, printedPicture, printLabels, requireBody } from './media'
import { cachedPdfOnDisk, documentStaticPaths, once, type BuiltDocument, type Made } from './store'

/** Leaflet PDFs: `/{locale}/leaflets/{slug}.pdf`, one per leaflet and language it is written in. */

export const leafletPdfPath = (locale: LocaleCode, slug: string) => `/${locale}/leaflets/${slug}.pdf`

export async function leafletPdfLocales(): Promise<{ slug: string; locale: LocaleCode }[]> {
  return (await getSnapshot()).leaflets.flatMap((leaflet) =>
    (Object.keys(leaflet.translations) as LocaleCode[]).map((locale) => ({ slug: leaflet.slug, locale })),
  )
}

/** The PDF of a leaflet in a language it is written in. */
export function leafletPdf(slug: string, locale: LocaleCode): Promise<Made<BuiltDocument>> {
  const urlPath = leafletPdfPath(locale, slug)
  return once(urlPath, async () => {
    const leaflet = (await getSnapshot()).leaflets.find((l) => l.slug === slug)
    const text = leaflet?.translations[locale]
    if (!leaflet || !text)
      throw new Error(
        `${urlPath}: leaflets/${slug} has no ${locale} translation (no PDF is made from a fallback)`,
      )
    const where = (field: string) => fieldPath('leaflets', slug, locale, field)
    requireBody(text.body, where('body'))
    const t = useTranslations(locale)
    const settings = await siteSettings(locale)
    const width = leafletColumnWidth(leaflet.printFormat)
    const print: LeafletPrint = {
      slug,
      locale,
      languageTag: tagOf(locale),
      format: leaflet.printFormat,
      updatedAt: leaflet.updatedAt,
      text,
      pageUrl: withSource(absoluteUrl(entryPath(locale, 'leaflets', slug)), 'print'),
      campaign: settings.text.value.siteName,
      versionLine: t('print.version', { date: formatDate(leaflet.updatedAt, locale) }),
      hotline: {
        label: settings.text.value.hotlineLabel,
        phone: settings.hotlinePhone,
        hours: settings.text.value.hotlineHours,
      },
      labels: printLabels(t),
      cover: leaflet.cover ? await printedPicture(leaflet.cover, locale, width, where('cover')) : undefined,
      pictures: await picturesOf(text.body, locale, width, where('body')),
    }
    return cachedPdfOnDisk(urlPath, `leaflet:${leafletLayout}`, print, () => renderLeafletPdf(print))
  })
}

/** A preview build makes only the PDF the previewed page links to: the language that page shows. */
async function leafletPdfLocalesToBuild() {
  const all = await leafletPdfLocales()
  if (site.previewPage === undefined) return all
  const page = previewedPage(await getSnapshot())
  return all.filter(({ slug, locale }) => page !== undefined && slug === page.slug && locale === page.shown)
}

export const leafletPdfStaticPaths = () =>
  documentStaticPaths('/[locale]/leaflets/[slug].pdf', 'leaflets', leafletPdfLocalesToBuild, leafletPdf)
