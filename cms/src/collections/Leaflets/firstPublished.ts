import type { CollectionBeforeChangeHook, Field } from 'payload'

/**
 * When a leaflet was first published, which orders the site's lists. Stamped once, by the save that
 * publishes it (by hand or on schedule), and kept by every save after, drafts and unpublishing
 * included: a correction must not move a leaflet to the top of every list it is in.
 */
export const firstPublishedAtField: Field = {
  name: 'firstPublishedAt',
  type: 'date',
  index: true,
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime' },
    description:
      'Set when the leaflet is first published, and kept after: lists on the site are ordered by it, so a correction does not move the leaflet.',
  },
}

interface Stamped {
  _status?: string | null
  createdAt?: string
  firstPublishedAt?: string | null
}

export const stampFirstPublished: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  // Only this hook writes it: a value sent by a client (to move a leaflet up a list) is dropped.
  const { firstPublishedAt: _sent, ...rest } = data as Stamped
  const before = originalDoc as Stamped | undefined
  if (before?.firstPublishedAt) return { ...rest, firstPublishedAt: before.firstPublishedAt }
  // Published before this field existed: its creation, as the export dates it (scripts/export).
  if (before?._status === 'published' && before.createdAt)
    return { ...rest, firstPublishedAt: before.createdAt }
  if (rest._status === 'published') return { ...rest, firstPublishedAt: new Date().toISOString() }
  return { ...rest, firstPublishedAt: null }
}
