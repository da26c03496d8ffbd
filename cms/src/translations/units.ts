import { createHash } from 'node:crypto'

import { escapeMarkup, type TranslationUnits } from '@jol/content-schemas'
import type { Field } from 'payload'

import { richTextUnits, setRichUnit, type InlinePiece, type RichUnit } from './lexicalUnits'

/**
 * An entry's translatable texts as units, found from the collection's fields: every localized text,
 * textarea and rich-text field (and every text inside a localized array, group or block), by its
 * field path with row numbers (`title`, `keyMessages.0.text`, `sections.1.headline`, `body.2`).
 */

type Row = Record<string, unknown>

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export type Unit = { id: string; markup: string } & (
  { kind: 'text'; owner: Row; name: string } | { kind: 'rich'; rich: RichUnit }
)

interface Walk {
  units: Unit[]
  /** Rich-text values met, by path: replaced as a whole when a translation is written. */
  rich: { owner: Row; name: string; path: string }[]
}

function walk(fields: Field[], data: unknown, prefix: string, localized: boolean, into: Walk): void {
  if (!isRecord(data)) return
  for (const field of fields) {
    const inLocalized = localized || ('localized' in field && Boolean(field.localized))
    if (field.type === 'row' || field.type === 'collapsible') {
      walk(field.fields, data, prefix, inLocalized, into)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabLocalized = inLocalized || ('localized' in tab && Boolean(tab.localized))
        if ('name' in tab && tab.name)
          walk(tab.fields, data[tab.name], `${prefix}${tab.name}.`, tabLocalized, into)
        else walk(tab.fields, data, prefix, tabLocalized, into)
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'group':
        walk(field.fields, value, `${path}.`, inLocalized, into)
        break
      case 'array':
        if (Array.isArray(value))
          value.forEach((row, index) => walk(field.fields, row, `${path}.${index}.`, inLocalized, into))
        break
      case 'blocks':
        if (Array.isArray(value))
          value.forEach((row, index) => {
            const block = (field.blocks ?? []).find((b) => isRecord(row) && b.slug === row.blockType)
            if (block) walk(block.fields, row, `${path}.${index}.`, inLocalized, into)
          })
        break
      case 'text':
      case 'textarea':
        if (inLocalized && typeof value === 'string' && value.trim() !== '')
          into.units.push({
            id: path,
            markup: escapeMarkup(value),
            kind: 'text',
            owner: data,
            name: field.name,
          })
        break
      case 'richText':
        if (inLocalized && isRecord(value)) {
          into.rich.push({ owner: data, name: field.name, path })
          for (const rich of richTextUnits(path, value))
            into.units.push({ id: rich.id, markup: rich.markup, kind: 'rich', rich })
        }
        break
      default:
        break
    }
  }
}

/** The units of one locale of a document (read in that locale, without fallback). */
export function documentUnits(fields: Field[], doc: unknown): Unit[] {
  const into: Walk = { units: [], rich: [] }
  walk(fields, doc, '', false, into)
  return into.units
}

export function unitTexts(units: Unit[]): TranslationUnits {
  return Object.fromEntries(units.map((unit) => [unit.id, unit.markup]))
}

/** What a translation is made from: a hash of the source units, ids and inline markup included. */
export function hashUnits(units: TranslationUnits): string {
  return createHash('sha256')
    .update(JSON.stringify(Object.entries(units)))
    .digest('hex')
    .slice(0, 32)
}

/**
 * The localized fields of `target` (the same document in the target locale, without fallback)
 * with the translated units written in: texts in place (shared rows keep their ids), rich text
 * rebuilt from the source's structure. Returns only the top-level fields that hold units.
 */
export function applyTranslation(
  fields: Field[],
  source: unknown,
  target: unknown,
  translated: Map<string, InlinePiece[]>,
): Row {
  const sourceCopy = structuredClone(source)
  const targetCopy: Row = isRecord(target) ? structuredClone(target) : {}
  const fromSource: Walk = { units: [], rich: [] }
  walk(fields, sourceCopy, '', false, fromSource)
  const touched = new Set<string>()
  const locate = (path: string): { owner: Row; name: string } => {
    const parts = path.split('.')
    const name = parts.pop()!
    let owner: unknown = targetCopy
    for (const part of parts) owner = (owner as Row | unknown[])[part as never]
    if (!isRecord(owner)) throw new Error(`"${path}" has no place in the translation (rows differ)`)
    return { owner, name }
  }
  for (const unit of fromSource.units) {
    const pieces = translated.get(unit.id)
    if (!pieces) continue
    touched.add(unit.id.split('.')[0]!)
    if (unit.kind === 'rich') setRichUnit(unit.rich, pieces)
    else {
      const { owner, name } = locate(unit.id)
      owner[name] = pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('')
    }
  }
  for (const rich of fromSource.rich) {
    if (!touched.has(rich.path.split('.')[0]!)) continue
    const { owner, name } = locate(rich.path)
    owner[name] = rich.owner[rich.name]
  }
  return Object.fromEntries([...touched].map((name) => [name, targetCopy[name]]))
}
