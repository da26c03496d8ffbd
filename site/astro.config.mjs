// @ts-check
import { defineConfig } from 'astro/config'

import { readSiteConfig } from './src/config.ts'
import { jolRenderPlan } from './src/integrations/render-plan.ts'
import { jolSearch } from './src/integrations/search.ts'
import { jolSitemap } from './src/integrations/sitemap.ts'
import { jolSnapshot } from './src/integrations/snapshot.ts'

const config = readSiteConfig(process.env, new URL('.', import.meta.url))
// Before the sitemap's options: they list the pages this build carries over from the live release.
const renderPlan = jolRenderPlan(config)

export default defineConfig({
  site: config.siteUrl,
  outDir: config.outDir,
  output: 'static',
  trailingSlash: 'always',
  // One small stylesheet, linked (cached across pages) rather than inlined into every page.
  // Several pages at a time: while one waits on the disk (its file written, a cached document placed),
  // the next renders. Pages do not depend on one another (Jol's incremental builds plan paths in
  // getStaticPaths, not with Astro's experimental incrementalBuild, which needs one at a time).
  // Sixteen: a warm full build at 1,000 entries took 1–2 s less than with four, the same memory.
  // zod is a dependency of the site (whose own code does not import it) so that Vite can leave the
  // contract's import of it to Node: a package the site cannot resolve is bundled, ~100 modules and
  // 0.3–0.5 s of every build.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Astro's console log without a line per rendered file (13,000 at 1,000 entries), see build-log.ts.
  logger: { entrypoint: new URL('./src/build-log.ts', import.meta.url) },
  prefetch: false,
  // A preview (one entry page, never published) has no sitemap and no search index to make.
  // The sitemap before the render plan: it records its files in the plan the render plan writes.
  integrations: [
    jolSnapshot(config),
    ...(config.previewPage === undefined ? [jolSitemap(config)] : []),
    renderPlan,
    ...(config.previewPage === undefined ? [jolSearch()] : []),
  ],
})
