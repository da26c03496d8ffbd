import type { Campaign } from '@jol/content-schemas'

import { relationId } from '../lexicalToRichText'
import { compact, isText, iso, list, optional, required, rows, type KindConverter } from './convert'

/** A campaign as the public sees it; its plan (objectives, personas) stays in the CMS. */
export const campaigns: KindConverter<'campaigns'> = {
  *mediaIds(doc) {
    const logo = relationId(doc.logo)
    if (logo !== undefined) yield logo
    for (const partner of rows(doc.partners)) {
      const id = relationId(partner.logo)
      if (id !== undefined) yield id
    }
  },
  convert({ slug, shared, written }, { mediaRef }) {
    const translations: Campaign['translations'] = {}
    for (const [locale, doc] of written) {
      translations[locale] = {
        name: required(doc.name),
        slogan: required(doc.slogan),
        summary: required(doc.summary),
        keyMessages: rows(doc.keyMessages).map((row) => required(row.text)),
        cities: rows(doc.cities).map((row) => required(row.name)),
      }
    }
    return compact({
      slug,
      updatedAt: iso(shared.updatedAt),
      startDate: iso(shared.startDate),
      endDate: isText(shared.endDate) ? iso(shared.endDate) : undefined,
      channels: list<Campaign['channels'][number]>(shared.channels),
      countries: list<Campaign['countries'][number]>(shared.countries),
      brandColour: required(shared.brandColour).toLowerCase(),
      logo: mediaRef('logo', shared.logo),
      partners: rows(shared.partners).map((row, index) =>
        compact({
          name: required(row.name),
          logo: mediaRef(`partners.${index}.logo`, row.logo),
          url: optional(row.url),
        }),
      ),
      translations,
    })
  },
}
