import {
  isLocaleCode,
  reachSourceOf,
  sectionCollections,
  slugSchema,
  sourceParam,
  type EntryCollection,
  type LocaleCode,
  type ReachKind,
  type ReachSource,
} from '@jol/content-schemas'

/**
 * What a request fetched, read from its path (the site's URL layout: `/{locale}/{section}/{slug}/`
 * and the documents beside it), and where the reader came from (`?src=`). Anything else (home,
 * indexes, images, search) is not counted.
 */

export interface ReachTarget {
  entryCollection: EntryCollection
  /** Empty for a section's feed. */
  slug: string
  locale: LocaleCode
  kind: ReachKind
  source: ReachSource
}

const isSection = (value: string): value is keyof typeof sectionCollections =>
  Object.hasOwn(sectionCollections, value)
const isSlug = (value: string) => slugSchema.safeParse(value).success && !/^[0-9]+$/.test(value)

function sourceOf(query: string): ReachSource {
  if (!query) return 'direct'
  return reachSourceOf(new URLSearchParams(query).get(sourceParam))
}

function readTarget(target: string): ReachTarget | undefined {
  const queryAt = target.indexOf('?')
  const path = queryAt < 0 ? target : target.slice(0, queryAt)
  const parts = path.split('/')
  // ['', locale, section, slug-or-file, (file)]
  if (parts.length < 4 || parts.length > 5 || parts[0] !== '') return undefined
  const [, locale = '', section = '', third = '', fourth] = parts
  if (!isLocaleCode(locale) || !isSection(section)) return undefined
  const entryCollection = sectionCollections[section]
  const at = (slug: string, kind: ReachKind): ReachTarget | undefined =>
    slug === '' || isSlug(slug)
      ? {
          entryCollection,
          slug,
          locale,
          kind,
          source: sourceOf(queryAt < 0 ? '' : target.slice(queryAt + 1)),
        }
      : undefined
  if (fourth === undefined) {
    if (third === 'rss.xml' && (section === 'press' || section === 'blog')) return at('', 'feed')
    if (section === 'leaflets' && third.endsWith('.pdf')) return at(third.slice(0, -4), 'leaflet-pdf')
    return undefined
  }
  if (!isSlug(third)) return undefined
  if (fourth === '' || fourth === 'index.html') return at(third, 'page')
  if (fourth === 'press-kit.zip' && section === 'press') return at(third, 'press-kit')
  if (fourth === 'email.htm' && section === 'newsletters') return at(third, 'newsletter-email')
  return undefined
}

/**
 * A log asks for the same few hundred targets again and again: each is read once. Bounded, so a
 * log full of made-up paths cannot grow it; it holds paths and queries, never who asked.
 */
const known = new Map<string, ReachTarget | undefined>()
const knownLimit = 20_000

export function reachTargetOf(target: string): ReachTarget | undefined {
  if (known.has(target)) return known.get(target)
  if (known.size >= knownLimit) known.clear()
  const found = readTarget(target)
  known.set(target, found)
  return found
}
