/** A picture placed in a Lexical text: the upload node and the media id it points at. */
export interface PlacedMedia {
  id: number | string
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** A relation value as an id: `3`, `"3"` or a populated `{ id: 3 }`. */
export function relationIdOf(value: unknown): number | string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return value
  if (isRecord(value) && (typeof value.id === 'number' || typeof value.id === 'string')) return value.id
  return undefined
}

/**
 * Every media id placed as an upload node anywhere in a value: one Lexical tree, or the trees of
 * every locale (`locale: 'all'`), or a whole document.
 */
export function mediaPlacedIn(value: unknown, found: PlacedMedia[] = []): PlacedMedia[] {
  if (Array.isArray(value)) {
    for (const item of value) mediaPlacedIn(item, found)
  } else if (isRecord(value)) {
    if (value.type === 'upload' && value.relationTo === 'media') {
      const id = relationIdOf(value.value)
      if (id !== undefined) found.push({ id })
    }
    for (const child of Object.values(value)) mediaPlacedIn(child, found)
  }
  return found
}
