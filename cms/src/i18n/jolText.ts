import { localeCodes, getLocale, type LocaleCode } from '@jol/content-schemas'

// Types only: client components import this module without bundling every language's tables.
import type { JolTexts } from './index'

type Vars = Record<string, string | number>
/** A namespace's words in one admin language: `text('heading', { name })`. */
export type JolText<Namespace extends keyof JolTexts> = (
  key: keyof JolTexts[Namespace] & string,
  vars?: Vars,
) => string

/** What Payload hands admin components and endpoints: `i18n` (client or server) or `req.i18n`. */
interface Translating {
  t: unknown
}

/**
 * Jol's words of one namespace in the admin language of `i18n` (the user's, from the `payload-lng`
 * cookie), typed by the namespace's English table. Numbers in `vars` are written as that language
 * writes them.
 */
export function jolText<Namespace extends keyof JolTexts>(
  i18n: Translating & { language?: string },
  namespace: Namespace,
): JolText<Namespace> {
  const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
  const numbers = new Intl.NumberFormat(intlTagOf(i18n.language))
  return (key, vars) =>
    t(
      `${namespace}:${key}`,
      vars &&
        Object.fromEntries(
          Object.entries(vars).map(([name, value]) => [
            name,
            typeof value === 'number' ? numbers.format(value) : value,
          ]),
        ),
    )
}

/** The BCP-47 tag Intl needs for an admin language (`uz` is `uz-Latn`); English for anything else. */
export function intlTagOf(language: string | undefined): string {
  return (localeCodes as readonly string[]).includes(language ?? '')
    ? getLocale(language as LocaleCode).tag
    : 'en'
}

/** A moment as the admin language writes it, in UTC (the zone the admin's schedules are kept in). */
export function formatMoment(language: string | undefined, iso: string | null | undefined): string {
  if (!iso) return '—'
  return `${new Intl.DateTimeFormat(intlTagOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso))} UTC`
}

/** A day (`YYYY-MM-DD…`) as the admin language writes it. */
export function formatDay(language: string | undefined, iso: string | null | undefined): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(intlTagOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00.000Z`),
  )
}
