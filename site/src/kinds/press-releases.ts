import { mapTranslations, type SiteKind } from './kind'

export const pressReleases: SiteKind<'press-releases'> = {
  listed: (e) => ({
    date: e.releaseDate,
    image: e.photos[0],
    translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.summary })),
  }),
  onHome: 1,
}
