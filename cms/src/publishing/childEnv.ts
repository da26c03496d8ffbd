import { isProduction, nodeCompileCacheDir } from '@jol/content-schemas/deployment'

/** What would make Astro build in development mode, or confuse a child Node process with Next's own. */
const notInherited = new Set(['NODE_ENV', 'NEXT_PHASE', 'NEXT_RUNTIME', '__NEXT_PRIVATE_ORIGIN'])

/**
 * The environment of a program the CMS starts over the site (a build, a preview): the CMS's own,
 * minus Next's variables, with production said explicitly (see `isProduction`), and Node's compile
 * cache on unless the deployment set its own (see `nodeCompileCacheDir`).
 */
export function siteProcessEnv(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !notInherited.has(entry[0]),
  )
  const mode = isProduction() ? 'production' : 'development'
  return {
    ...(Object.fromEntries(inherited) as NodeJS.ProcessEnv),
    NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? nodeCompileCacheDir,
    JOL_ENV: mode,
    JOL_JOBS_AUTORUN: 'false',
    NO_COLOR: '1',
  }
}
