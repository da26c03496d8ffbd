/**
 * `pnpm build [--from URL] [--snapshot DIR] [--out LINK] [--full]`: exports the published content (local
 * database, or a remote CMS with --from) and builds the public site, publishing it at `site/dist`
 * only when everything succeeded. `--snapshot DIR` builds an existing snapshot without exporting;
 * `--full` renders every page instead of carrying unchanged ones over from the live release;
 * JOL_SNAPSHOT_DIR says where the export writes its snapshot (default `<repo>/snapshot`).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { liveSiteLink, snapshotDir } from '@jol/content-schemas/deployment'

import type { ContentReader } from '../export/contentReader'
import { openLocalReader } from '../export/localReader'
import { openRestReader } from '../export/restReader'
import { BuildError, buildPublicSite } from './pipeline'

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      from: { type: 'string' },
      snapshot: { type: 'string' },
      out: { type: 'string' },
      full: { type: 'boolean' },
    },
    strict: true,
  })
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
    const report = await buildPublicSite({
      content: reader
        ? { reader, snapshotDir: snapshotDir(process.env, cwd) }
        : { snapshotDir: path.resolve(cwd, values.snapshot!) },
      ...(values.out ? { siteLink: path.resolve(cwd, values.out) } : {}),
      ...(values.full ? { full: true } : {}),
      log: (line) => console.log(line),
    })
    console.log(
      `build: site published at ${values.out ?? liveSiteLink()} in ${(report.totalMs / 1000).toFixed(1)} s (export ${report.exportMs} ms, site ${report.siteMs} ms: ${report.pages.rendered} pages rendered, ${report.pages.carried} carried over, peak memory of the site build ${report.siteBuildPeakRssMb ?? '?'} MB)`,
    )
    return 0
  } catch (error) {
    console.error(
      error instanceof BuildError
        ? `build failed at the ${error.step} step: ${error.message}`
        : `build failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 1
  } finally {
    await reader?.close()
  }
}

main().then((code) => process.exit(code))
