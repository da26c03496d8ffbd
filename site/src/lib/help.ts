import {
  citiesOf,
  cityOf,
  dialable,
  freshnessOf,
  getLocale,
  localeCodes,
  serviceCountrySchema,
  serviceKindSchema,
  verificationDays,
  type City,
  type Freshness,
  type LocaleCode,
  type Service,
  type ServiceCountry,
  type ServiceKind,
  type Snapshot,
} from '@jol/content-schemas'

import { resolveAny, type Resolved } from './fallback'

/**
 * The help directory on the site: /{locale}/help/ → country → city, services grouped by kind. Freshness
 * is judged at the snapshot's time (so the same snapshot gives the same pages): a stale service carries
 * a notice, an expired one is left out (the exporter already leaves those out; a snapshot built later
 * from an old export must not show them either).
 */

export const helpPath = (locale: LocaleCode) => `/${locale}/help/`
export const helpCountryPath = (locale: LocaleCode, country: ServiceCountry) =>
  `/${locale}/help/${country.toLowerCase()}/`
export const helpCityPath = (locale: LocaleCode, city: City) =>
  `/${locale}/help/${city.country.toLowerCase()}/${city.id}/`
export const helpCityPdfPath = (locale: LocaleCode, city: City) =>
  `/${locale}/help/${city.country.toLowerCase()}/${city.id}.pdf`
export const helpCsvPath = (locale: LocaleCode, country: ServiceCountry) =>
  `/${locale}/help/${country.toLowerCase()}/directory.csv`
export const helpVcardPath = (locale: LocaleCode, country: ServiceCountry) =>
  `/${locale}/help/${country.toLowerCase()}/directory.vcf`
/** A service's own place on its city's page (share links point here). */
export const servicePath = (locale: LocaleCode, service: Service) => {
  const city = cityOf(service.city)!
  return `${helpCityPath(locale, city)}#${service.slug}`
}

/** Every help country in every reader's language, with the params of its pages (`/{locale}/help/{country}/…`). */
export const everyLocaleCountry = () =>
  localeCodes.flatMap((locale) =>
    serviceCountrySchema.options.map((country) => ({
      locale,
      country,
      params: { locale, country: country.toLowerCase() },
    })),
  )

export const countryOfParam = (value: string | undefined): ServiceCountry => {
  const country = serviceCountrySchema.options.find((c) => c.toLowerCase() === value)
  if (!country) throw new Error(`Unknown country in URL: ${value}`)
  return country
}

export interface ListedService {
  service: Service
  freshness: Exclude<Freshness, 'expired'>
  text: Resolved<Service['translations'][LocaleCode] & object>
}

/** The services the site shows, with their freshness at the snapshot's time. */
export function servicesOnSite(
  snapshot: Pick<Snapshot, 'services' | 'globals' | 'manifest'>,
): Omit<ListedService, 'text'>[] {
  const period = verificationDays(snapshot.globals.siteSettings.servicesVerificationDays)
  const at = new Date(snapshot.manifest.generatedAt)
  return snapshot.services.flatMap((service) => {
    const freshness = freshnessOf(service.verifiedAt, period, at)
    return freshness === 'expired' ? [] : [{ service, freshness }]
  })
}

const byName = (locale: LocaleCode) => (a: ListedService, b: ListedService) =>
  a.text.value.organisation.localeCompare(b.text.value.organisation, getLocale(locale).tag) ||
  a.service.slug.localeCompare(b.service.slug)

/** One city's services in the reader's language (with visible fallback), grouped by kind in vocabulary order. */
export function cityDirectory(
  snapshot: Pick<Snapshot, 'services' | 'globals' | 'manifest'>,
  city: City,
  locale: LocaleCode,
) {
  const listed = servicesOnSite(snapshot)
    .filter(({ service }) => service.city === city.id)
    .map((item) => ({ ...item, text: resolveAny(item.service.translations, locale) }) as ListedService)
  const groups: { kind: ServiceKind; services: ListedService[] }[] = []
  for (const kind of serviceKindSchema.options) {
    const services = listed.filter(({ service }) => service.kind === kind).sort(byName(locale))
    if (services.length > 0) groups.push({ kind, services })
  }
  return groups
}

/** Cities of a country with how many services the site shows in each (only cities that have some). */
export function countryDirectory(
  snapshot: Pick<Snapshot, 'services' | 'globals' | 'manifest'>,
  country: ServiceCountry,
) {
  const shown = servicesOnSite(snapshot)
  return citiesOf(country)
    .map((city) => ({ city, count: shown.filter(({ service }) => service.city === city.id).length }))
    .filter(({ count }) => count > 0)
}

/** Countries with at least one service shown. */
export function countriesWithServices(
  snapshot: Pick<Snapshot, 'services' | 'globals' | 'manifest'>,
): ServiceCountry[] {
  const shown = servicesOnSite(snapshot)
  return serviceCountrySchema.options.filter((country) =>
    shown.some(({ service }) => service.country === country),
  )
}

/** Links that open the phone's own apps: dialler, messengers, mail, map (a `geo:` URI, no map tiles). */
export function serviceLinks(service: Service) {
  const digits = (phone: string) => dialable(phone).slice(1)
  return {
    phones: service.phones.map((number) => ({ number, href: `tel:${dialable(number)}` })),
    whatsapp: service.whatsapp ? `https://wa.me/${digits(service.whatsapp)}` : undefined,
    telegram: service.telegram ? `https://t.me/${service.telegram.trim().replace(/^@/, '')}` : undefined,
    signal: service.signal ? `https://signal.me/#p/${dialable(service.signal)}` : undefined,
    email: service.email ? `mailto:${service.email}` : undefined,
    website: service.website,
    geo: service.coordinates ? `geo:${service.coordinates.lat},${service.coordinates.lng}` : undefined,
  }
}

/** Languages a service speaks, each in its own name (a reader recognises their language written in it). */
const endonyms: Record<Service['languages'][number], string> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
  uz: 'Oʻzbekcha',
  tk: 'Türkmençe',
  tr: 'Türkçe',
}
export const languageNames = (service: Service): string =>
  service.languages.map((code) => endonyms[code]).join(', ')

const csvCell = (value: string | undefined) => {
  const text = value ?? ''
  // A cell starting with = + - @ would run as a formula in a spreadsheet: quote it with a leading '.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^\+[0-9]/.test(text) ? `'${text}` : text
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A country's directory as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Cyrillic), in the reader's language. */
export function directoryCsv(
  snapshot: Pick<Snapshot, 'services' | 'globals' | 'manifest'>,
  country: ServiceCountry,
  locale: LocaleCode,
): string {
  const header = [
    'organisation',
    'service',
    'kind',
    'city',
    'address',
    'phones',
    'whatsapp',
    'telegram',
    'signal',
    'email',
    'website',
    'hours',
    'languages',
    'cost',
    'serves',
    'latitude',
    'longitude',
    'last_checked',
    'checked_how',
    'may_be_out_of_date',
    'demo',
  ]
  const rows = servicesOnSite(snapshot)
    .filter(({ service }) => service.country === country)
    .map(({ service, freshness }) => {
      const text = resolveAny(service.translations, locale).value
      return [
        text.organisation,
        text.name,
        service.kind,
        cityOf(service.city)!.names[locale],
        text.address,
        service.phones.join(' / '),
        service.whatsapp,
        service.telegram,
        service.signal,
        service.email,
        service.website,
        text.hours,
        service.languages.join(' '),
        text.cost,
        text.serves,
        service.coordinates?.lat.toString(),
        service.coordinates?.lng.toString(),
        service.verifiedAt.slice(0, 10),
        service.verifiedHow,
        freshness === 'stale' ? 'yes' : 'no',
        service.demo ? 'yes' : 'no',
      ]
    })
    .sort((a, b) => `${a[3]}${a[0]}`.localeCompare(`${b[3]}${b[0]}`))
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** vCard 3.0 text: backslash, comma, semicolon and newline escaped. */
const vcardText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n')

/** A country's directory as vCards (one per service), to import into a phone's contacts. */
export function directoryVcard(
  snapshot: Pick<Snapshot, 'services' | 'globals' | 'manifest'>,
  country: ServiceCountry,
  locale: LocaleCode,
): string {
  const cards = servicesOnSite(snapshot)
    .filter(({ service }) => service.country === country)
    .map(({ service }) => {
      const text = resolveAny(service.translations, locale).value
      const city = cityOf(service.city)!.names[locale]
      const lines = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${vcardText(`${text.name} (${text.organisation})`)}`,
        `ORG:${vcardText(text.organisation)}`,
        ...service.phones.map((number) => `TEL;TYPE=WORK,VOICE:${dialable(number)}`),
        ...(service.email ? [`EMAIL;TYPE=INTERNET:${service.email}`] : []),
        ...(service.website ? [`URL:${service.website}`] : []),
        `ADR;TYPE=WORK:;;${vcardText(text.address ?? '')};${vcardText(city)};;;${service.country}`,
        ...(service.coordinates ? [`GEO:${service.coordinates.lat};${service.coordinates.lng}`] : []),
        `NOTE:${vcardText([text.hours, service.demo ? 'DEMO: made-up number' : undefined, `checked ${service.verifiedAt.slice(0, 10)}`].filter(Boolean).join(' · '))}`,
        `UID:jol-service-${service.slug}`,
        'END:VCARD',
      ]
      return lines.join('\r\n')
    })
  return cards.length === 0 ? '' : `${cards.join('\r\n')}\r\n`
}
