import { fallbackChain, type LocaleCode } from '@jol/content-schemas'

/**
 * Fallback is the site's decision, made visibly: a value missing in the reader's locale is taken from
 * the first locale of its fallback chain that has one, and the caller is told which one it was.
 */

export interface Resolved<T> {
  value: T
  /** The language the value is really written in. */
  locale: LocaleCode
  /** True when `locale` is not the locale that was asked for. */
  isFallback: boolean
}

export function resolveTranslation<T>(
  translations: Partial<Record<LocaleCode, T>>,
  locale: LocaleCode,
): Resolved<T> | undefined {
  for (const candidate of fallbackChain(locale)) {
    const value = translations[candidate]
    if (value !== undefined) return { value, locale: candidate, isFallback: candidate !== locale }
  }
  return undefined
}

/** Like `resolveTranslation`, for values every page needs (site settings): falls back to any translation at all. */
export function resolveAny<T>(translations: Partial<Record<LocaleCode, T>>, locale: LocaleCode): Resolved<T> {
  const resolved = resolveTranslation(translations, locale)
  if (resolved) return resolved
  const [code, value] = Object.entries(translations).find(([, v]) => v !== undefined) as [LocaleCode, T]
  return { value, locale: code, isFallback: true }
}
