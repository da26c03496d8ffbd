import {
  describeIssues,
  freshnessOf,
  isLocaleCode,
  serviceSchema,
  verificationDays,
  type LocaleCode,
  type Service,
} from '@jol/content-schemas'

import type { CmsDoc } from './contentReader'
import { compact, isText, iso, list, optional, required, rows, type Doc } from './kinds/convert'
import { sharedOf, type PerLocale } from './media'

/** What a leaflet's contact or the hotline shows of the service it points at. */
export interface ServiceContact {
  phone?: string
  hours?: string
  url?: string
}

export interface ConvertedServices {
  services: Service[]
  /** By CMS id, the services on the site, per locale as written (for contacts pointing at them). */
  contactOf: (cmsId: string, locale: LocaleCode) => ServiceContact | undefined
  leftOut: string[]
}

const group = (value: unknown): Doc => (typeof value === 'object' && value !== null ? (value as Doc) : {})

/** One service, read in every locale, as the snapshot's contract (unchecked). */
function convertService(docs: PerLocale): Record<string, unknown> {
  const shared = sharedOf(docs)
  const translations: Service['translations'] = {}
  for (const [locale, doc] of docs) {
    // A language is written when its name is (read with fallback off, the others are empty).
    if (!isText(doc.name)) continue
    translations[locale] = compact({
      organisation: required(doc.organisation),
      name: required(doc.name),
      address: optional(doc.address),
      directions: optional(doc.directions),
      hours: optional(doc.hours),
      cost: optional(doc.cost),
      serves: optional(doc.serves),
      phoneLabels: rows(doc.phones).some((row) => isText(row.label))
        ? rows(doc.phones).map((row) => optional(row.label) ?? '')
        : undefined,
    })
  }
  const coordinates = group(shared.coordinates)
  const verification = group(shared.verification)
  return compact({
    slug: required(shared.slug) || `#${String(shared.id)}`,
    updatedAt: iso(shared.updatedAt),
    kind: shared.kind,
    country: shared.country,
    city: shared.city,
    coordinates:
      typeof coordinates.lat === 'number' && typeof coordinates.lng === 'number'
        ? { lat: coordinates.lat, lng: coordinates.lng }
        : undefined,
    phones: rows(shared.phones).map((row) => required(row.number)),
    whatsapp: optional(shared.whatsapp),
    telegram: optional(shared.telegram),
    signal: optional(shared.signal),
    email: optional(shared.email),
    website: optional(shared.website),
    languages: list<string>(shared.languages),
    verifiedAt: iso(verification.verifiedAt),
    verifiedHow: verification.verifiedHow,
    demo: shared.demo === true,
    translations,
  })
}

/**
 * The help directory's services for the snapshot: only those verified within twice the period (site
 * settings, default 90 days); a service never verified or verified too long ago is left out, and so
 * is one that breaks the contract (one language, or the whole service), each named with the reason.
 */
export function convertServices(
  byId: ReadonlyMap<string, PerLocale>,
  periodDays: unknown,
  now: Date,
): ConvertedServices {
  const period = verificationDays(periodDays)
  const services: Service[] = []
  const leftOut: string[] = []
  /** Kept services by CMS id, and the slugs they took. */
  const kept = new Map<string, Service>()
  const slugs = new Set<string>()
  for (const [cmsId, docs] of byId) {
    const entry = convertService(docs)
    const slug = String(entry.slug)
    const verifiedAt = typeof entry.verifiedAt === 'string' ? entry.verifiedAt : undefined
    if (freshnessOf(verifiedAt || undefined, period, now) === 'expired') {
      leftOut.push(
        `services/${slug}/*/verification.verifiedAt: ${verifiedAt ? `last verified ${verifiedAt.slice(0, 10)}` : 'never verified'}, more than ${period * 2} days ago; left off the site until verified again`,
      )
      continue
    }
    const translations = entry.translations as Record<string, unknown>
    let parsed = serviceSchema.safeParse(entry, { reportInput: true })
    if (!parsed.success) {
      // A problem in one language leaves that language out; anything else, the service.
      const lines = describeIssues('services', slug, parsed.error.issues)
      const badLocales = new Set(
        parsed.error.issues.map((issue) =>
          issue.path[0] === 'translations' && isLocaleCode(String(issue.path[1]))
            ? String(issue.path[1])
            : '*',
        ),
      )
      if (!badLocales.has('*')) {
        for (const locale of badLocales) delete translations[locale]
        parsed = serviceSchema.safeParse(entry, { reportInput: true })
      }
      const whole = !parsed.success
      leftOut.push(...lines.map((line) => `${line} (${whole ? 'the service' : 'this language'} is left out)`))
      if (!parsed.success) continue
    }
    if (slugs.has(slug)) {
      leftOut.push(`services/${slug}/*/slug: is used by two services (the service is left out)`)
      continue
    }
    services.push(parsed.data)
    slugs.add(slug)
    kept.set(cmsId, parsed.data)
  }
  services.sort((a, b) => a.slug.localeCompare(b.slug))
  return {
    services,
    leftOut,
    contactOf(cmsId, locale) {
      const service = kept.get(cmsId)
      if (!service) return undefined
      const written = service.translations[locale]
      return compact({
        phone: service.phones[0],
        hours: written?.hours,
        url: service.website,
      })
    },
  }
}

/** The CMS id a relationship field holds at depth 0 (or a populated document's id). */
export const relatedId = (value: unknown): string | undefined => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && value !== null && 'id' in value) return String((value as CmsDoc).id)
  return undefined
}
