type Row = Record<string, unknown> & { id?: unknown }

/**
 * Builds the data for writing one locale of an existing document.
 *
 * Arrays and blocks are shared by all languages while the text inside their rows is localized.
 * A row sent without its id is a new row, and replacing the rows would blank the other languages'
 * text, so each row of the translation takes the id of the stored row at the same position.
 */
export function translationUpdate<T extends Record<string, unknown>>(stored: object, translation: T): T {
  const result: Record<string, unknown> = { ...translation }
  for (const [key, value] of Object.entries(translation)) {
    const existing: unknown = Reflect.get(stored, key)
    // Nothing stored yet: these are the first rows, and they get new ids.
    if (!Array.isArray(value) || !Array.isArray(existing) || existing.length === 0) continue
    if (value.length !== existing.length) {
      throw new Error(
        `"${key}" has ${existing.length} rows but the translation has ${value.length}: translate the same rows.`,
      )
    }
    result[key] = value.map((row: Row, index) => {
      const storedRow = existing[index] as Row
      return row && typeof row === 'object' && !Array.isArray(row) ? { ...row, id: storedRow.id } : row
    })
  }
  return result as T
}
