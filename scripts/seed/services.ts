import { cityOf, localeCodes } from '@jol/content-schemas'
import type { Payload } from 'payload'

import type { SeedService } from './content/services'

const DAY_MS = 86_400_000

/**
 * Loads the demo services of the help directory (idempotent: found again by slug). Each is written in
 * English, then in the other five languages; its verification is set `verifiedDaysAgo` before `now`.
 */
export async function seedServices(
  payload: Payload,
  services: readonly SeedService[],
  now = new Date(),
): Promise<number> {
  for (const service of services) {
    const city = cityOf(service.city)
    if (!city)
      throw new Error(
        `Demo service "${service.slug}" is in "${service.city}", which is not a city of the directory.`,
      )
    const shared = {
      slug: service.slug,
      kind: service.kind,
      country: city.country,
      city: city.id,
      phones: service.phones.map((number) => ({ number })),
      whatsapp: service.whatsapp ?? null,
      telegram: service.telegram ?? null,
      email: service.email ?? null,
      website: service.website ?? null,
      coordinates: service.coordinates ?? { lat: null, lng: null },
      languages: service.languages,
      demo: true,
      verification:
        service.verifiedDaysAgo === undefined
          ? { verifiedAt: null, verifiedHow: null, verifiedBy: null }
          : {
              verifiedAt: new Date(now.getTime() - service.verifiedDaysAgo * DAY_MS).toISOString(),
              verifiedHow: service.verifiedHow,
              verifiedBy: 'demo seed',
            },
    }
    const text = (locale: (typeof localeCodes)[number]) => ({
      organisation: service.organisation[locale],
      name: service.name[locale],
      hours: service.hours[locale],
      cost: service.cost[locale],
    })
    const found = await payload.find({
      collection: 'services',
      where: { slug: { equals: service.slug } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
    const existing = found.docs[0]
    const doc = existing
      ? await payload.update({
          collection: 'services',
          id: existing.id,
          locale: 'en',
          depth: 0,
          data: { ...shared, ...text('en') } as never,
        })
      : await payload.create({
          collection: 'services',
          locale: 'en',
          depth: 0,
          data: { ...shared, ...text('en') } as never,
        })
    for (const locale of localeCodes) {
      if (locale === 'en') continue
      // The phone rows are shared by every language (no localized text in them here): only text changes.
      await payload.update({
        collection: 'services',
        id: doc.id,
        locale,
        depth: 0,
        data: text(locale) as never,
      })
    }
  }
  return services.length
}
