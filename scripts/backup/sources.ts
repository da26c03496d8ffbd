import path from 'node:path'

import { databaseKind } from '@jol/cms/database/adapter'
import { cmsRoot, defaultSqliteFile, mediaDir } from '@jol/cms/paths'

/** Where the content a backup holds lives: the database (as the CMS finds it) and the uploads folder. */
export interface ContentSources {
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; uri: string }
  mediaDir: string
}

/** The same places the CMS uses, from the same variables (DATABASE_URI, JOL_MEDIA_DIR). */
export function contentSources(env: NodeJS.ProcessEnv = process.env): ContentSources {
  const uri = env.DATABASE_URI
  const media = path.resolve(cmsRoot, env.JOL_MEDIA_DIR || mediaDir())
  if (databaseKind(uri) === 'mongodb') return { database: { kind: 'mongodb', uri: uri! }, mediaDir: media }
  if (uri && !uri.startsWith('file:')) {
    throw new Error('DATABASE_URI must start with "file:", "mongodb://" or "mongodb+srv://".')
  }
  const file = uri ? uri.slice('file:'.length).split('?')[0]! : defaultSqliteFile()
  if (file === '' || file === ':memory:') {
    throw new Error(
      'DATABASE_URI names an in-memory database: there is nothing on disk to back up or restore.',
    )
  }
  // The CMS runs from cms/, so that is where a relative path starts.
  return { database: { kind: 'sqlite', file: path.resolve(cmsRoot, file) }, mediaDir: media }
}
