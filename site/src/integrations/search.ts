import { fileURLToPath } from 'node:url'
import path from 'node:path'

import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * Builds the Pagefind index once Astro has written the pages. Pagefind keeps one index per
 * `<html lang>`; only pages marked `data-pagefind-body` (real translations) are indexed, so a
 * fallback copy never shows up as a result in the wrong language.
 */
export function jolSearch(): AstroIntegration {
  return {
    name: 'jol:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        const started = performance.now()
        try {
          const { index, errors } = await pagefind.createIndex({})
          if (!index) throw new Error(errors.join('\n'))
          const added = await index.addDirectory({ path: outDir })
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'))
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
          logger.info(
            `search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
          )
        } finally {
          await pagefind.close()
        }
      },
    },
  }
}
