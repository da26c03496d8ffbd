import type { z } from 'zod'

import { isLocaleCode } from '../locales'
import { entryCollections, entrySchemas, storyTargetCollections, type StoryTargetCollection } from '../kinds'
import { serviceSchema } from '../services/snapshot'
import { globalsSchema, mediaSchema } from './entries'
import type { SnapshotData } from './manifest'

/**
 * Validation of a whole snapshot, for people: every problem is one line,
 * `collection/slug/locale/field: what is wrong` (`*` when the field is the same in every language),
 * and all of them are listed, not only the first.
 */

export class SnapshotValidationError extends Error {
  readonly problems: readonly string[]

  constructor(
    problems: readonly string[],
    /** What the caller did about it, for the message ("nothing was written"). */
    consequence = 'nothing was written',
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`
    super(`The snapshot has ${count}; ${consequence}:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'SnapshotValidationError'
    this.problems = problems
  }
}

type Issue = z.core.$ZodIssue

function messageOf(issue: Issue & { input?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
    case 'invalid_value':
      return `${JSON.stringify(issue.input)} is not one of: ${issue.values.map(String).join(', ')}`
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`
    case 'invalid_key':
      return `${JSON.stringify(issue.input)} is not a locale of this site`
    case 'invalid_union': {
      // A node or section names its kind in `type` or `kind`: say which one is unknown.
      const kind = isRecord(issue.input) ? (issue.input.type ?? issue.input.kind) : undefined
      return kind === undefined ? 'is not any of the allowed shapes' : `"${String(kind)}" is not a known kind here`
    }
    default:
      return issue.message
  }
}

/**
 * Turns zod issues of one entry into problem lines. A path through `translations.<locale>` names that
 * locale; anything else is shared by every language (`*`).
 */
export function describeIssues(collection: string, key: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String)
    if (path[0] === 'translations' && path[1] !== undefined && (isLocaleCode(path[1]) || issue.code !== 'invalid_key')) {
      return `${collection}/${key}/${path[1]}/${path.slice(2).join('.') || '(translation)'}: ${messageOf(issue)}`
    }
    return `${collection}/${key}/*/${path.join('.') || '(entry)'}: ${messageOf(issue)}`
  })
}

/** The name of an entry in problem lines: its slug (or media id), or its position when that is unusable. */
function keyOf(entry: unknown, index: number, field: 'slug' | 'id'): string {
  const value = entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>)[field] : undefined
  return typeof value === 'string' && value !== '' ? value : `#${index}`
}

type Unchecked = { [K in keyof SnapshotData]?: unknown }
type Raw = { key: string; entry: Record<string, unknown> }
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Every problem in a snapshot's content: each entry against its schema, then what ties entries
 * together (unique slugs, media that exist, stories that point at a published entry). The entries
 * of the lists in `checked`, and the entries (objects) in `checkedEntries`, are known to match their
 * schemas (they come from a snapshot read before, see `readSnapshot`): only what ties them to the
 * others is checked.
 */
export function snapshotProblems(
  data: Unchecked,
  checked: ReadonlySet<keyof SnapshotData> = new Set(),
  checkedEntries: ReadonlySet<unknown> = new Set(),
): string[] {
  const problems: string[] = []

  const listOf = (name: keyof SnapshotData): unknown[] => {
    const value = data[name]
    if (Array.isArray(value)) return value
    problems.push(`${name}/(all)/*/(file): ${value === undefined ? 'is missing' : 'must be a list of entries'}`)
    return []
  }

  const mediaIds = new Set<string>()
  listOf('media').forEach((entry, index) => {
    const key = keyOf(entry, index, 'id')
    const parsed = checked.has('media') ? undefined : mediaSchema.safeParse(entry, { reportInput: true })
    if (parsed && !parsed.success) problems.push(...describeIssues('media', key, parsed.error.issues))
    // The exporter never copies such a photo; a snapshot made or edited by other hands must not
    // smuggle one onto a page, an og:image, a PDF, a press kit or an e-mail.
    if (parsed?.success && parsed.data.showsIdentifiablePeople && !parsed.data.consentRecorded) {
      problems.push(
        `media/${key}/*/consentRecorded: ${parsed.data.filename} shows identifiable people and no consent is recorded; it may not be published`,
      )
    }
    if (mediaIds.has(key)) problems.push(`media/${key}/*/id: is in the snapshot twice`)
    mediaIds.add(key)
  })

  // References are checked on every entry, valid or not, so one run names all that is wrong.
  const raw: Record<string, Raw[]> = {}
  for (const collection of entryCollections) {
    const slugs = new Set<string>()
    raw[collection] = listOf(collection).map((entry, index) => {
      const key = keyOf(entry, index, 'slug')
      if (slugs.has(key)) problems.push(`${collection}/${key}/*/slug: is used by two entries`)
      slugs.add(key)
      if (!checked.has(collection) && !checkedEntries.has(entry)) {
        const parsed = entrySchemas[collection].safeParse(entry, { reportInput: true })
        if (!parsed.success) problems.push(...describeIssues(collection, key, parsed.error.issues))
      }
      return { key, entry: isRecord(entry) ? entry : {} }
    })
  }

  const referToMedia = (where: string, id: unknown) => {
    if (typeof id === 'string' && !mediaIds.has(id)) problems.push(`${where}: refers to media ${id}, which is not in the snapshot`)
  }
  const eachTranslation = (collection: string, { key, entry }: Raw, visit: (locale: string, translation: Record<string, unknown>, at: string) => void) => {
    if (!isRecord(entry.translations)) return
    for (const [locale, translation] of Object.entries(entry.translations)) if (isRecord(translation)) visit(locale, translation, `${collection}/${key}/${locale}`)
  }
  const richTextMedia = (at: string, tree: unknown) => {
    if (!isRecord(tree) || !Array.isArray(tree.children)) return
    tree.children.forEach((node: unknown, index) => {
      if (isRecord(node) && node.type === 'image') referToMedia(`${at}.children.${index}.media`, node.media)
    })
  }

  // Media are referred to by the same fields in every kind that has them: cover, photos, body.
  for (const collection of entryCollections) {
    for (const item of raw[collection] ?? []) {
      referToMedia(`${collection}/${item.key}/*/cover`, item.entry.cover)
      if (Array.isArray(item.entry.photos)) item.entry.photos.forEach((id: unknown, index) => referToMedia(`${collection}/${item.key}/*/photos.${index}`, id))
      eachTranslation(collection, item, (_, t, at) => richTextMedia(`${at}/body`, t.body))
    }
  }
  // A campaign shows its logo and its partners' logos; an entry names its campaigns by slug.
  const campaignSlugs = new Set((raw.campaigns ?? []).map((item) => item.key))
  for (const item of raw.campaigns ?? []) {
    referToMedia(`campaigns/${item.key}/*/logo`, item.entry.logo)
    if (Array.isArray(item.entry.partners)) {
      item.entry.partners.forEach((partner: unknown, index) => isRecord(partner) && referToMedia(`campaigns/${item.key}/*/partners.${index}.logo`, partner.logo))
    }
  }
  for (const collection of entryCollections) {
    for (const item of raw[collection] ?? []) {
      if (!Array.isArray(item.entry.campaigns)) continue
      item.entry.campaigns.forEach((slug: unknown, index) => {
        if (typeof slug === 'string' && !campaignSlugs.has(slug)) problems.push(`${collection}/${item.key}/*/campaigns.${index}: points at campaign ${slug}, which is not in the snapshot`)
      })
    }
  }
  const present = Object.fromEntries(storyTargetCollections.map((c) => [c, new Set((raw[c] ?? []).map((item) => item.key))])) as Record<StoryTargetCollection, Set<string>>
  for (const item of raw.newsletters ?? []) {
    eachTranslation('newsletters', item, (_, t, at) => {
      if (!Array.isArray(t.sections)) return
      t.sections.forEach((section: unknown, index) => {
        if (!isRecord(section) || section.kind !== 'story' || !isRecord(section.target)) return
        const { collection, slug } = section.target
        if (storyTargetCollections.includes(collection as StoryTargetCollection) && typeof slug === 'string' && !present[collection as StoryTargetCollection].has(slug)) {
          problems.push(`${at}/sections.${index}.target: points at ${collection}/${slug}, which is not in the snapshot`)
        }
      })
    })
  }

  const serviceSlugs = new Set<string>()
  // A snapshot written before the help directory existed has no services: an empty directory.
  ;(data.services === undefined ? [] : listOf('services')).forEach((entry, index) => {
    const key = keyOf(entry, index, 'slug')
    if (serviceSlugs.has(key)) problems.push(`services/${key}/*/slug: is used by two services`)
    serviceSlugs.add(key)
    if (checked.has('services') || checkedEntries.has(entry)) return
    const parsed = serviceSchema.safeParse(entry, { reportInput: true })
    if (!parsed.success) problems.push(...describeIssues('services', key, parsed.error.issues))
  })

  if (data.globals === undefined) problems.push('globals/(all)/*/(file): is missing')
  else {
    const parsed = checked.has('globals') ? undefined : globalsSchema.safeParse(data.globals, { reportInput: true })
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) {
        const [global, ...rest] = issue.path
        const name = global === 'siteSettings' ? 'site-settings' : global === 'pressRoom' ? 'press-room' : String(global ?? '(all)')
        problems.push(...describeIssues('globals', name, [{ ...issue, path: rest }]))
      }
    }
    const room = isRecord(data.globals) && isRecord(data.globals.pressRoom) ? data.globals.pressRoom : {}
    eachTranslation('globals', { key: 'press-room', entry: room }, (_, t, at) => richTextMedia(`${at}/boilerplate`, t.boilerplate))
  }
  return problems
}
