import type { Block, Field, FieldAccess } from 'payload'

import { roleOf } from '../access/roles'

/**
 * Fields that are not localized are shared by every language: the slug, the audience, a contact's
 * phone number, the rows of a list. Payload's access rules see the request's locale, not whether a
 * field is localized, so these two helpers follow the field configuration instead.
 */

type Row = Record<string, unknown>

const notTranslator: FieldAccess = ({ req }) => roleOf(req) !== 'translator'

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Fields whose own children carry the data (rows, tabs, collapsibles, groups, arrays, blocks). */
function childFieldsOf(field: Field): { fields: Field[]; name?: string }[] {
  switch (field.type) {
    case 'row':
    case 'collapsible':
      return [{ fields: field.fields }]
    case 'group':
      return [{ fields: field.fields, ...('name' in field && field.name ? { name: field.name } : {}) }]
    case 'tabs':
      return field.tabs.map((tab) => ({
        fields: tab.fields,
        ...('name' in tab && tab.name ? { name: tab.name } : {}),
      }))
    default:
      return []
  }
}

/**
 * Makes every shared field read-only for translators (the admin shows it greyed out); localized
 * fields, and the localized text inside shared rows, stay editable.
 */
export function lockSharedFieldsForTranslators(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('localized' in field && field.localized) return field
    if (field.type === 'array') return { ...field, fields: lockSharedFieldsForTranslators(field.fields) }
    if (field.type === 'blocks') {
      const blocks = (field.blocks ?? []).map((block: Block) => ({
        ...block,
        fields: lockSharedFieldsForTranslators(block.fields),
      }))
      return { ...field, blocks }
    }
    if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      return { ...field, fields: lockSharedFieldsForTranslators(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: lockSharedFieldsForTranslators(tab.fields) })),
      }
    }
    if (field.type === 'ui' || field.type === 'join' || !('name' in field)) return field
    return { ...field, access: { ...field.access, update: notTranslator } } as Field
  })
}

/** An id from a stored or submitted relation: `3`, `"3"`, `{ id: 3 }` or `{ relationTo, value }`. */
function relationKey(value: unknown): unknown {
  if (isRecord(value)) {
    if ('relationTo' in value) return `${String(value.relationTo)}:${String(relationKey(value.value))}`
    if ('id' in value) return String(value.id)
  }
  return value === null || value === undefined ? null : String(value)
}

/** A value reduced so that the admin's and the database's spellings of "the same" compare equal. */
function comparable(field: Field, value: unknown): unknown {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null
  switch (field.type) {
    case 'checkbox':
      return value === true
    case 'number':
      return value === null ? null : Array.isArray(value) ? value.map(Number) : Number(value)
    case 'date': {
      const time = typeof value === 'string' || value instanceof Date ? new Date(value).getTime() : NaN
      return Number.isNaN(time) ? value : time
    }
    case 'relationship':
    case 'upload':
      return Array.isArray(value) ? value.map(relationKey) : relationKey(value)
    default:
      return value
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Kept by Payload, not by the writer: the status (translators always save drafts), timestamps,
 * row ids (matched below) and a date's display time zone (the instant itself is compared).
 */
const bookkeeping = (name: string) =>
  ['_status', 'id', 'createdAt', 'updatedAt'].includes(name) || name.endsWith('_tz')

/**
 * The paths of shared fields whose submitted value differs from the stored one (`slug`,
 * `contacts.0.phone`, `sections`). Only submitted keys count: a field left out is unchanged.
 * Rows of a shared list must keep their ids and order (adding, removing or reordering rows
 * changes every language).
 */
export function sharedFieldChanges(
  fields: Field[],
  submitted: unknown,
  stored: unknown,
  prefix = '',
): string[] {
  if (!isRecord(submitted)) return []
  const before = isRecord(stored) ? stored : {}
  const changes: string[] = []
  for (const field of fields) {
    if ('localized' in field && field.localized) continue
    for (const child of childFieldsOf(field)) {
      if (child.name)
        changes.push(
          ...sharedFieldChanges(
            child.fields,
            submitted[child.name],
            before[child.name],
            `${prefix}${child.name}.`,
          ),
        )
      else changes.push(...sharedFieldChanges(child.fields, submitted, before, prefix))
    }
    if (
      !('name' in field) ||
      !field.name ||
      field.type === 'ui' ||
      field.type === 'join' ||
      field.type === 'group'
    )
      continue
    if (!(field.name in submitted) || bookkeeping(field.name)) continue
    const path = `${prefix}${field.name}`
    const value = submitted[field.name]
    if (field.type === 'array' || field.type === 'blocks') {
      const rows = Array.isArray(value) ? (value as unknown[]) : []
      const storedRows = Array.isArray(before[field.name]) ? (before[field.name] as unknown[]) : []
      const sameRows =
        rows.length === storedRows.length &&
        rows.every(
          (row, index) =>
            isRecord(row) &&
            isRecord(storedRows[index]) &&
            String(row.id) === String((storedRows[index] as Row).id),
        )
      if (!sameRows) {
        changes.push(path)
        continue
      }
      rows.forEach((row, index) => {
        const storedRow = storedRows[index] as Row
        const rowFields =
          field.type === 'array' ? field.fields : blockFields(field.blocks, storedRow.blockType)
        if (
          field.type === 'blocks' &&
          isRecord(row) &&
          'blockType' in row &&
          row.blockType !== storedRow.blockType
        ) {
          changes.push(`${path}.${index}`)
          return
        }
        changes.push(...sharedFieldChanges(rowFields, row, storedRow, `${path}.${index}.`))
      })
      continue
    }
    if (!same(comparable(field, value), comparable(field, before[field.name]))) changes.push(path)
  }
  return changes
}

function blockFields(blocks: Block[] | undefined, blockType: unknown): Field[] {
  return blocks?.find((block) => block.slug === blockType)?.fields ?? []
}
