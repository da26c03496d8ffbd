import { z } from 'zod'

import type { LocaleCode } from '../locales'

/**
 * The help directory's vocabularies, shared by the CMS (select options), the exporter and the site
 * (grouping, labels, URLs). Values are stable identifiers; the site's labels are in its translations.
 */

/** What kind of help a service gives, in the order the site lists them. */
export const serviceKindSchema = z.enum([
  'resource-centre',
  'hotline',
  'legal-aid',
  'shelter',
  'health',
  'education',
  'consulate',
  'labour-inspection',
])
export type ServiceKind = z.infer<typeof serviceKindSchema>

/** How a service was last verified: someone called it, visited it, or the organisation confirmed it. */
export const verificationMethodSchema = z.enum(['phone', 'visit', 'organisation'])
export type VerificationMethod = z.infer<typeof verificationMethodSchema>

/** Countries the directory covers (ISO 3166-1 alpha-2). */
export const serviceCountrySchema = z.enum(['KZ', 'KG', 'TJ', 'UZ', 'RU'])
export type ServiceCountry = z.infer<typeof serviceCountrySchema>

export interface City {
  /** Stable ASCII identifier, also the URL segment: `/{locale}/help/{country}/{city}/`. */
  id: string
  country: ServiceCountry
  names: Record<LocaleCode, string>
}

const city = (
  id: string,
  country: ServiceCountry,
  en: string,
  ru: string,
  kk: string,
  ky: string,
  tg: string,
  uz: string,
): City => ({
  id,
  country,
  names: { en, ru, kk, ky, tg, uz },
})

/** The cities services can be in, by country (Uzbek in Latin script, oʻ and gʻ with U+02BB). */
export const cities: readonly City[] = [
  city('almaty', 'KZ', 'Almaty', 'Алматы', 'Алматы', 'Алматы', 'Алмаато', 'Olmaota'),
  city('astana', 'KZ', 'Astana', 'Астана', 'Астана', 'Астана', 'Остона', 'Ostona'),
  city('shymkent', 'KZ', 'Shymkent', 'Шымкент', 'Шымкент', 'Шымкент', 'Шимкент', 'Chimkent'),
  city('karaganda', 'KZ', 'Karaganda', 'Караганда', 'Қарағанды', 'Караганды', 'Қарағанда', 'Qaragʻandi'),
  city('aktau', 'KZ', 'Aktau', 'Актау', 'Ақтау', 'Актоо', 'Актау', 'Oqtov'),
  city('bishkek', 'KG', 'Bishkek', 'Бишкек', 'Бішкек', 'Бишкек', 'Бишкек', 'Bishkek'),
  city('osh', 'KG', 'Osh', 'Ош', 'Ош', 'Ош', 'Ӯш', 'Oʻsh'),
  city('dushanbe', 'TJ', 'Dushanbe', 'Душанбе', 'Душанбе', 'Душанбе', 'Душанбе', 'Dushanbe'),
  city('khujand', 'TJ', 'Khujand', 'Худжанд', 'Хұжанд', 'Кожент', 'Хуҷанд', 'Xoʻjand'),
  city('tashkent', 'UZ', 'Tashkent', 'Ташкент', 'Ташкент', 'Ташкент', 'Тошканд', 'Toshkent'),
  city('samarkand', 'UZ', 'Samarkand', 'Самарканд', 'Самарқанд', 'Самарканд', 'Самарқанд', 'Samarqand'),
  city('moscow', 'RU', 'Moscow', 'Москва', 'Мәскеу', 'Москва', 'Маскав', 'Moskva'),
  city(
    'saint-petersburg',
    'RU',
    'Saint Petersburg',
    'Санкт-Петербург',
    'Санкт-Петербург',
    'Санкт-Петербург',
    'Санкт-Петербург',
    'Sankt-Peterburg',
  ),
  city(
    'yekaterinburg',
    'RU',
    'Yekaterinburg',
    'Екатеринбург',
    'Екатеринбург',
    'Екатеринбург',
    'Екатеринбург',
    'Yekaterinburg',
  ),
]

export const cityIds = cities.map((c) => c.id) as [string, ...string[]]
export const cityIdSchema = z.enum(cityIds)

export const cityOf = (id: string): City | undefined => cities.find((c) => c.id === id)
export const citiesOf = (country: ServiceCountry): City[] => cities.filter((c) => c.country === country)

/** Languages a service speaks (more than the site's six: staff may speak Turkmen or Turkish), ISO 639-1. */
export const spokenLanguageSchema = z.enum(['en', 'ru', 'kk', 'ky', 'tg', 'uz', 'tk', 'tr'])
export type SpokenLanguage = z.infer<typeof spokenLanguageSchema>

/** English labels, for the CMS admin and downloads meant for partners (CSV, vCard). */
export const serviceLabels = {
  kind: {
    'resource-centre': 'Migrant resource centre',
    hotline: 'Hotline',
    'legal-aid': 'Legal aid',
    shelter: 'Shelter',
    health: 'Health',
    education: 'Education',
    consulate: 'Consulate',
    'labour-inspection': 'Labour inspection',
  },
  method: { phone: 'by phone', visit: 'by a visit', organisation: 'confirmed by the organisation' },
  language: {
    en: 'English',
    ru: 'Russian',
    kk: 'Kazakh',
    ky: 'Kyrgyz',
    tg: 'Tajik',
    uz: 'Uzbek',
    tk: 'Turkmen',
    tr: 'Turkish',
  },
} as const satisfies {
  kind: Record<ServiceKind, string>
  method: Record<VerificationMethod, string>
  language: Record<SpokenLanguage, string>
}
