import path from 'node:path'
import { fileURLToPath } from 'node:url'

import {
  cmsUrl,
  DeploymentSettingsError,
  printCacheDir,
  siteUrl,
  snapshotDir,
} from '@jol/content-schemas/deployment'
import { z } from 'astro/zod'

/**
 * The site's build settings, read from the environment once and validated: a typo in a URL or a
 * time zone stops the build with the variable's name instead of producing a subtly broken site.
 */

const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}, 'is not an IANA time zone (e.g. "Asia/Almaty")')

/** An empty variable counts as unset, as the deployment settings read it (`JOL_SITE_URL=` in a shell). */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema)

export const siteEnvSchema = z.object({
  /** The validated snapshot the exporter wrote. */
  JOL_SNAPSHOT_DIR: z.string().trim().min(1).optional(),
  /** The public origin; pages link root-relatively, so the site must live at the root of it. */
  JOL_SITE_URL: unsetWhenEmpty(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://jol.example.org' })
      .refine(
        (value) => URL.canParse(value) && new URL(value).pathname === '/',
        'must be an origin without a path (the site is served from /)',
      )
      .optional(),
  ),
  JOL_SITE_OUT_DIR: z.string().trim().min(1).optional(),
  /** The CMS's public origin: readers' feedback and questions are posted to it. */
  JOL_CMS_URL: unsetWhenEmpty(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://cms.jol.example.org' })
      .optional(),
  ),
  /** Dates in the snapshot are instants; they are shown as calendar dates in this zone. */
  JOL_SITE_TIME_ZONE: timeZone.optional(),
  JOL_PRINT_CACHE_DIR: z.string().trim().min(1).optional(),
  /** A preview build (scripts/preview): the one entry page to make, `/{locale}/{section}/{slug}/`. */
  JOL_PREVIEW_PAGE: unsetWhenEmpty(
    z
      .string()
      .regex(/^\/[a-z]{2}\/[a-z-]+\/[^/]+\/$/, 'must be an entry page path such as /ky/leaflets/my-slug/')
      .optional(),
  ),
})

export interface SiteConfig {
  snapshotDir: string
  siteUrl: string
  cmsUrl: string
  outDir: string
  timeZone: string
  /** Rendered documents kept between builds (see print/cache). */
  printCacheDir: string
  /** Set for a preview build: the only entry page it makes (see lib/static-paths). */
  previewPage?: string
}

export class SiteConfigError extends Error {
  constructor(problems: string[]) {
    super(`The site's configuration is not valid:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'SiteConfigError'
  }
}

/** `siteRoot` is the `site/` folder; relative paths in the environment are taken from the current directory. */
export function readSiteConfig(env: Record<string, string | undefined>, siteRoot: string | URL): SiteConfig {
  const root = typeof siteRoot === 'string' ? siteRoot : fileURLToPath(siteRoot)
  const parsed = siteEnvSchema.safeParse(env)
  if (!parsed.success)
    throw new SiteConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
  const vars = parsed.data
  const outDir = path.resolve(root, vars.JOL_SITE_OUT_DIR ?? 'dist')
  // Astro bundles the pages into `<outDir>/.prerender` and runs them from there, resolving packages
  // from `site/node_modules`; an output folder elsewhere would share one `.astro/.prerender` between
  // builds (two at once break each other) and could not resolve them.
  if (!outDir.startsWith(path.resolve(root) + path.sep)) {
    throw new SiteConfigError([
      `JOL_SITE_OUT_DIR: must be a folder inside ${root} (got ${outDir}); publish it elsewhere by copying or linking`,
    ])
  }
  let origin: string
  try {
    // The defaults, and the refusal of a production build without a public origin, are the deployment's.
    origin = new URL(siteUrl(env)).origin
  } catch (error) {
    if (error instanceof DeploymentSettingsError) throw new SiteConfigError([error.message])
    throw error
  }
  return {
    snapshotDir: snapshotDir(env),
    siteUrl: origin,
    cmsUrl: cmsUrl(env),
    outDir,
    timeZone: vars.JOL_SITE_TIME_ZONE ?? 'Asia/Almaty',
    printCacheDir: printCacheDir(env),
    ...(vars.JOL_PREVIEW_PAGE === undefined ? {} : { previewPage: vars.JOL_PREVIEW_PAGE }),
  }
}
