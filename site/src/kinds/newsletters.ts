import { mapTranslations, type SiteKind } from './kind'

export const newsletters: SiteKind<'newsletters'> = {
  listed: (e) => ({
    date: e.date,
    translations: mapTranslations(e.translations, (t) => ({
      title: t.subject,
      summary: t.preheader || t.intro,
    })),
  }),
  onHome: 1,
}
