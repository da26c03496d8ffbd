import { mediaInLexical, relationId } from '../lexicalToRichText'
import type { CmsDoc } from '../contentReader'

/** The media a document shows through the fields kinds share: a cover, photos, pictures in its body. */
export function* coverPhotosAndBody(doc: CmsDoc): Iterable<string> {
  const cover = relationId(doc.cover)
  if (cover !== undefined) yield cover
  for (const photo of Array.isArray(doc.photos) ? doc.photos : []) {
    const id = relationId(photo)
    if (id !== undefined) yield id
  }
  yield* mediaInLexical(doc.body)
}
