import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import type { SiteConfig } from '../config'
import { ownKeysHashed } from '../lib/page-keys'
import { CARRIED_PAGES_LINE, carriedFiles, planRecord, startPlan } from '../lib/render-plan'

/**
 * Incremental builds (see `lib/render-plan.ts`): starts the plan when the config is read (so the
 * sitemap's options can list carried-over pages), says which pages are carried over as soon as every
 * path is planned (`JOL_ANNOUNCE_CARRIED`, see `CARRIED_PAGES_LINE`) and writes the record of every
 * keyed page when the build is done. The build's fingerprint is everything a page may show that is not in the snapshot:
 * a change to any of it changes every page's key, i.e. a full build.
 */

const siteRoot = fileURLToPath(new URL('../..', import.meta.url))
const repoRoot = path.resolve(siteRoot, '..')

/** Files whose change may change any page: Jol's version and dependencies, templates, UI strings, the contract. */
const fingerprintSources = [
  path.join(repoRoot, 'package.json'),
  path.join(repoRoot, 'pnpm-lock.yaml'),
  path.join(siteRoot, 'package.json'),
  path.join(siteRoot, 'astro.config.mjs'),
  path.join(siteRoot, 'build.mjs'),
  path.join(siteRoot, 'src'),
  path.join(siteRoot, 'public'),
  path.join(repoRoot, 'content-schemas', 'package.json'),
  path.join(repoRoot, 'content-schemas', 'src'),
]

function filesUnder(file: string): string[] {
  const stat = fs.statSync(file, { throwIfNoEntry: false })
  if (!stat) return []
  if (!stat.isDirectory()) return [file]
  return fs
    .readdirSync(file)
    .sort()
    .flatMap((name) => filesUnder(path.join(file, name)))
}

export function buildFingerprint(config: Pick<SiteConfig, 'siteUrl' | 'cmsUrl' | 'timeZone'>): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify([config.siteUrl, config.cmsUrl, config.timeZone, process.env.JOL_ENV ?? '']))
  for (const file of fingerprintSources.flatMap(filesUnder)) {
    hash.update(`\0${path.relative(repoRoot, file)}\0`)
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex').slice(0, 32)
}

export function jolRenderPlan(config: SiteConfig, env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  startPlan(buildFingerprint(config), env.JOL_PREVIOUS_PAGES || undefined)
  // Entries whose own keys a spare hashed ahead are not hashed again (see `keyEntriesAhead`).
  let hashedBefore = 0
  return {
    name: 'jol:render-plan',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        hashedBefore = ownKeysHashed()
        if (env.JOL_ANNOUNCE_CARRIED !== '1') return
        // Astro's own prerenderer, told apart only in that the plan is announced between the static
        // paths (every keyed route planned) and the first page written.
        setPrerenderer((astro) => ({
          ...astro,
          getStaticPaths: async () => {
            const paths = await astro.getStaticPaths()
            const files = carriedFiles(paths.map(({ pathname }) => pathname))
            // One write, synchronous on a pipe: the pipeline reads it whole, while pages render.
            process.stdout.write(`${CARRIED_PAGES_LINE}${JSON.stringify(files)}\n`)
            return paths
          },
        }))
      },
      'astro:build:done': ({ logger, pages: built, dir }) => {
        const record = planRecord(
          built.map((page) => page.pathname),
          fileURLToPath(dir),
        )
        const pages = Object.values(record.pages)
        logger.info(
          `pages: ${pages.filter((p) => p.rendered).length} rendered, ${pages.filter((p) => !p.rendered).length} carried over from the live release; entry keys hashed: ${ownKeysHashed() - hashedBefore}`,
        )
        if (env.JOL_PAGES_OUT) fs.writeFileSync(env.JOL_PAGES_OUT, JSON.stringify(record))
      },
    },
  }
}
