import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestRebuild } from '../../publishing/rebuildQueue'

type QuestionDoc = { status?: string | null; slug?: string | null }

/** The site shows questions published as FAQ: publishing, changing or withdrawing one rebuilds it. */
export const rebuildOnFaqChange: CollectionAfterChangeHook<QuestionDoc & { id: number | string }> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const published = doc.status === 'faq'
  const wasPublished = previousDoc?.status === 'faq'
  if (!published && !wasPublished) return doc
  const operation = published ? (wasPublished ? 'update' : 'publish') : 'unpublish'
  const locale = typeof req.locale === 'string' ? req.locale : undefined
  await requestRebuild(
    req.payload,
    {
      source: 'edit',
      collection: 'questions',
      slug: doc.slug ?? undefined,
      ...(locale ? { locale } : {}),
      operation,
    },
    req,
  )
  return doc
}

export const rebuildOnFaqDelete: CollectionAfterDeleteHook<QuestionDoc & { id: number | string }> = async ({
  doc,
  req,
}) => {
  if (doc.status === 'faq')
    await requestRebuild(
      req.payload,
      { source: 'edit', collection: 'questions', slug: doc.slug ?? undefined, operation: 'delete' },
      req,
    )
  return doc
}
