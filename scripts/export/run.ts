/**
 * `pnpm export [--out DIR] [--from URL]`: writes the public content as a validated snapshot for
 * the site. Without `--from` it reads the local CMS database (same DATABASE_URI rules as the CMS);
 * with `--from https://cms.example.org` it reads a remote CMS over REST (API key, if any, from
 * JOL_EXPORT_API_KEY). On any problem it lists them all, writes nothing and exits with 1.
 */
import { SnapshotValidationError } from '@jol/content-schemas'

import { exportSnapshot, leftOutLine, summaryLine } from './buildSnapshot'
import { parseExportArgs, usage, type ExportArgs } from './cliArgs'
import type { ContentReader } from './contentReader'
import { openLocalReader } from './localReader'
import { openRestReader } from './restReader'

async function main(): Promise<number> {
  let args: ExportArgs
  try {
    args = parseExportArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}\n${usage}`)
    return 2
  }
  let reader: ContentReader | undefined
  try {
    reader = args.from
      ? openRestReader({
          baseUrl: args.from,
          ...(process.env.JOL_EXPORT_API_KEY ? { apiKey: process.env.JOL_EXPORT_API_KEY } : {}),
        })
      : await openLocalReader()
    const { input, leftOut } = await exportSnapshot(reader, args.out)
    for (const line of leftOut) console.log(leftOutLine(line))
    console.log(summaryLine(args.out, input))
    return 0
  } catch (error) {
    if (error instanceof SnapshotValidationError) {
      console.error(
        `export: ${error.problems.length} problem(s), nothing was written to ${args.out}:\n${error.problems.map((p) => `  ${p}`).join('\n')}`,
      )
    } else {
      console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    return 1
  } finally {
    await reader?.close()
  }
}

main().then((code) => process.exit(code))
