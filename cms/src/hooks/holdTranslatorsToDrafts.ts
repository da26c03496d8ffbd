import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalConfig,
  type PayloadRequest,
} from 'payload'

import { roleOf } from '../access/roles'
import { sharedFieldChanges } from '../fields/sharedFields'

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]
type Data = Record<string, unknown>

const forbidden = (message: string) => new APIError(message, 403, null, true)

const publishRefused = () =>
  forbidden('Translators cannot publish: save your translation as a draft and ask an editor to publish it.')

const restoreRefused = () =>
  forbidden('Translators cannot restore versions: a version holds every language and the shared fields. Ask an editor.')

/** Refuses a write that changes shared fields, naming each one (the admin marks them too). */
function refuseSharedChanges(req: PayloadRequest, owner: { collection: string } | { global: string }, fields: Field[], data: Data, stored: unknown): void {
  const changed = sharedFieldChanges(fields, data, stored)
  if (changed.length === 0) return
  throw new ValidationError(
    {
      ...owner,
      errors: changed.map((path) => ({
        path,
        message: `"${path}" is shared by every language: only an editor may change it. Translators change their own language's text.`,
      })),
      req,
    },
    req.t,
  )
}

/** The write as a draft: a translator's save never changes, publishes or unpublishes what is live. */
function asDraft(args: { data?: Data; draft?: boolean }) {
  if (args.data?._status === 'published') throw publishRefused()
  // Payload's per-locale publishing switches would publish or unpublish: never for a translator.
  const noPublishing = { publishSpecificLocale: undefined, publishAllLocales: undefined, unpublishAllLocales: undefined }
  return { ...noPublishing, data: { ...args.data, _status: 'draft' }, draft: true as const }
}

/**
 * A translator writes only localized fields, in their own locales (the collection's update access),
 * and only as drafts, whichever door they use: one document, a bulk update with `where`, or a
 * version restore. An editor publishes their work after comparing versions.
 */
export const holdTranslatorsToDrafts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (roleOf(req) !== 'translator') return args
  if (operation === 'restoreVersion') throw restoreRefused()
  if (operation !== 'update') return args
  const draftArgs = asDraft(args)
  const find = { collection: collection.slug, draft: true, depth: 0, overrideAccess: true, fallbackLocale: false as const, req }
  // `update` covers both one document (`id`) and a bulk update (`where`).
  const { id } = args as { id?: number | string }
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
export const holdTranslatorsToDraftsGlobal: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (roleOf(req) !== 'translator') return args
  if (operation === 'restoreVersion') throw restoreRefused()
  if (operation !== 'update') return args
  const draftArgs = asDraft(args)
  const stored = await req.payload.findGlobal({ slug: global.slug, draft: true, depth: 0, overrideAccess: true, fallbackLocale: false, req })
  refuseSharedChanges(req, { global: global.slug }, global.fields, draftArgs.data, stored)
  return { ...args, ...draftArgs }
}
