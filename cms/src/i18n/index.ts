import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import type { DefaultTranslationsObject, I18nOptions, Language } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'

import { kkTranslations } from './kk'
import { lexicalTexts } from './lexical'
import { plainLanguageHintsTexts } from './plainLanguageHints'
import { kyTranslations } from './ky'
import { tgTranslations } from './tg'
import { uzTranslations } from './uz'
import { previewTexts } from './previewTexts'
import { servicesTexts } from './servicesTexts'
import { validationTexts } from './validationTexts'

// Payload can load only its own list of date-fns locales, which has no Kazakh, Kyrgyz, Tajik or
// Uzbek: their admin shows dates with Russian month names, which every one of Jol's editors reads.
const withRussianDates = (translations: DefaultTranslationsObject): Language => ({
  dateFNSKey: 'ru',
  translations,
})

/**
 * The admin speaks every language of the locale registry (the type makes a new locale need one),
 * keyed by the code Payload keeps in the `payload-lng` cookie. Its account page lists each by the
 * translation's `general.thisLanguage`, the registry's native name.
 */
export const adminLanguages: Record<LocaleCode, Language> = {
  en,
  ru,
  kk: withRussianDates(kkTranslations),
  ky: withRussianDates(kyTranslations),
  tg: withRussianDates(tgTranslations),
  uz: withRussianDates(uzTranslations),
}

/**
 * Jol's own admin words (`t('jolHints:title')`, validators' `t('jolValidation:phone')`, the help
 * directory's `t('jolServices:verifiedToday')`) and, for the languages Payload does not ship, the
 * rich-text editor's; merged into each language's by Payload.
 */
type OwnTexts = I18nOptions['translations']
const ownTexts = (code: LocaleCode) => ({
  jolHints: plainLanguageHintsTexts[code],
  jolValidation: validationTexts[code],
  jolServices: servicesTexts[code],
  jolPreview: previewTexts[code],
  ...(code in lexicalTexts ? { lexical: lexicalTexts[code as keyof typeof lexicalTexts] } : {}),
})

/**
 * The admin's i18n settings. Payload types `supportedLanguages` by its own language list; languages it
 * does not ship work all the same (a user picks one on their account page and Payload keeps it in the
 * `payload-lng` cookie), only Accept-Language never selects them.
 */
export const adminI18n = {
  supportedLanguages: adminLanguages as I18nOptions['supportedLanguages'],
  fallbackLanguage: 'en',
  translations: Object.fromEntries(localeCodes.map((code) => [code, ownTexts(code)])) as OwnTexts,
} satisfies I18nOptions
