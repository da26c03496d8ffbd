import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import type { EntryDocument } from '../documents'
import type { Media, PressRelease, TaskSchedulePublish } from '../payload-types'
import { requestRebuild, scheduleEmbargoLapse } from './rebuildQueue'
import type { BuildTrigger } from './triggers'

/** What a hook asks a rebuild for (the time is added when it is noted). */
type Rebuild = Omit<BuildTrigger, 'at'>

const localeOf = (req: PayloadRequest) => (typeof req.locale === 'string' ? req.locale : undefined)

/**
 * Payload's scheduled publishing runs as a `schedulePublish` job that updates the document; while
 * that job is processing, a publish of the same document is the schedule's doing.
 */
async function isScheduledPublish(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { processing: { equals: true } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return docs.some((job) => {
    // A job's input is stored as JSON; a `schedulePublish` job's is the task's generated input.
    const doc = (job.input as TaskSchedulePublish['input'] | null | undefined)?.doc
    return doc?.relationTo === collection && String(doc.value) === String(id)
  })
}

/**
 * Content collections: the public site changes when a document is published, unpublished, or
 * changed while published. Draft work on an unpublished document does not rebuild anything.
 */
export const rebuildOnPublishedChange: CollectionAfterChangeHook<EntryDocument> = async (args) => {
  const { collection, doc, previousDoc, req } = args
  const published = doc._status === 'published'
  const wasPublished = previousDoc?._status === 'published'
  if (!published && !wasPublished) return doc
  const operation: BuildTrigger['operation'] = published ? (wasPublished ? 'update' : 'publish') : 'unpublish'
  const source = (await isScheduledPublish(req, collection.slug, doc.id)) ? 'schedule' : 'edit'
  const locale = localeOf(req)
  const trigger: Rebuild = {
    source,
    collection: collection.slug,
    slug: doc.slug,
    ...(locale ? { locale } : {}),
    operation,
  }
  await requestRebuild(req.payload, trigger, req)
  return doc
}

export const rebuildOnPublishedDelete: CollectionAfterDeleteHook<EntryDocument> = async ({
  collection,
  doc,
  req,
}) => {
  if (doc._status !== 'published') return doc
  const trigger: Rebuild = {
    source: 'edit',
    collection: collection.slug,
    slug: doc.slug,
    operation: 'delete',
  }
  await requestRebuild(req.payload, trigger, req)
  return doc
}

/** Media: an image or its alternative text may appear on published pages and in press kits. */
export const rebuildOnMediaChange: CollectionAfterChangeHook<Media> = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const locale = localeOf(req)
  const slug = doc.filename ?? String(doc.id)
  const trigger: Rebuild = {
    source: 'media',
    collection: collection.slug,
    slug,
    ...(locale ? { locale } : {}),
    operation,
  }
  await requestRebuild(req.payload, trigger, req)
  return doc
}

export const rebuildOnMediaDelete: CollectionAfterDeleteHook<Media> = async ({ collection, doc, req }) => {
  const slug = doc.filename ?? String(doc.id)
  await requestRebuild(
    req.payload,
    { source: 'media', collection: collection.slug, slug, operation: 'delete' },
    req,
  )
  return doc
}

/** A release published under a future embargo: rebuild again when the embargo passes. */
export const rebuildWhenEmbargoLapses: CollectionAfterChangeHook<PressRelease> = async ({ doc, req }) => {
  if (doc._status !== 'published' || !doc.embargoUntil) return doc
  const embargoUntil = new Date(doc.embargoUntil)
  if (Number.isNaN(embargoUntil.getTime()) || embargoUntil.getTime() <= Date.now()) return doc
  await scheduleEmbargoLapse(req.payload, { id: doc.id, slug: doc.slug, embargoUntil }, req)
  return doc
}

/** Settings saved only as a draft (a translator's work) change nothing on the site yet. */
const draftSaveKey = (slug: string) => `jol:draftSave:${slug}`

export const noteGlobalDraftSave: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation === 'update') req.context[draftSaveKey(global.slug)] = args?.draft === true
  return args
}

/**
 * Site settings (the hotline is on every page) and the press room (in every press kit): a saved
 * change rebuilds the site like any published change.
 */
export const rebuildOnSettingsChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (req.context[draftSaveKey(global.slug)] === true) return doc
  const locale = localeOf(req)
  const trigger: Rebuild = {
    source: 'settings',
    global: global.slug,
    ...(locale ? { locale } : {}),
    operation: 'update',
  }
  await requestRebuild(req.payload, trigger, req)
  return doc
}
