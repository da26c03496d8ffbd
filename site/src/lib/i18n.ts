import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import i18next, { type TFunction } from 'i18next'
import siteConfig from 'virtual:jol/site-config'

import { uiStrings } from '../translations'
import type { UIStrings } from '../translations/schema'
import { tagOf } from './locale'
import { rememberedStrings } from './remembered-strings'

/**
 * UI strings through i18next (plurals from Intl.PluralRules) and dates through Intl.DateTimeFormat
 * with the locale's BCP-47 tag. Astro escapes every string it outputs, so i18next does not.
 */

const instance = i18next.createInstance()
void instance.init({
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: uiStrings[code] }])),
  lng: 'en',
  supportedLngs: [...localeCodes],
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

type PluralBase<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : never
export type UIKey = keyof UIStrings | PluralBase<keyof UIStrings>
export type Translate = (key: UIKey, values?: Record<string, string | number>) => string

/**
 * A key no UI-strings file has stops the build, naming it: i18next would show the key itself
 * (`nav.campaigns`) to readers. Keys built from variables in templates escape the type check.
 */
export class MissingUIStringError extends Error {}

/**
 * Keys already found: every translations file has the same keys and plural forms (its schema says so),
 * so a key is looked up once per build, not on every string of every page.
 */
const knownKeys = new Set<string>()

const translators = new Map<LocaleCode, Translate>()

export function useTranslations(locale: LocaleCode): Translate {
  let translate = translators.get(locale)
  if (!translate) {
    const t: TFunction = instance.getFixedT(locale)
    translate = rememberedStrings((key, values) => {
      if (!knownKeys.has(key)) {
        if (!instance.exists(key as string, { lng: locale, ...values }))
          throw new MissingUIStringError(
            `the UI string "${key}" is in no translations file (site/src/translations/)`,
          )
        knownKeys.add(key)
      }
      return t(key as string, values ?? {}) as string
    })
    translators.set(locale, translate)
  }
  return translate
}

/**
 * A translated sentence split around some of its values, so each value can carry its own `lang`
 * (a language name written in that language inside a sentence in the reader's language).
 */
export type Part = { text: string; lang?: string }
export function translateParts(t: Translate, key: UIKey, values: Record<string, Part>): Part[] {
  const names = Object.keys(values)
  const marked = t(key, Object.fromEntries(names.map((name, i) => [name, `\u0001${i}\u0001`])))
  return marked
    .split(/\u0001(\d+)\u0001/)
    .map((piece, index): Part => (index % 2 === 1 ? values[names[Number(piece)]!]! : { text: piece }))
    .filter((part) => part.text !== '')
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
/**
 * Dates already formatted: an entry's date is shown on its page and on every list and topic page
 * that lists it, in every language, and formatting is the costly part (some 0.2 s of a 1,000-entry build).
 */
const formatted = new Map<string, string>()
/** "8 марта 2025 г.", "2025 ж. 8 наурыз", "8-mart, 2025": a calendar date in the site's time zone. */
export function formatDate(iso: string, locale: LocaleCode, withTime = false): string {
  const key = `${locale}:${withTime}`
  const done = formatted.get(`${key}:${iso}`)
  if (done !== undefined) return done
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(tagOf(locale), {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: siteConfig.timeZone,
    })
    dateFormats.set(key, format)
  }
  const text = format.format(new Date(iso))
  formatted.set(`${key}:${iso}`, text)
  return text
}

let isoDateFormat: Intl.DateTimeFormat | undefined
const isoDates = new Map<string, string>()
/** The calendar date for `<time datetime>`, in the same zone as the formatted one. */
export function isoDateOf(iso: string): string {
  const done = isoDates.get(iso)
  if (done !== undefined) return done
  // Building an Intl formatter costs far more than using one: one for the whole build.
  isoDateFormat ??= new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: siteConfig.timeZone,
  })
  const date = isoDateFormat.format(new Date(iso))
  isoDates.set(iso, date)
  return date
}
