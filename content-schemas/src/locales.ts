import { z } from 'zod'

/**
 * The locale registry: the one place that knows which languages Jol speaks.
 * Adding a locale is one entry here plus one UI-strings file; nothing else may list them.
 */

export const localeCodeSchema = z.enum(['en', 'ru', 'kk', 'ky', 'tg', 'uz'])
export type LocaleCode = z.infer<typeof localeCodeSchema>

export const localeSchema = z.object({
  code: localeCodeSchema,
  /** BCP-47 tag for `lang`, `hreflang` and Intl (Uzbek is written in Latin script here). */
  tag: z.string().regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/),
  /** The language's name in itself, for language choosers. */
  nativeName: z.string().min(1),
  englishName: z.string().min(1),
  script: z.enum(['Latn', 'Cyrl']),
  direction: z.enum(['ltr', 'rtl']),
  /** Where a reader is sent when this locale has no translation, nearest first. */
  fallback: z.array(localeCodeSchema),
})
export type Locale = z.infer<typeof localeSchema>

export const defaultLocale: LocaleCode = 'en'

export const locales: readonly Locale[] = z.array(localeSchema).parse([
  {
    code: 'en',
    tag: 'en',
    nativeName: 'English',
    englishName: 'English',
    script: 'Latn',
    direction: 'ltr',
    fallback: [],
  },
  {
    code: 'ru',
    tag: 'ru',
    nativeName: 'Русский',
    englishName: 'Russian',
    script: 'Cyrl',
    direction: 'ltr',
    fallback: ['en'],
  },
  {
    code: 'kk',
    tag: 'kk',
    nativeName: 'Қазақша',
    englishName: 'Kazakh',
    script: 'Cyrl',
    direction: 'ltr',
    fallback: ['ru', 'en'],
  },
  {
    code: 'ky',
    tag: 'ky',
    nativeName: 'Кыргызча',
    englishName: 'Kyrgyz',
    script: 'Cyrl',
    direction: 'ltr',
    fallback: ['ru', 'en'],
  },
  {
    code: 'tg',
    tag: 'tg',
    nativeName: 'Тоҷикӣ',
    englishName: 'Tajik',
    script: 'Cyrl',
    direction: 'ltr',
    fallback: ['ru', 'en'],
  },
  {
    code: 'uz',
    tag: 'uz-Latn',
    nativeName: 'Oʻzbekcha',
    englishName: 'Uzbek',
    script: 'Latn',
    direction: 'ltr',
    fallback: ['ru', 'en'],
  },
])

export const localeCodes: readonly LocaleCode[] = locales.map((l) => l.code)

export function isLocaleCode(value: unknown): value is LocaleCode {
  return localeCodeSchema.safeParse(value).success
}

export function getLocale(code: LocaleCode): Locale {
  const locale = locales.find((l) => l.code === code)
  if (!locale) throw new Error(`Unknown locale "${code}"`)
  return locale
}

/**
 * The locales to try, in order, when showing `code`: itself first, then its fallback chain.
 */
export function fallbackChain(code: LocaleCode): LocaleCode[] {
  return [code, ...getLocale(code).fallback]
}
