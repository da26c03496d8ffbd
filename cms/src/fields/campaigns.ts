import type { RelationshipField } from 'payload'

/** The campaigns an entry belongs to (several can run at once); shared by every language. */
export const campaignsField = (): RelationshipField => ({
  name: 'campaigns',
  type: 'relationship',
  relationTo: 'campaigns',
  hasMany: true,
  admin: { position: 'sidebar' },
})
