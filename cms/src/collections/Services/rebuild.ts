import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestRebuild } from '../../publishing/rebuildQueue'

type ServiceDoc = { id: number | string; slug?: string | null }

/** A service's number is on directory pages, PDFs, leaflets and the hotline: every change rebuilds. */
export const rebuildOnServiceChange: CollectionAfterChangeHook<ServiceDoc> = async ({
  doc,
  operation,
  req,
}) => {
  const locale = typeof req.locale === 'string' ? req.locale : undefined
  await requestRebuild(
    req.payload,
    {
      source: 'edit',
      collection: 'services',
      slug: doc.slug ?? undefined,
      ...(locale ? { locale } : {}),
      operation: operation === 'create' ? 'create' : 'update',
    },
    req,
  )
  return doc
}

export const rebuildOnServiceDelete: CollectionAfterDeleteHook<ServiceDoc> = async ({ doc, req }) => {
  await requestRebuild(
    req.payload,
    { source: 'edit', collection: 'services', slug: doc.slug ?? undefined, operation: 'delete' },
    req,
  )
  return doc
}
