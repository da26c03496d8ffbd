import { mapTranslations, type SiteKind } from './kind'

export const leaflets: SiteKind<'leaflets'> = {
  listed: (e) => ({
    date: e.updatedAt,
    image: e.cover,
    translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.summary })),
  }),
  onHome: 1,
}
