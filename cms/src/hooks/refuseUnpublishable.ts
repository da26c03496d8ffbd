import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type GlobalBeforeChangeHook,
  type PayloadRequest,
  type ValidationFieldError,
} from 'payload'

import type { EntryDocument, TranslatableGlobalDocument } from '../documents'
import { mediaPlacedIn, relationIdOf } from '../fields/mediaInRichText'
import type { Newsletter } from '../payload-types'
import { jolText } from '../i18n/jolText'

/** Fields that show a picture as a picture: covers and press photos. */
const pictureFields = ['cover', 'photos']

/**
 * Only pictures may be shown as pictures: a PDF placed in a text or as a cover cannot be published
 * (the export would refuse it), so the save is refused, naming the field and the file.
 */
async function pictureProblems(
  req: PayloadRequest,
  data: Partial<EntryDocument | TranslatableGlobalDocument>,
): Promise<ValidationFieldError[]> {
  const placed = new Map<string, Set<string>>()
  for (const [field, value] of Object.entries(data)) {
    const ids = pictureFields.includes(field)
      ? [value].flat().map(relationIdOf)
      : mediaPlacedIn(value).map(({ id }) => id)
    for (const id of ids) {
      if (id !== undefined) placed.set(String(id), (placed.get(String(id)) ?? new Set()).add(field))
    }
  }
  if (placed.size === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: [...placed.keys()] } },
    select: { filename: true, mimeType: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((media) => !String(media.mimeType ?? '').startsWith('image/'))
    .flatMap((media) =>
      [...(placed.get(String(media.id)) ?? [])].map((path) => ({
        path,
        message: jolText(req.i18n, 'jolRefusals')('notAPicture', {
          file: String(media.filename ?? ''),
          type: media.mimeType || jolText(req.i18n, 'jolRefusals')('unknownType'),
          path,
        }),
      })),
    )
}

/** A newsletter can only be published while every story it tells points at published content. */
async function storyProblems(
  req: PayloadRequest,
  sections: Newsletter['sections'],
): Promise<ValidationFieldError[]> {
  const problems: ValidationFieldError[] = []
  for (const [index, section] of (sections ?? []).entries()) {
    if (section.blockType !== 'story') continue
    const target = section.target
    const id = relationIdOf(target?.value)
    if (!target || id === undefined) continue
    const { totalDocs } = await req.payload.count({
      collection: target.relationTo,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) {
      problems.push({
        path: `sections.${index}.target`,
        message: jolText(req.i18n, 'jolRefusals')('storyNotPublished', {
          number: index + 1,
          target: `${target.relationTo} #${id}`,
        }),
      })
    }
  }
  return problems
}

function refuse(
  owner: { collection: string } | { global: string },
  errors: ValidationFieldError[],
  req: PayloadRequest,
): void {
  if (errors.length > 0) throw new ValidationError({ ...owner, errors, req }, req.t)
}

/** Content: refuse at save time what could not be published, rather than fail the site build later. */
export const refuseUnpublishable: CollectionBeforeChangeHook<EntryDocument> = async (args) => {
  const { collection, data, originalDoc, req } = args
  const merged = { ...originalDoc, ...data }
  const errors = await pictureProblems(req, data)
  if (merged._status === 'published' && 'sections' in merged) {
    errors.push(...(await storyProblems(req, merged.sections)))
  }
  refuse({ collection: collection.slug }, errors, req)
  return data
}

export const refuseUnpublishableGlobal: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  const changes: Partial<TranslatableGlobalDocument> = data
  refuse({ global: global.slug }, await pictureProblems(req, changes), req)
  return data
}
