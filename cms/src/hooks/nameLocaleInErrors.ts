import { isLocaleCode, getLocale } from '@jol/content-schemas'
import type { AfterErrorHook } from 'payload'

/**
 * Payload's validation errors name the field but not the language being written. Editors work in
 * six, so every REST validation error also says which locale it was about.
 */
export const nameLocaleInErrors: AfterErrorHook = ({ error, req, result }) => {
  const locale = req.locale
  if (!result || error.name !== 'ValidationError' || !isLocaleCode(locale)) return
  const where = `while writing ${getLocale(locale).englishName} (${locale})`
  return {
    response: {
      ...result,
      errors: result.errors.map((entry) => ({
        ...entry,
        locale,
        message: `${entry.message} — ${where}`,
      })),
    },
  }
}
