import {
  defaultLocale,
  isDraftedCollection,
  isEntryCollection,
  isLocaleCode,
  slugFromTitle,
  type EntryCollection,
} from '@jol/content-schemas'
import { ValidationError, type FieldHook, type PayloadRequest, type Validate } from 'payload'

import { jolText } from '../i18n/jolText'
import type { EntryDocument } from '../documents'

type Slug = string | null | undefined

/**
 * The value of the field the configuration names (a collection's `useAsTitle`): which field that is
 * differs from kind to kind, so it is read by name.
 */
const fieldValue = (doc: object | null | undefined, name: string): unknown =>
  doc ? Reflect.get(doc, name) : undefined

/** How many numbered variants (-2, -3, …) are tried before giving up and asking for a slug. */
const maxSuffix = 100

/** The title in the language being written (a document read in every locale holds one per locale). */
function titleText(title: unknown, locale: string | undefined): string {
  if (typeof title === 'string') return title
  if (title && typeof title === 'object') {
    const text = fieldValue(title, locale ?? defaultLocale) ?? fieldValue(title, defaultLocale)
    return typeof text === 'string' ? text : ''
  }
  return ''
}

/** The field that titles entries of a collection (`useAsTitle`), in the server's or the admin's config. */
function titleFieldOf(collections: { slug: string; admin?: { useAsTitle?: string } }[], slug?: string) {
  return collections.find((c) => c.slug === slug)?.admin?.useAsTitle ?? 'title'
}

/**
 * An empty slug passes when the title can make one: the server proposes it on save (the admin's form
 * validates before that, so it must not refuse an empty slug it is about to receive).
 */
export const slugCanBeProposed: Validate<Slug, EntryDocument> = (_value, { data, collectionSlug, req }) => {
  const titleField = titleFieldOf(req.payload?.config?.collections ?? [], collectionSlug)
  const title = titleText(fieldValue(data, titleField), req.locale ?? undefined)
  if (slugFromTitle(title, 'ru')) return true
  return 'A slug is required: type one, or give the entry a title to make it from.'
}

async function slugIsTaken(req: PayloadRequest, collection: EntryCollection, slug: string, ownId: unknown) {
  const { totalDocs } = await req.payload.count({
    collection,
    where: { and: [{ slug: { equals: slug } }, ...(ownId ? [{ id: { not_equals: ownId } }] : [])] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * A slug left empty is proposed from the title (`slugFromTitle`, in the language being written),
 * made unique with -2, -3, … A slug the editor typed is kept as typed (a taken one is refused, never
 * renamed), and an update that does not send the slug keeps the stored one.
 */
export const proposeSlugFromTitle: FieldHook<EntryDocument, Slug> = async (args) => {
  const { value, data, originalDoc, collection, operation, req } = args
  const empty = value === null || (typeof value === 'string' && value.trim() === '')
  const wanted = empty || (value === undefined && operation === 'create')
  if (!wanted || !isEntryCollection(collection?.slug)) return value
  const titleField = collection.admin?.useAsTitle ?? 'title'
  const title = titleText(
    fieldValue(data, titleField) ?? fieldValue(originalDoc, titleField),
    req.locale ?? undefined,
  )
  const base = slugFromTitle(title, isLocaleCode(req.locale) ? req.locale : defaultLocale)
  if (!base) return value
  const ownId = originalDoc?.id
  for (let n = 1; n <= maxSuffix; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!(await slugIsTaken(req, collection.slug, candidate, ownId))) return candidate
  }
  return value
}

/**
 * Once an entry is published its slug stays: its pages, its PDF, the QR codes printed on paper
 * leaflets and every link readers have shared point at it, and a static site cannot redirect the old
 * address. Changing it is a deliberate act: unpublish the entry, change the slug, publish again.
 */
export const keepPublishedSlug: FieldHook<EntryDocument, Slug> = async (args) => {
  const { value, originalDoc, collection, operation, req } = args
  if (
    operation !== 'update' ||
    !isDraftedCollection(collection?.slug) ||
    !originalDoc?.id ||
    value === undefined
  ) {
    return value
  }
  const stored = await req.payload.findByID({
    collection: collection.slug,
    id: originalDoc.id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
  })
  const storedSlug = stored.slug
  if (stored._status !== 'published' || value === storedSlug) return value
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'slug',
        message: jolText(req.i18n, 'jolRefusals')('slugStays', { slug: String(storedSlug) }),
      },
    ],
    req,
  })
}
