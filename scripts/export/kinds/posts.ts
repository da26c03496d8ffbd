import type { Post } from '@jol/content-schemas'

import { compact, iso, list, required, type KindConverter, afterCampaigns, campaignSlugs } from './convert'
import { coverPhotosAndBody } from './media'

export const posts: KindConverter<'posts'> = {
  mediaIds: coverPhotosAndBody,
  after: afterCampaigns,
  convert({ slug, shared, written }, context) {
    const { mediaRef, richText } = context
    const translations: Post['translations'] = {}
    for (const [locale, doc] of written) {
      translations[locale] = {
        title: required(doc.title),
        excerpt: required(doc.excerpt),
        body: richText(locale, 'body', doc.body),
      }
    }
    return compact({
      slug,
      updatedAt: iso(shared.updatedAt),
      campaigns: campaignSlugs(shared, context),
      author: required(shared.author),
      publishDate: iso(shared.publishDate),
      topics: list<Post['topics'][number]>(shared.topics),
      cover: mediaRef('cover', shared.cover),
      translations,
    })
  },
}
