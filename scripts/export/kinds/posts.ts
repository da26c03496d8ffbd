import type { Post } from '@jol/content-schemas'

import { compact, iso, list, required, type KindConverter } from './convert'
import { coverPhotosAndBody } from './media'

export const posts: KindConverter<'posts'> = {
  mediaIds: coverPhotosAndBody,
  convert({ slug, shared, written }, { mediaRef, richText }) {
    const translations: Post['translations'] = {}
    for (const [locale, doc] of written) {
      translations[locale] = { title: required(doc.title), excerpt: required(doc.excerpt), body: richText(locale, 'body', doc.body) }
    }
    return compact({
      slug,
      updatedAt: iso(shared.updatedAt),
      author: required(shared.author),
      publishDate: iso(shared.publishDate),
      topics: list<Post['topics'][number]>(shared.topics),
      cover: mediaRef('cover', shared.cover),
      translations,
    })
  },
}
