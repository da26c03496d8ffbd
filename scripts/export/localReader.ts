import fs from 'node:fs/promises'
import path from 'node:path'

import type { LocaleCode } from '@jol/content-schemas'
import type { Payload } from 'payload'

import { isPublic, type CmsDoc, type ContentReader } from './contentReader'

/**
 * Reads the CMS's own database through Payload's Local API, as an anonymous reader would:
 * `overrideAccess: false` with no user, so the collections' access rules (published only, embargo)
 * apply exactly as they do on the public REST API. One locale per call: `locale: 'all'` together
 * with drafts has been unreliable in Payload.
 */
export async function openLocalReader(
  options: { payload?: Payload; now?: () => Date } = {},
): Promise<ContentReader> {
  const now = options.now ?? (() => new Date())
  const ownsPayload = options.payload === undefined
  if (ownsPayload) {
    // An export only reads: it must not run the scheduled-publishing queue, and Payload's start-up
    // notices would drown the one-line summary.
    process.env.JOL_JOBS_AUTORUN ??= 'false'
    process.env.JOL_LOG_LEVEL ??= 'error'
  }
  // The configuration is imported only when needed: it reads DATABASE_URI when it is evaluated.
  const cms =
    options.payload ??
    (await (await import('payload')).getPayload({ config: (await import('@jol/cms/config')).default }))

  const asAnonymous = {
    overrideAccess: false,
    user: null,
    draft: false,
    fallbackLocale: false,
    depth: 0,
  } as const

  return {
    source: { kind: 'local' },
    async published(collection, locale: LocaleCode) {
      const { docs } = await cms.find({ collection, locale, ...asAnonymous, pagination: false, limit: 0 })
      return (docs as unknown as CmsDoc[]).filter((doc) => isPublic(collection, doc, now()))
    },
    async services(locale) {
      const { docs } = await cms.find({
        collection: 'services',
        locale,
        ...asAnonymous,
        pagination: false,
        limit: 0,
      })
      return docs as unknown as CmsDoc[]
    },
    async media(locale) {
      const { docs } = await cms.find({
        collection: 'media',
        locale,
        ...asAnonymous,
        pagination: false,
        limit: 0,
      })
      return docs as unknown as CmsDoc[]
    },
    async mediaFile(doc) {
      const upload = (cms.collections.media?.config.upload ?? {}) as { staticDir?: string }
      if (!upload.staticDir) throw new Error('The media collection has no upload folder configured.')
      if (typeof doc.filename !== 'string' || doc.filename === '')
        throw new Error(`media #${doc.id} has no file name`)
      // basename: a stored file name never leads outside the upload folder.
      return fs.readFile(path.join(upload.staticDir, path.basename(doc.filename)))
    },
    async global(slug, locale) {
      return (await cms.findGlobal({ slug, locale, ...asAnonymous })) as unknown as Record<string, unknown>
    },
    async close() {
      if (ownsPayload) await cms.destroy()
    },
  }
}
