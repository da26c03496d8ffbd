import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { requestRebuild, scheduleEmbargoLapse } from './rebuildQueue'
import type { BuildTrigger } from './triggers'

interface ContentDoc {
  id: number | string
  slug?: string
  _status?: 'draft' | 'published' | null
  embargoUntil?: string | null
}

const localeOf = (req: PayloadRequest) => (typeof req.locale === 'string' ? req.locale : undefined)

/**
 * Payload's scheduled publishing runs as a `schedulePublish` job that updates the document; while
 * that job is processing, a publish of the same document is the schedule's doing.
 */
async function isScheduledPublish(req: PayloadRequest, collection: string, id: number | string): Promise<boolean> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { processing: { equals: true } }] },
    depth: 0,
    limit: 100,
    overrideAccess: true,
    req,
  })
  return docs.some((job) => {
    const doc = (job.input as { doc?: { relationTo?: string; value?: unknown } } | undefined)?.doc
    return doc?.relationTo === collection && String(doc.value) === String(id)
  })
}

/**
 * Content collections: the public site changes when a document is published, unpublished, or
 * changed while published. Draft work on an unpublished document does not rebuild anything.
 */
export const rebuildOnPublishedChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const current = doc as ContentDoc
  const published = current._status === 'published'
  const wasPublished = (previousDoc as ContentDoc | undefined)?._status === 'published'
  if (!published && !wasPublished) return doc
  const operation: BuildTrigger['operation'] = published ? (wasPublished ? 'update' : 'publish') : 'unpublish'
  const scheduled = await isScheduledPublish(req, collection.slug, current.id)
  const locale = localeOf(req)
  await requestRebuild(req.payload, { source: scheduled ? 'schedule' : 'edit', collection: collection.slug, ...(current.slug ? { slug: current.slug } : {}), ...(locale ? { locale } : {}), operation }, req)
  return doc
}

export const rebuildOnPublishedDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  const current = doc as ContentDoc
  if (current._status !== 'published') return doc
  await requestRebuild(req.payload, { source: 'edit', collection: collection.slug, ...(current.slug ? { slug: current.slug } : {}), operation: 'delete' }, req)
  return doc
}

/** Media: an image or its alternative text may appear on published pages and in press kits. */
export const rebuildOnMediaChange: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const locale = localeOf(req)
  await requestRebuild(req.payload, { source: 'media', collection: collection.slug, slug: String((doc as { filename?: string }).filename ?? doc.id), ...(locale ? { locale } : {}), operation }, req)
  return doc
}

export const rebuildOnMediaDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await requestRebuild(req.payload, { source: 'media', collection: collection.slug, slug: String((doc as { filename?: string }).filename ?? doc.id), operation: 'delete' }, req)
  return doc
}

/** A release published under a future embargo: rebuild again when the embargo passes. */
export const rebuildWhenEmbargoLapses: CollectionAfterChangeHook = async ({ doc, req }) => {
  const release = doc as ContentDoc
  if (release._status !== 'published' || !release.embargoUntil) return doc
  const embargoUntil = new Date(release.embargoUntil)
  if (Number.isNaN(embargoUntil.getTime()) || embargoUntil.getTime() <= Date.now()) return doc
  await scheduleEmbargoLapse(req.payload, { id: release.id, ...(release.slug ? { slug: release.slug } : {}), embargoUntil }, req)
  return doc
}
