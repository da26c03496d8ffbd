import {
  cities,
  cityOf,
  freshnessBoundaries,
  freshnessOf,
  localeCodes,
  serviceCountrySchema,
  serviceKindSchema,
  snapshotProblems,
  verificationDays,
  type Service,
} from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

import { buildFixtureSnapshot } from '../fixtures/snapshot'

/** The help directory's shared contract: the freshness rule, the places, the snapshot schema. */

const now = new Date('2026-06-01T12:00:00Z')
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()

describe('freshness of a verification', () => {
  it('is fresh within the period, stale past it, expired past twice the period', () => {
    expect(freshnessOf(daysAgo(0), 90, now)).toBe('fresh')
    expect(freshnessOf(daysAgo(90), 90, now)).toBe('fresh')
    expect(freshnessOf(daysAgo(91), 90, now)).toBe('stale')
    expect(freshnessOf(daysAgo(180), 90, now)).toBe('stale')
    expect(freshnessOf(daysAgo(181), 90, now)).toBe('expired')
  })

  it('follows the period the site settings give', () => {
    expect(freshnessOf(daysAgo(20), 30, now)).toBe('fresh')
    expect(freshnessOf(daysAgo(40), 30, now)).toBe('stale')
    expect(freshnessOf(daysAgo(61), 30, now)).toBe('expired')
  })

  it('counts a service never verified, or with an unreadable date, as expired', () => {
    expect(freshnessOf(undefined, 90, now)).toBe('expired')
    expect(freshnessOf(null, 90, now)).toBe('expired')
    expect(freshnessOf('', 90, now)).toBe('expired')
    expect(freshnessOf('last tuesday', 90, now)).toBe('expired')
  })

  it('takes 90 days when the period is unset or unusable', () => {
    expect(verificationDays(undefined)).toBe(90)
    expect(verificationDays(null)).toBe(90)
    expect(verificationDays(0)).toBe(90)
    expect(verificationDays(-5)).toBe(90)
    expect(verificationDays(2.5)).toBe(90)
    expect(verificationDays(30)).toBe(30)
    expect(freshnessOf(daysAgo(100), Number.NaN, now)).toBe('stale')
  })

  it('gives the same boundaries the rule uses, for database queries', () => {
    const { staleBefore, expiredBefore } = freshnessBoundaries(90, now)
    const justBefore = (d: Date) => new Date(d.getTime() - 1).toISOString()
    const justAfter = (d: Date) => new Date(d.getTime() + 1).toISOString()
    expect(freshnessOf(justAfter(staleBefore), 90, now)).toBe('fresh')
    expect(freshnessOf(justBefore(staleBefore), 90, now)).toBe('stale')
    expect(freshnessOf(justAfter(expiredBefore), 90, now)).toBe('stale')
    expect(freshnessOf(justBefore(expiredBefore), 90, now)).toBe('expired')
  })
})

describe('places and kinds', () => {
  it('lists cities in each of the five countries, each named in all six languages', () => {
    for (const country of serviceCountrySchema.options)
      expect(cities.some((c) => c.country === country)).toBe(true)
    for (const city of cities) for (const code of localeCodes) expect(city.names[code].trim()).not.toBe('')
    expect(new Set(cities.map((c) => c.id)).size).toBe(cities.length)
    for (const id of ['almaty', 'astana', 'shymkent']) expect(cityOf(id)?.country).toBe('KZ')
  })

  it('has the eight kinds of service the issue names', () => {
    expect(serviceKindSchema.options).toEqual([
      'resource-centre',
      'hotline',
      'legal-aid',
      'shelter',
      'health',
      'education',
      'consulate',
      'labour-inspection',
    ])
  })
})

describe('services in the snapshot', () => {
  const base = async () => {
    const input = await buildFixtureSnapshot()
    return { ...input, services: input.services.map((s) => structuredClone(s)) }
  }

  it('accepts the fixture directory', async () => {
    expect(snapshotProblems(await base())).toEqual([])
  })

  it('names the service, the locale and the field of what is wrong', async () => {
    const input = await base()
    const [first, second] = input.services as [Service, Service]
    first.phones = ['call us']
    first.city = 'bishkek'
    ;(first.translations.ru as { name: string }).name = ' '
    second.website = 'http://insecure.example' as Service['website']
    second.slug = first.slug
    const problems = snapshotProblems(input)
    expect(problems).toContain(
      'services/almaty-legal-aid/*/phones.0: must be a phone number in international form, e.g. +7 700 000 0012',
    )
    expect(problems).toContain('services/almaty-legal-aid/*/city: Bishkek is not in KZ')
    expect(problems).toContain('services/almaty-legal-aid/ru/name: must not be empty')
    expect(problems).toContain('services/almaty-legal-aid/*/website: must be an https:// address')
    expect(problems).toContain('services/almaty-legal-aid/*/slug: is used by two services')
  })

  it('reads a snapshot written before the directory existed as an empty directory', async () => {
    const input = (await base()) as Partial<Awaited<ReturnType<typeof base>>>
    delete input.services
    expect(snapshotProblems(input)).toEqual([])
    expect(snapshotProblems({ ...input, services: 'none' as never })).toContain(
      'services/(all)/*/(file): must be a list of entries',
    )
  })
})
