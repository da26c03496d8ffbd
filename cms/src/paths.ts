import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the CMS package lives, so paths do not depend on the directory a command runs from. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Uploaded files; `JOL_MEDIA_DIR` moves them (tests use a temporary folder). */
export const mediaDir = (): string => process.env.JOL_MEDIA_DIR || path.join(cmsRoot, 'media')

/** The embedded database file when `DATABASE_URI` is not set. */
export const defaultSqliteFile = (): string => path.join(cmsRoot, 'data', 'jol.db')
