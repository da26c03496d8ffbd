import type { Access, PayloadRequest, Where } from 'payload'

import { mediaPlacedIn, relationIdOf } from '../fields/mediaInRichText'
import { publishedToReaders } from './publishedOrSignedIn'
import { releasedToReaders } from './releasedOrSignedIn'

/** A photo of people who can be recognised, without their recorded consent, is never public. */
const withoutConsentProblem: Where = {
  or: [
    { showsIdentifiablePeople: { not_equals: true } },
    { showsIdentifiablePeople: { exists: false } },
    { consentRecorded: { equals: true } },
  ],
}

/** The media ids published content shows to readers: covers, press photos, pictures in texts. */
async function mediaShownToReaders(req: PayloadRequest): Promise<(number | string)[]> {
  const ids = new Set<string>()
  const keep = new Map<string, number | string>()
  const add = (value: unknown) => {
    const id = relationIdOf(value)
    if (id !== undefined && !ids.has(String(id))) {
      ids.add(String(id))
      keep.set(String(id), id)
    }
  }
  const read = { depth: 0, limit: 0, pagination: false, locale: 'all', overrideAccess: true, req } as const
  const [leaflets, posts, releases, pressRoom] = await Promise.all([
    req.payload.find({
      ...read,
      collection: 'leaflets',
      where: publishedToReaders,
      select: { cover: true, body: true },
    }),
    req.payload.find({
      ...read,
      collection: 'posts',
      where: publishedToReaders,
      select: { cover: true, body: true },
    }),
    req.payload.find({
      ...read,
      collection: 'press-releases',
      where: releasedToReaders(),
      select: { photos: true, body: true },
    }),
    req.payload.findGlobal({ slug: 'press-room', depth: 0, locale: 'all', overrideAccess: true, req }),
  ])
  for (const doc of [...leaflets.docs, ...posts.docs]) add(doc.cover)
  for (const release of releases.docs) for (const photo of release.photos ?? []) add(photo)
  for (const doc of [...leaflets.docs, ...posts.docs, ...releases.docs, pressRoom])
    mediaPlacedIn(doc).forEach(({ id }) => add(id))
  return [...keep.values()]
}

/**
 * Staff, and server code using the Local API (the exporter, which leaves such photos out itself
 * and says where), read all media. Anonymous readers of REST, GraphQL and `/api/media/file/…` get
 * a file and its text only while published content they may read shows it, and never a photo of
 * identifiable people without recorded consent: not before an embargo ends, not after the last
 * page using it is unpublished.
 */
export const mediaReaders: Access = async ({ req }) => {
  if (req.user || req.payloadAPI === 'local') return true
  const shown = await mediaShownToReaders(req)
  const used: Where = shown.length > 0 ? { id: { in: shown } } : { id: { exists: false } }
  return { and: [used, withoutConsentProblem] }
}
