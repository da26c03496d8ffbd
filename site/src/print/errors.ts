/**
 * A document that cannot be made from its content: the message starts with
 * `collection/slug/locale/field` (the convention of the snapshot's own errors), so the build log
 * tells an editor exactly what to fix. Only that document is skipped; the rest of the build goes on.
 */
export class PrintInputError extends Error {
  readonly where: string

  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`)
    this.name = 'PrintInputError'
    this.where = where
  }
}

/** Where a field of an entry lives, in the form every error message starts with. */
export const fieldPath = (collection: string, slug: string, locale: string, field: string) =>
  `${collection}/${slug}/${locale}/${field}`
