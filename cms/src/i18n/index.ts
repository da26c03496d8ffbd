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
import { coverageTexts } from './coverageTexts'
import { dashboardTexts } from './dashboardTexts'
import { previewTexts } from './previewTexts'
import { publishingTexts } from './publishingTexts'
import { refusalTexts } from './refusalTexts'
import { servicesTexts } from './servicesTexts'
import { translationTexts } from './translationTexts'
import { validationTexts } from './validationTexts'
import { workbenchTexts } from './workbenchTexts'

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
 * Jol's own admin words, one typed table per namespace and admin language (a namespace's English
 * interface makes every language carry every key). Registered below as Payload custom translations,
 * so any admin component or endpoint reads them in the user's admin language: `jolText(i18n, 'jolWorkbench')`
 * (i18n/jolText.ts) or `t('jolHints:title')`.
 */
export const jolTextTables = {
  jolHints: plainLanguageHintsTexts,
  jolValidation: validationTexts,
  jolServices: servicesTexts,
  jolWorkbench: workbenchTexts,
  jolTranslations: translationTexts,
  jolPublishing: publishingTexts,
  jolCoverage: coverageTexts,
  jolDashboard: dashboardTexts,
  jolRefusals: refusalTexts,
  jolPreview: previewTexts,
}
/** Each namespace's keys, as its English table has them. */
export type JolTexts = { [Namespace in keyof typeof jolTextTables]: (typeof jolTextTables)[Namespace]['en'] }

/** A language's own words, and, for the languages Payload does not ship, the rich-text editor's. */
type OwnTexts = I18nOptions['translations']
const ownTexts = (code: LocaleCode) => ({
  ...Object.fromEntries(Object.entries(jolTextTables).map(([namespace, table]) => [namespace, table[code]])),
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
