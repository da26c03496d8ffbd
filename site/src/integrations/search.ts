import { fileURLToPath } from 'node:url'
import path from 'node:path'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the Pagefind index once Astro has written the pages. Pagefind keeps one index per
 * `<html lang>`; only pages marked `data-pagefind-body` (real translations) are indexed, so a
 * fallback copy never shows up as a result in the wrong language. The build pipeline sets
 * `JOL_SEARCH_DEFERRED=1` and calls `indexSite` itself once the release is complete: an incremental
 * build carries most pages over after Astro is done.
 */
export async function indexSite(
  outDir: string,
  /** Only these pages (a glob under `outDir`), into `outputPath`: the pipeline indexes one locale at a time. */
  only: { glob: string; outputPath: string } | undefined = undefined,
): Promise<{ pages: number; ms: number }> {
  const started = performance.now()
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(errors.join('\n'))
    const added = await index.addDirectory({ path: outDir, ...(only ? { glob: only.glob } : {}) })
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'))
    const written = await index.writeFiles({ outputPath: only?.outputPath ?? path.join(outDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
    return { pages: added.page_count, ms: Math.round(performance.now() - started) }
  } finally {
    await pagefind.close()
  }
}

export function jolSearch(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'jol:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (env.JOL_SEARCH_DEFERRED === '1') return
        const { pages, ms } = await indexSite(fileURLToPath(dir))
        logger.info(`search index: ${pages} pages in ${ms} ms`)
      },
    },
  }
}
