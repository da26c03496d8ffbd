/**
 * `./jol reach import [--stream <name>] <access log files…>`: adds the readers' requests in nginx
 * `combined` logs (plain or gzipped) to the CMS's reach counts. Safe to run again on the same or
 * overlapping files. Give each server's logs their own `--stream` (default `site`).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import config from '@jol/cms/config'
import { getPayload } from 'payload'

import { importLogs } from './importLogs'

const usage = 'usage: ./jol reach import [--stream <name>] <access log files…>'

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { stream: { type: 'string', default: 'site' } },
  })
  const [command, ...files] = positionals
  if (command !== 'import' || files.length === 0) throw new Error(usage)
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const payload = await getPayload({ config })
  try {
    const report = await importLogs(
      payload,
      files.map((file) => path.resolve(cwd, file)),
      values.stream,
    )
    console.log(
      `reach: ${report.lines} lines, ${report.counted} views counted, ${report.alreadyImported} already imported, ` +
        `${report.bots} from bots, ${report.unreadable} unreadable (stream "${values.stream}")`,
    )
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`reach failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
