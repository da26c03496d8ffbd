import type { DraftedCollection } from '@jol/content-schemas'
import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { roleOf } from '../access/roles'
import type { TranslatableGlobalDocument } from '../documents'
import { sharedFieldChanges } from '../fields/sharedFields'
import { jolText } from '../i18n/jolText'

/** A translator's refusal, in their admin language. */
const forbidden = (req: PayloadRequest, refusal: 'translatorPublish' | 'translatorRestore') =>
  new APIError(jolText(req.i18n, 'jolRefusals')(refusal), 403, null, true)

/** Refuses a write that changes shared fields, naming each one (the admin marks them too). */
function refuseSharedChanges(
  req: PayloadRequest,
  owner: { collection: string } | { global: string },
  fields: Field[],
  submitted: object,
  stored: object | null,
): void {
  const changed = sharedFieldChanges(fields, submitted, stored)
  if (changed.length === 0) return
  throw new ValidationError(
    {
      ...owner,
      errors: changed.map((path) => ({
        path,
        message: jolText(req.i18n, 'jolRefusals')('sharedField', { path }),
      })),
      req,
    },
    req.t,
  )
}

/** The write as a draft: a translator's save never changes, publishes or unpublishes what is live. */
function asDraft<Data extends { _status?: 'draft' | 'published' | null }>(
  req: PayloadRequest,
  args: {
    data?: Data
    draft?: boolean
  },
) {
  if (args.data?._status === 'published') throw forbidden(req, 'translatorPublish')
  // Payload's per-locale publishing switches would publish or unpublish: never for a translator.
  const noPublishing = {
    publishSpecificLocale: undefined,
    publishAllLocales: undefined,
    unpublishAllLocales: undefined,
  }
  return { ...noPublishing, data: { ...args.data, _status: 'draft' }, draft: true as const }
}

/**
 * A translator writes only localized fields, in their own locales (the collection's update access),
 * and only as drafts, whichever door they use: one document, a bulk update with `where`, or a
 * version restore. An editor publishes their work after comparing versions.
 */
export const holdTranslatorsToDrafts: CollectionBeforeOperationHook<DraftedCollection> = async (hook) => {
  const { args, collection, operation, req } = hook
  if (roleOf(req) !== 'translator') return args
  if (operation === 'restoreVersion') throw forbidden(req, 'translatorRestore')
  if (operation !== 'update') return args
  const draftArgs = asDraft(req, args)
  const find = {
    collection: collection.slug,
    draft: true,
    depth: 0,
    overrideAccess: true,
    fallbackLocale: false as const,
    req,
  }
  // `update` covers both a bulk update (`where`) and one document: Payload runs this hook for
  // `updateByID` with the operation `update` and its arguments, which carry the `id`.
  const { id } = args as typeof args & { id?: number | string }
  const stored =
    id !== undefined
      ? [await req.payload.findByID({ ...find, id, disableErrors: true })]
      : (await req.payload.find({ ...find, where: args.where ?? {}, limit: 0, pagination: false })).docs
  for (const doc of stored) {
    if (doc) refuseSharedChanges(req, { collection: collection.slug }, collection.fields, draftArgs.data, doc)
  }
  return { ...args, ...draftArgs }
}

/** The same for settings: globals have drafts so a translator's change waits for an editor. */
export const holdTranslatorsToDraftsGlobal: GlobalBeforeOperationHook = async ({
  args,
  global,
  operation,
  req,
}) => {
  if (roleOf(req) !== 'translator') return args
  if (operation === 'restoreVersion') throw forbidden(req, 'translatorRestore')
  if (operation !== 'update') return args
  const draftArgs = asDraft<Partial<TranslatableGlobalDocument>>(req, args)
  const read = { draft: true, depth: 0, overrideAccess: true, fallbackLocale: false, req } as const
  const stored = await req.payload.findGlobal({ ...read, slug: global.slug })
  refuseSharedChanges(req, { global: global.slug }, global.fields, draftArgs.data, stored)
  return { ...args, ...draftArgs }
}
