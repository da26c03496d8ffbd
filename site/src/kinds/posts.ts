import { mapTranslations, type SiteKind } from './kind'

export const posts: SiteKind<'posts'> = {
  listed: (e) => ({
    date: e.publishDate,
    image: e.cover,
    translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.excerpt })),
  }),
  onHome: 3,
}
