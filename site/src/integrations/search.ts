import { readFileSync } from 'node:fs'
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
export async function indexSite(outDir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now()
  try {
    const { pages } = await indexPart(outDir, { outputPath: path.join(outDir, 'pagefind') })
    return { pages, ms: Math.round(performance.now() - started) }
  } finally {
    await closeIndexer()
  }
}

/** The options Jol gives Pagefind's `createIndex`: part of every index's key (`searchIndexKey`). */
export const PAGEFIND_OPTIONS: Readonly<pagefind.PagefindServiceConfig> = {}

let key: string | undefined

/**
 * What an index's files depend on besides the pages it read: the installed Pagefind's version and
 * the options Jol gives it. The build pipeline reuses a locale's index from the live release only
 * when it was made with the same key (after a Pagefind upgrade, every locale is indexed again).
 */
export function searchIndexKey(): string {
  // Pagefind's `exports` do not expose its package.json: it is found beside its entry (`lib/index.js`).
  key ??= (() => {
    const manifest = new URL('../package.json', import.meta.resolve('pagefind'))
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
    return JSON.stringify({ pagefind: version, options: PAGEFIND_OPTIONS })
  })()
  return key
}

/** A part of a site to index: its pages (`glob`, e.g. one locale's, under the site's folder) and where its files go. */
export interface IndexPart {
  glob?: string
  outputPath: string
}

/**
 * Indexes one part of `outDir` into its own output folder. Every index is served by one Pagefind
 * service (one process, started by the first index); several parts may be indexed at once, each
 * index's files depending only on its own pages, and two cores index two parts at the same time.
 * Close the service (`closeIndexer`) once every part has ended.
 */
export async function indexPart(outDir: string, { glob, outputPath }: IndexPart): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_OPTIONS })
  if (!index) throw new Error(errors.join('\n'))
  const added = await index.addDirectory({ path: outDir, ...(glob ? { glob } : {}) })
  if (added.errors.length > 0) throw new Error(added.errors.join('\n'))
  const written = await index.writeFiles({ outputPath })
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
  return { pages: added.page_count }
}

/** Ends the Pagefind service: once no part is being indexed. */
export async function closeIndexer(): Promise<void> {
  await pagefind.close()
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
