import { createHash } from 'node:crypto'

import { kindOfSection, sectionIds, type City, type LocaleCode, type Snapshot } from '@jol/content-schemas'

import { campaignMembers } from './campaigns'
import { cityDirectory } from './help'
import { processStore } from './process-store'
import type { SectionId } from './routes'

/**
 * Cache keys of pages: a page whose key is the same as in the live release is carried over from it
 * (hard-linked) instead of being rendered again. A key must therefore cover everything the page
 * shows. Two parts:
 * - site-wide (`siteWideKey`): the build's fingerprint (Jol's version, the lockfile, the site's
 *   templates, UI strings and build settings), the snapshot's globals (site settings, hotline, press
 *   room) and campaigns (their colours are in the one stylesheet every page links, their names on
 *   every member entry). A change there changes every key: a full build.
 * - per page: the data that page shows, from the functions below.
 */

export const hashOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32)

export const siteWideKey = (snapshot: Snapshot, fingerprint: string): string =>
  hashOf([fingerprint, snapshot.globals, snapshot.campaigns])

type AnyEntry = { slug: string }
type Target = { collection: string; slug: string }

/** Every string in `value` (media ids among them) and every `{ collection, slug }` it points at. */
function referencesIn(value: unknown, strings: Set<string>, targets: Target[]) {
  if (typeof value === 'string') strings.add(value)
  else if (Array.isArray(value)) for (const item of value) referencesIn(item, strings, targets)
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.collection === 'string' && typeof record.slug === 'string')
      targets.push({ collection: record.collection, slug: record.slug })
    for (const item of Object.values(record)) referencesIn(item, strings, targets)
  }
}

const sectionOfCollection = (collection: string): SectionId | undefined =>
  sectionIds.find((section) => kindOfSection(section).collection === collection)

/** An entry's own key and what it points at (null: no such entry). */
type OwnKey = { key: string; targets: Target[] } | null

/** Per snapshot: entries by section and slug, and each entry's own key and what it points at. */
interface KeyStore {
  bySlug: Map<SectionId, Map<string, AnyEntry>>
  own: Map<string, OwnKey>
  keys: Map<string, string>
}

/**
 * Own keys by entry object, across the snapshots of one process. A snapshot read with another's
 * `reuse` (the one a spare build read ahead) shares every unchanged entry object with it, and its
 * media list when that is unchanged: such an entry's own key is the one computed before, by the
 * spare while it waited (`keyEntriesAhead`). At 1,000 entries, hashing them all is ~0.1 s of a build.
 * Entries of a snapshot are never changed once read (see `readSnapshot`), so an object's key holds.
 */
interface OwnKeyOfEntry {
  section: SectionId
  media: Snapshot['media']
  own: OwnKey
}
const ownKeysByEntry = processStore('entryOwnKeys', () => ({
  byEntry: new WeakMap<object, OwnKeyOfEntry>(),
  /** How many entries' own keys were hashed in this process (the build's log, the tests). */
  hashed: 0,
}))

/** How many entries' own keys this process has hashed so far. */
export const ownKeysHashed = (): number => ownKeysByEntry.hashed
const stores = new WeakMap<Snapshot, KeyStore>()

function storeOf(snapshot: Snapshot): KeyStore {
  let store = stores.get(snapshot)
  if (!store) stores.set(snapshot, (store = { bySlug: new Map(), own: new Map(), keys: new Map() }))
  return store
}

function entryOf(snapshot: Snapshot, section: SectionId, slug: string): AnyEntry | undefined {
  const { bySlug } = storeOf(snapshot)
  let entries = bySlug.get(section)
  if (!entries) {
    const all = snapshot[kindOfSection(section).collection] as AnyEntry[]
    bySlug.set(section, (entries = new Map(all.map((entry) => [entry.slug, entry]))))
  }
  return entries.get(slug)
}

/**
 * The key of an entry in every language with the media it shows, and what it points at. Computed
 * once per entry: an entry many others point at (a newsletter's stories) is hashed once, not once
 * for each of them.
 */
function ownKeyOf(snapshot: Snapshot, section: SectionId, slug: string) {
  const { own } = storeOf(snapshot)
  const id = `${section}/${slug}`
  let found = own.get(id)
  if (found === undefined) {
    const entry = entryOf(snapshot, section, slug)
    if (!entry) found = null
    else {
      const earlier = ownKeysByEntry.byEntry.get(entry)
      if (earlier?.section === section && earlier.media === snapshot.media) found = earlier.own
      else {
        const strings = new Set<string>()
        const targets: Target[] = []
        referencesIn(entry, strings, targets)
        const media = snapshot.media.filter((m) => strings.has(m.id))
        found = { key: hashOf([section, entry, media]), targets }
        ownKeysByEntry.byEntry.set(entry, { section, media: snapshot.media, own: found })
        ownKeysByEntry.hashed++
      }
    }
    own.set(id, found)
  }
  return found
}

/**
 * Hashes the own key of every entry of `snapshot` (one read ahead, while a spare build waits): the
 * build's snapshot shares its unchanged entries, whose keys are then not hashed again. Returns how
 * many entries it keyed.
 */
export function keyEntriesAhead(snapshot: Snapshot): number {
  let keyed = 0
  for (const section of sectionIds)
    for (const entry of snapshot[kindOfSection(section).collection] as AnyEntry[]) {
      ownKeyOf(snapshot, section, entry.slug)
      keyed++
    }
  return keyed
}

/**
 * The key of an entry's own pages and documents (its page in every reader's language, fallbacks
 * included, its PDF, press kit or e-mail): the entry in every language, the media it shows, and the
 * entries it points at (a newsletter's stories) as they are themselves. A campaign's also covers
 * every member entry it lists.
 */
export function entryKey(snapshot: Snapshot, section: SectionId, slug: string): string {
  const { keys } = storeOf(snapshot)
  const id = `${section}/${slug}`
  let key = keys.get(id)
  if (key === undefined) {
    const own = ownKeyOf(snapshot, section, slug)
    const linked = (own?.targets ?? []).map((target) => {
      const targetSection = sectionOfCollection(target.collection)
      return targetSection ? (ownKeyOf(snapshot, targetSection, target.slug)?.key ?? null) : null
    })
    const members =
      section === 'campaigns'
        ? campaignMembers(snapshot, slug).map((group) =>
            group.entries.map((ref) => entryKey(snapshot, ref.section, ref.slug)),
          )
        : []
    key = hashOf([own?.key ?? null, linked, members])
    keys.set(id, key)
  }
  return key
}

/** A page listing entries (an index page, a topic page, a feed): every entry it lists, and how. */
export const listKey = (
  snapshot: Snapshot,
  listed: readonly { section: SectionId; slug: string }[],
  layout: unknown,
): string => hashOf([listed.map((ref) => entryKey(snapshot, ref.section, ref.slug)), layout])

/**
 * A city's help page in one language: the city and every service it lists as a reader sees it, its
 * freshness included. Not the snapshot's time, which the page does not show: within a day, the
 * page is carried over until a service in it changes or turns stale.
 */
export const helpCityKey = (snapshot: Snapshot, city: City, locale: LocaleCode): string =>
  hashOf(['help', city, locale, cityDirectory(snapshot, city, locale)])

/** The city's printable directory: what its page shows and the day it is dated (`YYYY-MM-DD`). */
export const helpCityPdfKey = (snapshot: Snapshot, city: City, locale: LocaleCode, day: string): string =>
  hashOf([helpCityKey(snapshot, city, locale), day])
