import { brandColourProblems } from '@jol/content-schemas'
import { ValidationError, type CollectionBeforeChangeHook, type TextField } from 'payload'

/** The message for a brand colour the public site could not use legibly, or nothing when it can. */
export function brandColourMessage(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  const problems = brandColourProblems(value)
  if (problems.length === 0) return undefined
  return `Brand colour ${value} cannot be used: ${problems.join('; ')}. Choose a darker colour.`
}

/** The brand colour, checked as it is typed (the admin shows the message under the field). */
export const brandColourField = (): TextField => ({
  name: 'brandColour',
  label: 'Brand colour',
  type: 'text',
  required: true,
  defaultValue: '#0b5d4b',
  admin: {
    position: 'sidebar',
    description:
      'Written #rrggbb. White text sits on it and it colours headings and links: it must reach 4.5:1 contrast.',
  },
  validate: (value: string | null | undefined) => brandColourMessage(value) ?? true,
})

/**
 * Payload does not validate drafts; a brand colour that fails contrast is refused on every save
 * all the same, so it never reaches a preview or a scheduled publication.
 */
export const refuseIllegibleBrandColour: CollectionBeforeChangeHook = ({ data, req }) => {
  const message = brandColourMessage(data.brandColour)
  if (message !== undefined)
    throw new ValidationError(
      { collection: 'campaigns', errors: [{ path: 'brandColour', message }], req },
      req.t,
    )
  return data
}
