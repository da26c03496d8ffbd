import { cities, serviceCountrySchema, type Country, type LocaleCode } from '@jol/content-schemas'

import type { LabelTable } from '.'

/**
 * Words a table takes from a vocabulary rather than writing them out: `{ '<field>.options.<value>': word }`
 * for the values of `words`, and the help directory's countries and cities (content-schemas names
 * the cities in every language, so the tables never copy them).
 */
export const optionWords = (field: string, words: Readonly<Record<string, string>>): LabelTable =>
  Object.fromEntries(Object.entries(words).map(([value, word]) => [`${field}.options.${value}`, word]))

/** The help directory's countries (`fields.country.options.KZ`), named as the campaigns' countries are. */
export const serviceCountryWords = (countries: Readonly<Record<Country, string>>): LabelTable =>
  optionWords(
    'fields.country',
    Object.fromEntries(serviceCountrySchema.options.map((country) => [country, countries[country]])),
  )

/** The help directory's cities in `code`, with their country: `Алматы (Қазақстан)`. */
export const cityWords = (code: LocaleCode, countries: Readonly<Record<Country, string>>): LabelTable =>
  optionWords(
    'fields.city',
    Object.fromEntries(cities.map((city) => [city.id, `${city.names[code]} (${countries[city.country]})`])),
  )
