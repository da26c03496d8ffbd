import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Where things live and how the product is deployed, read by the CMS, the scripts and the site alike
 * (Node only): each setting, its environment variable and its default are written here and nowhere
 * else. Every reader takes the environment as an argument (default `process.env`) so tests can pass one.
 */

type Env = Record<string, string | undefined>

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const siteDir = path.join(repoRoot, 'site')
/** The live site's link when JOL_SITE_DIST does not name another one. */
export const defaultSiteLink = path.join(siteDir, 'dist')
/** Builds are written into folders under here and the live link is pointed at one (see scripts/build/releases). */
export const releasesRoot = path.join(siteDir, '.releases')
/** The snapshot folder when JOL_SNAPSHOT_DIR does not name another one. */
export const defaultSnapshotDir = path.join(repoRoot, 'snapshot')
export const localSiteUrl = 'http://localhost:4321'
/** The CMS a local run starts; readers' forms post to the CMS's public origin (`JOL_CMS_URL`). */
export const localCmsUrl = 'http://localhost:3000'

const set = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim()

/** The queue the site's rebuilds and embargo lapses run on, checked every second by a running CMS. */
export const siteQueue = 'site'

/**
 * Production is decided explicitly: `JOL_ENV=production`, or, when JOL_ENV is not set,
 * `NODE_ENV=production` (as `next start` sets it for the CMS). Build steps pass JOL_ENV on to the
 * processes they start, because tools (Astro, Next) set NODE_ENV for their own reasons.
 */
export function isProduction(env: Env = process.env): boolean {
  const explicit = set(env.JOL_ENV)
  return explicit !== undefined ? explicit === 'production' : env.NODE_ENV === 'production'
}

export class DeploymentSettingsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeploymentSettingsError'
  }
}

/**
 * The public origin (canonical URLs, sitemap, feeds, QR codes, e-mail links). Outside production it
 * defaults to the local demo's; a production build without it would print links to localhost on
 * paper and in e-mails, so it refuses to run instead.
 */
export function siteUrl(env: Env = process.env): string {
  const url = set(env.JOL_SITE_URL)
  if (url !== undefined) return url
  if (isProduction(env)) {
    throw new DeploymentSettingsError(
      'JOL_SITE_URL is not set: a production build needs the public origin (e.g. JOL_SITE_URL=https://jol.example.org); ' +
        `without it, canonical URLs, feeds, QR codes and e-mail links would point at ${localSiteUrl}`,
    )
  }
  return localSiteUrl
}

/** The live site: a link swapped to each new build (JOL_SITE_DIST, e.g. a temporary folder in tests). */
export const liveSiteLink = (env: Env = process.env): string =>
  path.resolve(set(env.JOL_SITE_DIST) ?? defaultSiteLink)

/** Where the export writes and the site reads the snapshot; a relative JOL_SNAPSHOT_DIR is taken from `cwd`. */
export const snapshotDir = (env: Env = process.env, cwd = process.cwd()): string => {
  const dir = set(env.JOL_SNAPSHOT_DIR)
  return dir === undefined ? defaultSnapshotDir : path.resolve(cwd, dir)
}

/** Rendered PDFs and pictures scaled for print, kept between builds by content hash. */
export const printCacheDir = (env: Env = process.env): string =>
  path.resolve(set(env.JOL_PRINT_CACHE_DIR) ?? path.join(siteDir, 'node_modules', '.cache', 'jol-print'))

/** Without JOL_PRINT_CACHE_MAX_MB: room for years of a busy site's documents on a small server. */
export const defaultPrintCacheMaxMb = 2048
const bytesPerMb = 1024 * 1024

/**
 * How large the print cache may grow (JOL_PRINT_CACHE_MAX_MB, in MiB; `0` for no limit, as ccache
 * reads it): every edit makes new documents under new keys, so without a limit the folder grows
 * until the disk is full and no build can publish. After each publish the build removes the
 * documents used longest ago down to it (site/src/print/prune.ts). A value that is not a number is
 * refused rather than read as "no limit".
 */
export function printCacheMaxBytes(env: Env = process.env): number {
  const value = set(env.JOL_PRINT_CACHE_MAX_MB)
  if (value === undefined) return defaultPrintCacheMaxMb * bytesPerMb
  if (!/^\d+(\.\d+)?$/.test(value))
    throw new DeploymentSettingsError(
      `JOL_PRINT_CACHE_MAX_MB must be a size in megabytes such as ${defaultPrintCacheMaxMb}, or 0 for no limit (got "${value}")`,
    )
  const megabytes = Number(value)
  return megabytes === 0 ? Number.POSITIVE_INFINITY : Math.round(megabytes * bytesPerMb)
}

/**
 * How long after the last change a rebuild starts, so that ten quick edits give one build
 * (JOL_REBUILD_QUIET_MS). One second: what it must gather is one save's own cascade (a publish, its
 * media, a bulk edit, a script's saves, milliseconds apart); a person's next save comes seconds later
 * and, if a build is running by then, joins the one follow-up build that waits for it. Builds are
 * incremental now, so a second build costs little, while every second here is a second of every publish.
 */
export const defaultRebuildQuietMs = 1000

export function rebuildQuietMs(env: Env = process.env): number {
  const value = Number(set(env.JOL_REBUILD_QUIET_MS) ?? Number.NaN)
  return Number.isFinite(value) && value >= 0 ? value : defaultRebuildQuietMs
}

/**
 * Whether the CMS starts its build program when its server starts (JOL_BUILD_PROGRAM_AT_START,
 * `true` or `false`) rather than during the first change's quiet period: starting it (Node, tsx,
 * the CMS configuration, the database) is about two seconds the first publish after a restart would
 * otherwise wait. On by default in production, where the CMS is there to publish; off elsewhere, so
 * that a development server or a test does not hold a second process it may never use.
 */
export function buildProgramAtStart(env: Env = process.env): boolean {
  const value = set(env.JOL_BUILD_PROGRAM_AT_START)
  if (value === undefined) return isProduction(env)
  if (value === 'true') return true
  if (value === 'false') return false
  throw new DeploymentSettingsError(
    `JOL_BUILD_PROGRAM_AT_START must be true or false, not ${JSON.stringify(value)}`,
  )
}

/**
 * How long a build may take before the CMS stops it as hung (JOL_SITE_BUILD_TIMEOUT_MS): far above a
 * cold full build of a large site on a slow machine, so it only ends a build that will never finish,
 * which would otherwise hold up every later publish.
 */
export function siteBuildTimeoutMs(env: Env = process.env): number {
  const value = Number(set(env.JOL_SITE_BUILD_TIMEOUT_MS) ?? Number.NaN)
  return Number.isFinite(value) && value > 0 ? value : 30 * 60 * 1000
}

/**
 * Node's on-disk compile cache (NODE_COMPILE_CACHE) for the programs the CMS starts (the build, the
 * preview) and theirs (Astro): each would otherwise compile the same modules again at every start.
 */
export const nodeCompileCacheDir = path.join(repoRoot, 'node_modules', '.cache', 'jol-node-compile')

/**
 * How the CMS starts a build of the public site: a program run with `--out <live link> --serve`, kept
 * open and asked for each build over IPC (see cms/src/publishing/keptOpenProgram.ts). A program that
 * does not serve (a wrapper) may build once and exit instead: its exit code is the build's outcome.
 *
 * Why here: the build belongs to the scripts layer, which sits above the CMS (it reads the CMS's
 * database), so the CMS must not reach into it by path; like the live link, which build to run is a
 * fact of the deployment. JOL_SITE_BUILD_ENTRY names another build program (a wrapper that builds
 * in a container, a test double); by default it is the one `./jol build` runs.
 */
export function siteBuildCommand(env: Env = process.env): { command: string; args: string[]; cwd: string } {
  const entry = path.resolve(
    set(env.JOL_SITE_BUILD_ENTRY) ?? path.join(repoRoot, 'scripts', 'build', 'run.ts'),
  )
  // tsx is resolved from the scripts package, which has it.
  return { command: process.execPath, args: ['--import', 'tsx', entry], cwd: path.join(repoRoot, 'scripts') }
}

/** The CMS's public origin, where the site's forms post (feedback, questions). */
export const cmsUrl = (env: Env = process.env): string => new URL(set(env.JOL_CMS_URL) ?? localCmsUrl).origin

/**
 * How the CMS renders a preview of a draft (scripts/preview/run.ts): like `siteBuildCommand`, the
 * program belongs to the scripts layer, which the CMS must not reach into by a path of its own.
 * JOL_SITE_PREVIEW_ENTRY names another program (a test double, a wrapper).
 */
export function sitePreviewCommand(env: Env = process.env): { command: string; args: string[]; cwd: string } {
  const entry = path.resolve(
    set(env.JOL_SITE_PREVIEW_ENTRY) ?? path.join(repoRoot, 'scripts', 'preview', 'run.ts'),
  )
  return { command: process.execPath, args: ['--import', 'tsx', entry], cwd: path.join(repoRoot, 'scripts') }
}

/**
 * Where previews are rendered, each in a folder of its own removed afterwards: inside `site/` because
 * Astro resolves the site's packages from its output folder (see site/src/config.ts).
 */
export const previewWorkRoot = path.join(siteDir, 'node_modules', '.cache', 'jol-previews')
