import { isLocaleCode, getLocale } from '@jol/content-schemas'
import type { AfterErrorHook } from 'payload'

import { jolText } from '../i18n/jolText'

/**
 * Payload's validation errors name the field but not the language being written. Editors work in
 * six, so every REST validation error also says which locale it was about.
 */
export const nameLocaleInErrors: AfterErrorHook = ({ error, req, result }) => {
  const locale = req.locale
  if (!result || error.name !== 'ValidationError' || !isLocaleCode(locale)) return
  // In the editor's admin language; the language written is named in its own name and code.
  const where = jolText(req.i18n, 'jolRefusals')('whileWriting', {
    language: `${req.i18n?.language === 'en' ? getLocale(locale).englishName : getLocale(locale).nativeName} (${locale})`,
  })
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
