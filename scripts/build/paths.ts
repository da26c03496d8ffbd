import path from 'node:path'

import { repoRoot } from '../export/cliArgs'

/** Where the site, its live link and the exported snapshot live by default. */
export const siteDir = path.join(repoRoot, 'site')
export const defaultSiteLink = path.join(siteDir, 'dist')
export const defaultSnapshotDir = path.join(repoRoot, 'snapshot')
