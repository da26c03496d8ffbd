import path from 'node:path'
import { parseArgs } from 'node:util'

import { snapshotDir } from '@jol/content-schemas/deployment'

export { repoRoot } from '@jol/content-schemas/deployment'

export interface ExportArgs {
  /** Absolute folder the snapshot is written to. */
  out: string
  /** A remote CMS to read over REST; absent means the local database. */
  from?: string
}

export const usage = 'usage: pnpm export [--out DIR] [--from URL]'

/**
 * `--out` defaults to the deployment's snapshot folder (JOL_SNAPSHOT_DIR, else `<repo>/snapshot`). pnpm runs scripts inside the package folder, so a relative
 * `--out` is resolved against INIT_CWD, the folder the user typed the command in.
 */
export function parseExportArgs(
  argv: string[],
  cwd = process.env.INIT_CWD ?? process.cwd(),
  env: Record<string, string | undefined> = process.env,
): ExportArgs {
  // `pnpm export -- --out x` passes the `--` through; it means nothing here.
  const args = argv.filter((arg) => arg !== '--')
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, from: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  })
  const out = values.out ? path.resolve(cwd, values.out) : snapshotDir(env, cwd)
  return values.from ? { out, from: values.from } : { out }
}
