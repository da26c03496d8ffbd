import { getLocale, locales, type Locale, type LocaleCode } from '@jol/content-schemas'

/** What pages need to know about a language, derived from the registry in content-schemas. */

export const localeList: readonly Locale[] = locales

export const tagOf = (code: LocaleCode): string => getLocale(code).tag
export const dirOf = (code: LocaleCode): 'ltr' | 'rtl' => getLocale(code).direction
export const nativeNameOf = (code: LocaleCode): string => getLocale(code).nativeName

/** Open Graph wants `language_TERRITORY`; the territory comes from CLDR's likely subtags (kk → kk_KZ). */
export const ogLocaleOf = (code: LocaleCode): string => ogLocales[code]

const ogLocales = Object.fromEntries(
  locales.map(({ code, tag }) => {
    const maximized = new Intl.Locale(tag).maximize()
    return [code, maximized.region ? `${maximized.language}_${maximized.region}` : maximized.language]
  }),
) as Record<LocaleCode, string>
