import type { EntryCollection, PreviewCollection } from '@jol/content-schemas'
import type { Payload } from 'payload'

import type { CmsDoc, ContentReader } from '../export/contentReader'
import { converters } from '../export/kinds'

/** The entry a preview shows: its collection and CMS id. */
export interface PreviewTarget {
  collection: PreviewCollection
  id: string
}

/** The kinds an entry of `collection` refers to, and the kinds those refer to (its campaigns, a newsletter's stories). */
export function referredKinds(collection: EntryCollection): Set<EntryCollection> {
  const found = new Set<EntryCollection>()
  const visit = (kind: EntryCollection) => {
    for (const before of converters[kind].after ?? [])
      if (!found.has(before)) {
        found.add(before)
        visit(before)
      }
  }
  visit(collection)
  return found
}

/**
 * What a preview is made of, read as the export reads (so the same converters and checks apply):
 * the entry's latest draft in every language instead of its published version, the published
 * entries it refers to, and no other entry, so the snapshot holds the one entry and the build makes
 * its page alone. Media, services and the globals are the published ones, as the site would show them.
 *
 * The draft is read with access overridden: the CMS has checked that the signed-in user may read it
 * before it started the preview.
 */
export function draftReader(
  published: ContentReader,
  payload: Payload,
  target: PreviewTarget,
): ContentReader {
  const referred = referredKinds(target.collection)
  return {
    source: published.source,
    services: (locale) => published.services(locale),
    media: (locale) => published.media(locale),
    mediaFile: (doc) => published.mediaFile(doc),
    global: (slug, locale) => published.global(slug, locale),
    close: () => published.close(),
    async published(collection, locale) {
      if (collection === target.collection) {
        const draft = await payload.findByID({
          collection: target.collection,
          id: target.id,
          locale,
          draft: true,
          overrideAccess: true,
          fallbackLocale: false,
          depth: 0,
          disableErrors: true,
        })
        return draft ? [draft as unknown as CmsDoc] : []
      }
      return referred.has(collection) ? published.published(collection, locale) : []
    },
  }
}
