import { isProduction } from '@jol/content-schemas/deployment'

/** What would make Astro build in development mode, or confuse a child Node process with Next's own. */
const notInherited = new Set(['NODE_ENV', 'NEXT_PHASE', 'NEXT_RUNTIME', '__NEXT_PRIVATE_ORIGIN'])

/**
 * The environment of a program the CMS starts over the site (a build, a preview): the CMS's own,
 * minus Next's variables, with production said explicitly (see `isProduction`).
 */
export function siteProcessEnv(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !notInherited.has(entry[0]),
  )
  const mode = isProduction() ? 'production' : 'development'
  return {
    ...(Object.fromEntries(inherited) as NodeJS.ProcessEnv),
    JOL_ENV: mode,
    JOL_JOBS_AUTORUN: 'false',
    NO_COLOR: '1',
  }
}
