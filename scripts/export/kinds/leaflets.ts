import type { Leaflet } from '@jol/content-schemas'

import {
  compact,
  iso,
  list,
  required,
  rows,
  type KindConverter,
  afterCampaigns,
  campaignSlugs,
  helpContact,
} from './convert'
import { coverPhotosAndBody } from './media'

export const leaflets: KindConverter<'leaflets'> = {
  mediaIds: coverPhotosAndBody,
  after: afterCampaigns,
  convert({ slug, shared, written }, context) {
    const { mediaRef, richText } = context
    const translations: Leaflet['translations'] = {}
    for (const [locale, doc] of written) {
      translations[locale] = {
        title: required(doc.title),
        summary: required(doc.summary),
        body: richText(locale, 'body', doc.body),
        keyMessages: rows(doc.keyMessages).map((row) => required(row.text)),
        contacts: rows(doc.contacts).map((row, index) =>
          helpContact(row, locale, `contacts.${index}`, context),
        ),
      }
    }
    return compact({
      slug,
      updatedAt: iso(shared.updatedAt),
      // Stamped by the CMS when first published; one published before the stamp existed, its creation.
      firstPublishedAt: iso(shared.firstPublishedAt ?? shared.createdAt),
      campaigns: campaignSlugs(shared, context),
      audience: list<Leaflet['audience'][number]>(shared.audience),
      topics: list<Leaflet['topics'][number]>(shared.topics),
      printFormat: shared.printFormat as Leaflet['printFormat'],
      cover: mediaRef('cover', shared.cover),
      translations,
    })
  },
}
