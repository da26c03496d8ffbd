import { audienceSchema, enumLabels, topicSchema } from '@jol/content-schemas'
import type { SelectField } from 'payload'

function options<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }))
}

export const audienceField = (): SelectField => ({
  name: 'audience',
  type: 'select',
  hasMany: true,
  required: true,
  options: options(audienceSchema.options, enumLabels.audience),
  admin: { position: 'sidebar' },
})

export const topicsField = (): SelectField => ({
  name: 'topics',
  type: 'select',
  hasMany: true,
  options: options(topicSchema.options, enumLabels.topic),
  admin: { position: 'sidebar' },
})
