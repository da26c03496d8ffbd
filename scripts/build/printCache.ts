import { printCacheDir, printCacheMaxBytes } from '@jol/content-schemas/deployment'

import { prunePrintCache, type PruneReport } from '../../site/src/print/prune'

/**
 * The print cache's prune after a publish (see site/src/print/prune.ts), said in one line of the
 * build's log. It never fails the build: the site is already live, and a cache that could not be
 * pruned only costs disk until the next build prunes it.
 */

export type PrintCachePrune = ({ report: PruneReport } | { error: string }) & { line: string }

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const files = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`

export function pruneLine(report: PruneReport, maxBytes: number): string {
  const { removed, kept, failed } = report
  const limit = Number.isFinite(maxBytes) ? `limit ${mb(maxBytes)}` : 'no limit'
  const over = kept.bytes > maxBytes ? ', over it with what was used in the last hour' : ''
  const failures = failed.files
    ? `; ${files(failed.files)} could not be removed, left for the next build (${failed.first})`
    : ''
  return `print cache: ${files(removed.files)} removed (${mb(removed.bytes)}), ${files(kept.files)} kept (${mb(kept.bytes)}; ${limit}${over})${failures}`
}

/** `env`: the build's environment, whose settings the build checked before it started. */
export async function prunePrintCacheAfterPublish(
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<PrintCachePrune> {
  let outcome: PrintCachePrune
  try {
    const maxBytes = printCacheMaxBytes(env)
    const report = await prunePrintCache(printCacheDir(env), { maxBytes })
    outcome = { report, line: pruneLine(report, maxBytes) }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    outcome = {
      error: reason,
      line: `warning: the print cache could not be pruned (${reason}); the site is published, the next build tries again`,
    }
  }
  log(outcome.line)
  return outcome
}
