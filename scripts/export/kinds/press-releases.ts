import type { PressRelease } from '@jol/content-schemas'

import {
  compact,
  isText,
  iso,
  list,
  mediaContact,
  optional,
  required,
  rows,
  type KindConverter,
  afterCampaigns,
  campaignSlugs,
} from './convert'
import { coverPhotosAndBody } from './media'

export const pressReleases: KindConverter<'press-releases'> = {
  mediaIds: coverPhotosAndBody,
  after: afterCampaigns,
  convert({ slug, shared, written }, context) {
    const { mediaRef, richText } = context
    const translations: PressRelease['translations'] = {}
    for (const [locale, doc] of written) {
      translations[locale] = {
        title: required(doc.title),
        datelineCity: required(doc.datelineCity),
        summary: required(doc.summary),
        body: richText(locale, 'body', doc.body),
        quotes: rows(doc.quotes).map((row) =>
          compact({ speaker: required(row.speaker), role: optional(row.role), quote: required(row.quote) }),
        ),
        mediaContacts: rows(doc.mediaContacts).map(mediaContact),
      }
    }
    const photos = list(shared.photos).map((photo) => mediaRef('photos', photo))
    return compact({
      slug,
      updatedAt: iso(shared.updatedAt),
      campaigns: campaignSlugs(shared, context),
      topics: list<PressRelease['topics'][number]>(shared.topics),
      releaseDate: iso(shared.releaseDate),
      embargoUntil: isText(shared.embargoUntil) ? iso(shared.embargoUntil) : undefined,
      photos: photos.filter((id): id is string => id !== undefined),
      translations,
    })
  },
}
