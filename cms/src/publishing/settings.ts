import path from 'node:path'

import { cmsRoot } from '../paths'

/** The queue the site's rebuilds and embargo lapses run on, checked every second by a running CMS. */
export const siteQueue = 'site'

export const repoRoot = path.resolve(cmsRoot, '..')

/**
 * The live site: a link swapped to each new build (`site/dist` unless JOL_SITE_DIST says otherwise,
 * e.g. a temporary folder in tests). The demo's static server serves the same link.
 */
export const liveSiteLink = (): string => path.resolve(process.env.JOL_SITE_DIST || path.join(repoRoot, 'site', 'dist'))

/** Where readers find the live site (also the site's own canonical base URL). */
export const liveSiteUrl = (): string => process.env.JOL_SITE_URL || 'http://localhost:4321'

/** How long after the last change a rebuild starts, so that ten quick edits give one build. */
export function rebuildQuietMs(): number {
  const raw = process.env.JOL_REBUILD_QUIET_MS
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw)
  return Number.isFinite(value) && value >= 0 ? value : 2000
}
