/**
 * Boots the CMS on the database and uploads named by DATABASE_URI and JOL_MEDIA_DIR, in its own
 * process, and writes everything it holds to the JSON file given as argument: every document of
 * every collection and every global in all locales, every version, and the SHA-256 of every upload.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import config from '@jol/cms/config'
import { getPayload } from 'payload'

/** Queue and admin-session state, not content. */
const notContent = new Set(['payload-jobs', 'payload-locked-documents', 'payload-preferences'])

const [out] = process.argv.slice(2) as [string]
const payload = await getPayload({ config })
const dump: Record<string, unknown> = {}
for (const collection of payload.config.collections) {
  const slug = collection.slug as 'leaflets'
  if (notContent.has(slug)) continue
  const all = {
    depth: 0,
    locale: 'all' as 'en',
    pagination: false as const,
    limit: 0,
    overrideAccess: true,
    sort: 'id',
  }
  dump[`docs:${slug}`] = (await payload.find({ collection: slug, ...all })).docs
  if (collection.versions)
    dump[`versions:${slug}`] = (await payload.findVersions({ collection: slug, ...all })).docs
}
for (const global of payload.config.globals) {
  const slug = global.slug as 'site-settings'
  dump[`global:${slug}`] = await payload.findGlobal({
    slug,
    depth: 0,
    locale: 'all' as 'en',
    overrideAccess: true,
  })
  if (global.versions) {
    dump[`globalVersions:${slug}`] = (
      await payload.findGlobalVersions({
        slug,
        depth: 0,
        locale: 'all' as 'en',
        pagination: false,
        limit: 0,
        overrideAccess: true,
        sort: 'id',
      })
    ).docs
  }
}
const mediaDir = process.env.JOL_MEDIA_DIR!
const files: Record<string, string> = {}
for (const name of (await fs.readdir(mediaDir).catch(() => [])).sort()) {
  files[name] = createHash('sha256')
    .update(await fs.readFile(path.join(mediaDir, name)))
    .digest('hex')
}
dump.mediaFiles = files
await fs.writeFile(out, JSON.stringify(dump))
await payload.destroy()
process.exit(0)
