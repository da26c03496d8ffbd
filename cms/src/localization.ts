import { defaultLocale, locales } from '@jol/content-schemas'
import type { LocalizationConfig } from 'payload'

/** Payload's localization, read from the shared locale registry: no language is listed here. */
export const localization: LocalizationConfig = {
  locales: locales.map((locale) => ({
    code: locale.code,
    label: locale.code === 'en' ? locale.nativeName : `${locale.nativeName} (${locale.englishName})`,
    rtl: locale.direction === 'rtl',
    ...(locale.fallback.length > 0 ? { fallbackLocale: locale.fallback } : {}),
  })),
  defaultLocale,
  // Editors see the fallback text in the admin while a translation is missing; the export reads
  // with fallback off, so the site knows which translations really exist.
  fallback: true,
}
