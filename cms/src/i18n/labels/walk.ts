import type { Block, CollectionConfig, Field, GlobalConfig, Option, Tab } from 'payload'

/**
 * Every place of a Payload configuration where the admin shows a word of Jol's own: collection and
 * global names, field labels, help texts (`admin.description`), array rows, blocks and select
 * options, each under a stable key (`collections.leaflets.fields.contacts.phone.label`).
 *
 * Keys: `collections.<slug>.singular|plural|description`, `globals.<slug>.label|description`; a field
 * adds its name to its parent's path (`….fields.<name>`, then `.<child>` for the fields of a group or
 * an array, `.blocks.<block slug>.<child>` for a block's); unnamed tabs and collapsibles add nothing
 * to their fields' paths and are labelled as `….tabs.<index>` / `….collapsible.<index>`. Each path ends
 * in what the word is: `.label`, `.description`, `.singular`/`.plural` (rows, blocks) or
 * `.options.<value>`. Besides its own key, a field's word has a shared one by field name
 * (`fields.phone.label`, `fields.topics.options.employment`), a block's by block slug
 * (`blocks.story.singular`), and a nav group is `groups.<its English>`.
 *
 * Hidden fields, UI fields and fields with `label: false` show no label and have no key. A word the
 * configuration already gives in every admin language (an object with all of `languages`) is left
 * as it is and needs no key either.
 */

/** A word as the configuration holds it: text, one text per language, or a function of Payload's. */
type Word = unknown
/**
 * What the walk does at each place: returns the word to put there (or the one it was given). `keys`
 * are the place's own key, then the shared one a word used in many places is written under once
 * (`fields.<field name>.<what>`, `blocks.<block slug>.<what>`), if it has one.
 */
export type Visit = (keys: readonly string[], current: Word) => Word

export interface Labelled {
  collections?: CollectionConfig[]
  globals?: GlobalConfig[]
  /** Blocks outside any field (the rich-text editor's): `blocks.<slug>.singular`, `blocks.<slug>.<field>`. */
  blocks?: Block[]
}

/** A word the configuration already has in every language (nothing for the tables to add). */
const complete = (word: Word, languages: readonly string[]) =>
  typeof word === 'object' &&
  word !== null &&
  languages.every((code) => typeof (word as Record<string, unknown>)[code] === 'string')

/** Fields the admin never shows (and `blockName`, which Payload adds to every block with its own words). */
const isHidden = (field: Field) => {
  const admin = field.admin as { hidden?: unknown; disabled?: unknown } | undefined
  return (
    ('hidden' in field && field.hidden === true) ||
    admin?.hidden === true ||
    admin?.disabled === true ||
    ('name' in field && field.name === 'blockName')
  )
}

/** Payload's own collections and globals (jobs, preferences…) and those the admin never lists. */
const isOwnAndShown = (config: CollectionConfig | GlobalConfig) =>
  !config.slug.startsWith('payload-') && config.admin?.hidden !== true

export function walkLabels<T extends Labelled>(
  config: T,
  languages: readonly string[],
  visit: Visit,
  { everyWord = false } = {},
): T {
  const seen = new Set<string>()
  /**
   * Visits one word; a place already translated in every language, or worded by a function of
   * Payload's (its own fields, e.g. the status), is kept as it is.
   */
  const word = (key: string, current: Word, common?: string, shared = false): Word => {
    if (seen.has(key) && !shared) throw new Error(`Two places of the admin have the label key "${key}".`)
    seen.add(key)
    if (typeof current === 'function' || (!everyWord && complete(current, languages))) return current
    return visit(common ? [key, common] : [key], current)
  }
  /** A nav group (`admin.group`) is one word for all its collections: `groups.<its English, lowercased>`. */
  const group = <A extends { group?: unknown } | undefined>(admin: A) => {
    const current = admin?.group
    const english =
      typeof current === 'string' ? current : (current as Record<string, unknown> | undefined)?.en
    if (typeof english !== 'string') return admin
    const key = `groups.${english.toLowerCase().replace(/\s+/g, '-')}`
    return { ...admin, group: word(key, current, undefined, true) }
  }

  const withDescription = <A extends { description?: unknown } | undefined>(
    admin: A,
    path: string,
    common?: string,
  ) => {
    const description = admin?.description
    if (description === undefined) return admin
    return {
      ...admin,
      description: word(`${path}.description`, description, common && `${common}.description`),
    }
  }

  const options = (list: Option[], path: string, common: string) =>
    list.map((option) => {
      const value = typeof option === 'string' ? option : option.value
      const current = typeof option === 'string' ? option : option.label
      const label = word(`${path}.options.${value}`, current, `${common}.options.${value}`)
      return { ...(typeof option === 'string' ? {} : option), value, label }
    })

  const fields = (list: Field[], path: string): Field[] => {
    let tabsIndex = 0
    let collapsibleIndex = 0
    return list.map((field): Field => {
      if (field.type === 'row') return { ...field, fields: fields(field.fields, path) }
      if (field.type === 'collapsible') {
        const here = `${path}.collapsible.${collapsibleIndex++}`
        return {
          ...field,
          label: word(`${here}.label`, field.label),
          fields: fields(field.fields, path),
        } as Field
      }
      if (field.type === 'tabs') {
        const index = tabsIndex++
        return {
          ...field,
          tabs: field.tabs.map((tab, at) => tabOf(tab, path, `${path}.tabs.${index}.${at}`)),
        }
      }
      if (field.type === 'ui' || isHidden(field) || !('name' in field)) return field
      const here = `${path}.${field.name}`
      const common = `fields.${field.name}`
      const labelled: Record<string, unknown> = { ...field }
      // A field drawn by a component of its own and given no label (Payload's API key switch) words itself.
      const ownComponent =
        field.label === undefined && field.admin?.components && 'Field' in field.admin.components
      if (field.label !== false && !ownComponent) {
        labelled.label = word(`${here}.label`, field.label, `${common}.label`)
      }
      labelled.admin = withDescription(field.admin as { description?: unknown } | undefined, here, common)
      if (labelled.admin === undefined) delete labelled.admin
      if (field.type === 'select' || field.type === 'radio') {
        labelled.options = options(field.options, here, common)
      }
      if (field.type === 'group' || field.type === 'array') labelled.fields = fields(field.fields, here)
      if (field.type === 'array') labelled.labels = rowLabels(field.labels, here, common)
      if (field.type === 'blocks') {
        labelled.blocks = (field.blocks ?? []).map((block) => blockOf(block, `${here}.blocks.${block.slug}`))
      }
      return labelled as Field
    })
  }

  const rowLabels = (
    labels: { singular?: unknown; plural?: unknown } | undefined,
    path: string,
    common?: string,
  ) => ({
    ...labels,
    singular: word(`${path}.singular`, labels?.singular, common && `${common}.singular`),
    plural: word(`${path}.plural`, labels?.plural, common && `${common}.plural`),
  })

  const blockOf = (block: Block, path: string): Block =>
    ({
      ...block,
      labels: rowLabels(
        block.labels,
        path,
        path === `blocks.${block.slug}` ? undefined : `blocks.${block.slug}`,
      ),
      fields: fields(block.fields, path),
    }) as Block

  /** A named tab holds its fields under its name (like a group); an unnamed one adds nothing. */
  const tabOf = (tab: Tab, parent: string, unnamed: string): Tab => {
    const here = 'name' in tab && tab.name ? `${parent}.${tab.name}` : unnamed
    const labelled: Record<string, unknown> = { ...tab }
    if (tab.label !== false) labelled.label = word(`${here}.label`, tab.label)
    if (tab.description !== undefined) labelled.description = word(`${here}.description`, tab.description)
    labelled.fields = fields(tab.fields, 'name' in tab && tab.name ? here : parent)
    return labelled as Tab
  }

  const collection = (config: CollectionConfig): CollectionConfig => {
    const path = `collections.${config.slug}`
    return {
      ...config,
      labels: rowLabels(config.labels, path) as CollectionConfig['labels'],
      ...(config.admin ? { admin: group(withDescription(config.admin, path)) } : {}),
      fields: fields(config.fields, `${path}.fields`),
    }
  }

  const global = (config: GlobalConfig): GlobalConfig => {
    const path = `globals.${config.slug}`
    return {
      ...config,
      label: word(`${path}.label`, config.label) as GlobalConfig['label'],
      ...(config.admin ? { admin: group(withDescription(config.admin, path)) } : {}),
      fields: fields(config.fields, `${path}.fields`),
    }
  }

  return {
    ...config,
    ...(config.collections
      ? { collections: config.collections.map((c) => (isOwnAndShown(c) ? collection(c) : c)) }
      : {}),
    ...(config.globals ? { globals: config.globals.map((g) => (isOwnAndShown(g) ? global(g) : g)) } : {}),
    ...(config.blocks
      ? { blocks: config.blocks.map((block) => blockOf(block, `blocks.${block.slug}`)) }
      : {}),
  }
}

/**
 * Every place of a configuration that needs words: its keys (own, then shared) and the word it has
 * today. With `everyWord`, also the places already worded in every language.
 */
export function labelPlaces(
  config: Labelled,
  languages: readonly string[],
  { everyWord = false } = {},
): { keys: readonly string[]; current: Word }[] {
  const places: { keys: readonly string[]; current: Word }[] = []
  walkLabels(
    config,
    languages,
    (keys, current) => {
      places.push({ keys, current })
      return current
    },
    { everyWord },
  )
  return places
}
