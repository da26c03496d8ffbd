/**
 * `pnpm demo`: the whole product for a newcomer, on the embedded database.
 * - creates and migrates the database if there is none, and loads the demo campaign the first time;
 * - builds the public site once if there is none yet (`site/dist`);
 * - starts the CMS (admin at http://localhost:PORT/admin, default 3000), whose jobs queue rebuilds
 *   the site after every publish, unpublish, scheduled publication, embargo lapse or media change;
 * - serves the built site on SITE_PORT (default 4321) with the production headers.
 * Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import config from '@jol/cms/config'
import { buildNowInsteadOfQueued, recoverInterruptedBuild } from '@jol/cms/publishing/buildNow'
import { stopSiteBuildProgram } from '@jol/cms/publishing/siteBuilder'
import { liveSiteLink } from '@jol/content-schemas/deployment'
import { getPayload } from 'payload'

import { adminCredentials } from '../seed/admin'
import { campaign } from '../seed/content/campaign'
import { seedCampaign } from '../seed/seed'
import { siteAccessLog } from '../serve/accessLog'
import { sitePort } from '../serve/run'
import { startSiteServer, type SiteServer } from '../serve/staticServer'

const port = process.env.PORT || '3000'
/**
 * The CMS listens on the loopback interface only (`cms/package.json`'s scripts), so a demo started on
 * a server is not open to the network; `JOL_CMS_HOST=0.0.0.0` (with `JOL_CMS_URL`) opens it.
 */
const cmsHost = (env: Readonly<Record<string, string | undefined>> = process.env): string =>
  env.JOL_CMS_HOST || '127.0.0.1'
const cmsUrl = `http://${['127.0.0.1', '0.0.0.0', '::'].includes(cmsHost()) ? 'localhost' : cmsHost()}:${port}`
// The site's own links (canonical, feeds) name the port it is served on.
process.env.JOL_SITE_URL ||= `http://localhost:${sitePort()}`
// The demo is the product as an editor meets it: the build program is ready before the first publish.
process.env.JOL_BUILD_PROGRAM_AT_START ||= 'true'
const log = (line: string) => console.log(`demo: ${line}`)

/** Database, demo content and a first site, before the CMS starts (which then owns the database's jobs). */
async function prepare(): Promise<{ email: string; password?: string }> {
  // This process only prepares: the running CMS is the one that runs the jobs queue.
  const autorun = process.env.JOL_JOBS_AUTORUN
  process.env.JOL_JOBS_AUTORUN = 'false'
  const payload = await getPayload({ config })
  try {
    const isNew = (await payload.count({ collection: 'users' })).totalDocs === 0
    let admin: { email: string; password?: string }
    if (isNew) {
      log('new database, loading the demo campaign in six languages…')
      admin = (await seedCampaign(payload, campaign, (line) => log(line))).admin
    } else {
      log('using the existing database (delete cms/data/ to start again)')
      const credentials = adminCredentials()
      admin = {
        email: credentials.email,
        ...(credentials.fromDefaults ? { password: credentials.password } : {}),
      }
    }
    if (await recoverInterruptedBuild(payload))
      log('the last build was interrupted: it is marked as failed, the next change rebuilds the site')
    if (!fs.existsSync(liveSiteLink())) {
      log(`no public site yet: building it once into ${liveSiteLink()}…`)
      const result = await buildNowInsteadOfQueued(payload)
      log(
        result.ok
          ? `${result.message} (${(result.durationMs / 1000).toFixed(1)} s)`
          : `the first build failed; the CMS shows why:\n${result.message}`,
      )
    }
    return admin
  } finally {
    // The CMS starts its own build program: this one's would only hold memory.
    stopSiteBuildProgram()
    await payload.destroy()
    if (autorun === undefined) delete process.env.JOL_JOBS_AUTORUN
    else process.env.JOL_JOBS_AUTORUN = autorun
  }
}

/** The CMS initialises Payload (and with it the jobs queue's timers) on its first request. */
async function waitForCms(cms: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline && cms.exitCode === null) {
    const answered = await fetch(`${cmsUrl}/api/users/me`).then(
      (response) => response.status < 500,
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`the CMS did not answer at ${cmsUrl} within 5 minutes`)
}

async function main(): Promise<void> {
  const admin = await prepare()
  const site: SiteServer = await startSiteServer({
    root: liveSiteLink(),
    port: sitePort(),
    host: process.env.SITE_HOST || '127.0.0.1',
    accessLog: siteAccessLog(),
  })
  const siteUrl = `http://localhost:${sitePort()}`
  log(`the public site is served at ${siteUrl}`)
  log(`starting the CMS; the admin will be at ${cmsUrl}/admin`)
  // Its own process group, so that Ctrl-C stops Next and the builds it started.
  const cms = spawn('pnpm', ['--filter', '@jol/cms', 'dev'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port },
    detached: true,
  })

  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    if (cms.exitCode === null && cms.pid !== undefined) {
      try {
        process.kill(-cms.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await site.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
  cms.on('exit', (code) => void stop(code ?? 0))

  await waitForCms(cms)
  log('ready: publishing in the admin rebuilds the public site within seconds')
  log(
    `  admin:       ${cmsUrl}/admin   (sign in as ${admin.email}${admin.password ? ` / ${admin.password}` : ''})`,
  )
  log(`  public site: ${siteUrl}`)
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
