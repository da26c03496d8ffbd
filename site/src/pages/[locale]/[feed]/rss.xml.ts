import rss from '@astrojs/rss'
import { localeCodes } from '@jol/content-schemas'
import type { APIRoute, GetStaticPaths } from 'astro'

import { resolveAny } from '../../../lib/fallback'
import { useTranslations } from '../../../lib/i18n'
import { tagOf } from '../../../lib/locale'
import { entryPath, feedSections, indexPath, type FeedSection } from '../../../lib/routes'
import { entriesOf } from '../../../lib/sections'
import { listKey } from '../../../lib/page-keys'
import { planned } from '../../../lib/render-plan'
import { absoluteUrl, getSnapshot } from '../../../lib/site'
import { localeParam, notInPreview } from '../../../lib/static-paths'

/**
 * RSS per locale for press releases and blog posts: real translations only (a feed in Kazakh lists
 * what was written in Kazakh). Embargoes were applied by the exporter: what is here is released.
 */

export const getStaticPaths = notInPreview((async () => {
  const snapshot = await getSnapshot()
  const paths = localeCodes.flatMap((locale) => feedSections.map((feed) => ({ params: { locale, feed } })))
  // A feed's key: every entry of its section (it lists them all).
  return planned(snapshot, '/[locale]/[feed]/rss.xml', paths, ({ params }) => [
    params,
    listKey(snapshot, entriesOf(snapshot, params.feed), []),
  ])
}) satisfies GetStaticPaths)

export const GET: APIRoute = async ({ params }) => {
  const locale = localeParam(params.locale)
  const feed = params.feed as FeedSection
  const snapshot = await getSnapshot()
  const t = useTranslations(locale)
  const siteText = resolveAny(snapshot.globals.siteSettings.translations, locale).value
  const items = entriesOf(snapshot, feed).flatMap((ref) => {
    const card = ref.translations[locale]
    if (!card) return []
    return [
      {
        title: card.title,
        description: card.summary,
        link: absoluteUrl(entryPath(locale, feed, ref.slug)),
        pubDate: new Date(ref.date),
      },
    ]
  })
  return rss({
    title: t(`feed.${feed}`, { site: siteText.siteName }),
    description: siteText.tagline || siteText.siteName,
    site: absoluteUrl(indexPath(locale, feed)),
    items,
    customData: `<language>${tagOf(locale)}</language>`,
    trailingSlash: true,
  })
}
