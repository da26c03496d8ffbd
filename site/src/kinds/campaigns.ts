import { mapTranslations, type SiteKind } from './kind'

/** Campaigns are listed by when they start; the home page shows the running ones on its own. */
export const campaigns: SiteKind<'campaigns'> = {
  listed: (e) => ({
    date: e.startDate,
    image: e.logo,
    translations: mapTranslations(e.translations, (t) => ({ title: t.name, summary: t.slogan })),
  }),
  onHome: 0,
}
