/**
 * `pnpm build [--from URL] [--snapshot DIR] [--out LINK] [--full | --from-nothing]`: exports the published
 * content (local database, or a remote CMS with --from) and builds the public site, publishing it at
 * `site/dist` only when everything succeeded. `--snapshot DIR` builds an existing snapshot without
 * exporting; `--full` renders every page instead of carrying unchanged ones over from the live
 * release (still reusing its search index where Pagefind would read the same); `--from-nothing`
 * builds as if there were no live release, taking nothing from it, the search index included;
 * JOL_SNAPSHOT_DIR says where the export writes its snapshot (default `<repo>/snapshot`).
 *
 * `… build --out LINK --serve`: what the CMS starts (cms/src/publishing/siteBuilder.ts). The local
 * reader (the CMS configuration and database, most of a small build's time) is opened once and kept
 * open; each IPC request `{ requestId, full? }` is one build into LINK, its lines sent back over IPC
 * (see scripts/ipc/serveRequests.ts). It stays while the CMS runs, with a spare site build started
 * ahead for the next build, the first one included (scripts/build/spareBuild.ts).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { liveSiteLink, snapshotDir } from '@jol/content-schemas/deployment'

import type { ContentReader } from '../export/contentReader'
import { openLocalReader } from '../export/localReader'
import { openRestReader } from '../export/restReader'
import { serveRequests } from '../ipc/serveRequests'
import { BuildError, buildPublicSite, startFirstSpare } from './pipeline'

const cwd = process.env.INIT_CWD ?? process.cwd()

interface Build {
  reader: ContentReader | undefined
  snapshot?: string
  out?: string
  full?: boolean
  fromNothing?: boolean
  keepSpare?: boolean
}

/** One build, its lines through `log`; the last line says how it went. True when it published. */
async function buildOnce(build: Build, log: (line: string) => void): Promise<boolean> {
  try {
    const report = await buildPublicSite({
      content: build.reader
        ? { reader: build.reader, snapshotDir: snapshotDir(process.env, cwd) }
        : { snapshotDir: path.resolve(cwd, build.snapshot!) },
      ...(build.out ? { siteLink: path.resolve(cwd, build.out) } : {}),
      ...(build.full ? { full: true } : {}),
      ...(build.fromNothing ? { full: true, fromNothing: true } : {}),
      ...(build.keepSpare ? { keepSpare: true } : {}),
      log,
    })
    // The figures after "site" are what the publish benchmark reads (scripts/bench/publish.ts).
    log(
      `build: site published at ${build.out ?? liveSiteLink()} in ${(report.totalMs / 1000).toFixed(1)} s (export ${report.exportMs} ms, site ${report.siteMs} ms: Astro ${report.astroMs} ms, completing the release ${report.assembleMs} ms, search ${report.searchMs} ms, swap ${report.swapMs} ms; ${report.pages.rendered} pages rendered, ${report.pages.carried} carried over, peak memory of the site build ${report.siteBuildPeakRssMb ?? '?'} MB${report.spareRssMb === undefined ? '' : `, started ahead: ${report.spareRssMb} MB while it waited`})`,
    )
    return true
  } catch (error) {
    log(
      error instanceof BuildError
        ? `build failed at the ${error.step} step: ${error.message}`
        : `build failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    return false
  }
}

/** Builds for the CMS until it goes away, the local reader kept open between builds. */
function serve(out: string | undefined) {
  let builds = 0
  return serveRequests({
    name: 'build',
    // The spare for the first build is started once they are open: opening them sets environment
    // variables (Payload loads the deployment's .env), which a spare must be started with too.
    open: async () => {
      const reader = await openLocalReader()
      await startFirstSpare()
      return reader
    },
    handle: async (reader, request, log) => {
      // Builds follow one another: each leaves a spare site build (Node and Astro loaded) for the next.
      const ok = await buildOnce(
        { reader, ...(out ? { out } : {}), full: request.full === true, keepSpare: true },
        log,
      )
      builds++
      // Which program built, and how many builds it has made: the CMS's tests check it is kept open.
      return { ok, builds, pid: process.pid }
    },
    close: (reader) => reader.close(),
  })
}

async function main(): Promise<number | undefined> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      from: { type: 'string' },
      snapshot: { type: 'string' },
      out: { type: 'string' },
      full: { type: 'boolean' },
      'from-nothing': { type: 'boolean' },
      serve: { type: 'boolean' },
    },
    strict: true,
  })
  if (values.serve) {
    await serve(values.out)
    return undefined
  }
  let reader: ContentReader | undefined
  try {
    if (!values.snapshot) {
      reader = values.from
        ? openRestReader({
            baseUrl: values.from,
            ...(process.env.JOL_EXPORT_API_KEY ? { apiKey: process.env.JOL_EXPORT_API_KEY } : {}),
          })
        : await openLocalReader()
    }
    const build: Build = {
      reader,
      ...(values.snapshot ? { snapshot: values.snapshot } : {}),
      ...(values.out ? { out: values.out } : {}),
      ...(values.full ? { full: true } : {}),
      ...(values['from-nothing'] ? { fromNothing: true } : {}),
    }
    const published = await buildOnce(build, (line) =>
      line.startsWith('build failed') ? console.error(line) : console.log(line),
    )
    return published ? 0 : 1
  } finally {
    await reader?.close()
  }
}

main().then(
  (code) => {
    if (code !== undefined) process.exit(code)
  },
  (error: unknown) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
