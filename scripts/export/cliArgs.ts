import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface ExportArgs {
  /** Absolute folder the snapshot is written to. */
  out: string
  /** A remote CMS to read over REST; absent means the local database. */
  from?: string
}

export const usage = 'usage: pnpm export [--out DIR] [--from URL]'

/**
 * `--out` defaults to `<repo>/snapshot`. pnpm runs scripts inside the package folder, so a relative
 * `--out` is resolved against INIT_CWD, the folder the user typed the command in.
 */
export function parseExportArgs(argv: string[], cwd = process.env.INIT_CWD ?? process.cwd()): ExportArgs {
  // `pnpm export -- --out x` passes the `--` through; it means nothing here.
  const args = argv.filter((arg) => arg !== '--')
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, from: { type: 'string' } }, strict: true, allowPositionals: false })
  const out = values.out ? path.resolve(cwd, values.out) : path.join(repoRoot, 'snapshot')
  return values.from ? { out, from: values.from } : { out }
}
