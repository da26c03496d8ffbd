import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { countKeyOf, type ReachCount } from './countReach'
import { nothingRead, type HighWaterMark } from './highWaterMark'

/**
 * The counts and the stream's new mark are written in one transaction (on SQLite; MongoDB without a
 * replica set has none): an import that fails half-way leaves both as they were, so running it
 * again neither loses nor doubles anything. Only this code writes these collections, through the
 * Local API with `overrideAccess`.
 */

const marks = 'reach-import-marks'
const counts = 'reach-counts'

export async function markOf(payload: Payload, stream: string): Promise<HighWaterMark> {
  const { docs } = await payload.find({
    collection: marks,
    where: { stream: { equals: stream } },
    limit: 1,
    overrideAccess: true,
  })
  const doc = docs[0]
  return doc ? { second: doc.second, linesAtSecond: doc.linesAtSecond } : nothingRead
}

async function addCounts(payload: Payload, req: PayloadRequest, found: ReachCount[]): Promise<void> {
  const days = [...new Set(found.map((c) => c.day))]
  const { docs } = await payload.find({
    collection: counts,
    where: { day: { in: days } },
    pagination: false,
    overrideAccess: true,
    req,
  })
  const stored = new Map(docs.map((doc) => [doc.key, doc]))
  for (const count of found) {
    const key = countKeyOf(count)
    const doc = stored.get(key)
    if (doc) {
      await payload.update({
        collection: counts,
        id: doc.id,
        data: { views: doc.views + count.views },
        overrideAccess: true,
        req,
      })
    } else {
      const { entryCollection, slug, locale, kind, source, day, views } = count
      await payload.create({
        collection: counts,
        data: { key, day, entryCollection, slug, locale, kind, source, views },
        overrideAccess: true,
        req,
      })
    }
  }
}

export async function storeImport(
  payload: Payload,
  stream: string,
  found: ReachCount[],
  mark: HighWaterMark,
): Promise<void> {
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    await addCounts(payload, req, found)
    if (Number.isFinite(mark.second)) {
      const data = { stream, second: mark.second, linesAtSecond: mark.linesAtSecond }
      const { docs } = await payload.find({
        collection: marks,
        where: { stream: { equals: stream } },
        limit: 1,
        overrideAccess: true,
        req,
      })
      if (docs[0])
        await payload.update({ collection: marks, id: docs[0].id, data, overrideAccess: true, req })
      else await payload.create({ collection: marks, data, overrideAccess: true, req })
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
