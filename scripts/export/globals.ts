import type { Globals, LocaleCode, PressRoom, RichText, SiteSettings } from '@jol/content-schemas'

import { compact, isText, mediaContact, optional, required, rows, type Doc } from './kinds/convert'

/** The site settings and the press room, read per locale, as the snapshot's `globals`. */
export function convertGlobals(
  siteSettings: Map<LocaleCode, Doc>,
  pressRoom: Map<LocaleCode, Doc>,
  richText: (key: string, locale: LocaleCode, field: string, value: unknown) => RichText,
  /** The number of the help directory's service the hotline points at, if it does and it is on the site. */
  servicePhone: (value: unknown) => string | undefined = () => undefined,
): Globals {
  const siteTranslations: SiteSettings['translations'] = {}
  let hotlinePhone = ''
  let verificationDays: number | undefined
  for (const [locale, doc] of siteSettings) {
    const hotline = (typeof doc.hotline === 'object' && doc.hotline !== null ? doc.hotline : {}) as Doc
    hotlinePhone ||= servicePhone(hotline.service) ?? required(hotline.phone)
    if (typeof doc.servicesVerificationDays === 'number') verificationDays = doc.servicesVerificationDays
    if (!isText(doc.siteName)) continue
    siteTranslations[locale] = compact({
      siteName: doc.siteName,
      tagline: optional(doc.tagline),
      hotlineLabel: required(hotline.label),
      hotlineHours: optional(hotline.hours),
      footerContacts: rows(doc.footerContacts).map((row) =>
        compact({
          label: required(row.label),
          phone: optional(row.phone),
          email: optional(row.email),
          url: optional(row.url),
        }),
      ),
    })
  }
  const roomTranslations: PressRoom['translations'] = {}
  for (const [locale, doc] of pressRoom) {
    // The boilerplate is the press room's one required text: without it, that locale was not written.
    if (doc.boilerplate === null || doc.boilerplate === undefined) continue
    roomTranslations[locale] = {
      boilerplate: richText('press-room', locale, 'boilerplate', doc.boilerplate),
      mediaContacts: rows(doc.mediaContacts).map(mediaContact),
    }
  }
  return {
    siteSettings: compact({
      hotlinePhone,
      servicesVerificationDays: verificationDays,
      translations: siteTranslations,
    }),
    pressRoom: { translations: roomTranslations },
  }
}
