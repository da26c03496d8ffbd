/**
 * `pnpm serve`: serves the built site (`site/dist`, or JOL_SITE_DIST) on SITE_PORT (default 4321)
 * with the production headers. `pnpm demo` starts the same server beside the CMS.
 */
import { liveSiteLink } from '@jol/content-schemas/deployment'

import { siteAccessLog } from './accessLog'
import { startSiteServer } from './staticServer'

export const sitePort = (): number => Number(process.env.SITE_PORT || 4321)

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  startSiteServer({
    root: liveSiteLink(),
    port: sitePort(),
    host: process.env.SITE_HOST || '127.0.0.1',
    accessLog: siteAccessLog(),
  }).then(
    (server) => {
      console.log(`serve: the public site is at ${server.url} (from ${liveSiteLink()})`)
      const stop = () => void server.close().then(() => process.exit(0))
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    },
    (error: unknown) => {
      console.error(`serve failed: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    },
  )
}
