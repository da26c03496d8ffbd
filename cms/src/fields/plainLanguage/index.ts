import type { Field, UIField } from 'payload'

/** A small box beside the body with plain-language hints (no data: a UI field stores nothing). */
const plainLanguageHintsField: UIField = {
  name: 'plainLanguageHints',
  type: 'ui',
  admin: { components: { Field: '/fields/plainLanguage/PlainLanguageHints#PlainLanguageHints' } },
}

/** The fields with the hints right after the body, where a collection has one. */
export function withPlainLanguageHints(fields: Field[]): Field[] {
  const isBody = (field: Field) => 'name' in field && field.name === 'body'
  return fields.flatMap((field) => (isBody(field) ? [field, plainLanguageHintsField] : [field]))
}
