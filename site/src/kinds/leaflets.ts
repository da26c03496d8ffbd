import { mapTranslations, type SiteKind } from './kind'

export const leaflets: SiteKind<'leaflets'> = {
  listed: (e) => ({
    // Not `updatedAt`: a correction must not move a leaflet in every list (see the contract).
    date: e.firstPublishedAt,
    image: e.cover,
    translations: mapTranslations(e.translations, (t) => ({ title: t.title, summary: t.summary })),
  }),
  onHome: 1,
}
