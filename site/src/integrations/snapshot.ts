import path from 'node:path'

import { entryCollections } from '@jol/content-schemas'
import { repoRoot } from '@jol/content-schemas/deployment'
import { mediaNotHashedAgain } from '@jol/content-schemas/io'
import { versionsDirOf } from '@jol/content-schemas/versions'
import type { AstroIntegration } from 'astro'

import type { SiteConfig } from '../config'
import { campaignColoursCss } from '../lib/campaign-colours'
import { loadSnapshot, takenFromReadAhead } from '../lib/snapshot'

/**
 * Connects the snapshot to the build:
 * - validates it as soon as a build starts, so a bad snapshot stops the build with its problems
 *   listed before a single page is rendered;
 * - `virtual:jol/site-config`: the validated settings, for pages;
 * - `virtual:jol/svg-media`: the URL of each SVG file of the snapshot, copied into the output (its
 *   raster pictures are not imported: see `lib/snapshot-pictures.ts`);
 * - `virtual:jol/campaign-colours.css`: `[data-campaign="<slug>"] { --campaign: … }` for every
 *   campaign, part of the one stylesheet (the Content-Security-Policy allows no inline style).
 */

const CONFIG_ID = 'virtual:jol/site-config'
const SVG_ID = 'virtual:jol/svg-media'
/** Each campaign's brand colour as a CSS custom property: bundled into the site's one stylesheet. */
const COLOURS_ID = 'virtual:jol/campaign-colours.css'

export function jolSnapshot(config: SiteConfig): AstroIntegration {
  return {
    name: 'jol:snapshot',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: {
            // `astro dev` serves a picture's original from the snapshot (see lib/snapshot-pictures.ts),
            // which no module imports: the snapshot, and the versions its link names, are allowed
            // beside the project.
            ...(command === 'dev'
              ? {
                  server: {
                    fs: { allow: [repoRoot, config.snapshotDir, versionsDirOf(config.snapshotDir)] },
                  },
                }
              : {}),
            plugins: [
              {
                name: 'jol:snapshot',
                resolveId(id: string) {
                  if (id === CONFIG_ID || id === SVG_ID || id === COLOURS_ID) return `\0${id}`
                  return undefined
                },
                async load(id: string) {
                  if (id === `\0${CONFIG_ID}`) {
                    const { snapshotDir, siteUrl, cmsUrl, timeZone, printCacheDir, previewPage, outDir } =
                      config
                    const devServer = command === 'dev'
                    return `export default ${JSON.stringify({ snapshotDir, siteUrl, cmsUrl, timeZone, printCacheDir, previewPage, outDir, devServer })}`
                  }
                  if (id === `\0${COLOURS_ID}`)
                    return campaignColoursCss((await loadSnapshot(config.snapshotDir)).campaigns)
                  if (id === `\0${SVG_ID}`) {
                    const snapshot = await loadSnapshot(config.snapshotDir)
                    const svgs = snapshot.media.filter((m) => m.mimeType === 'image/svg+xml')
                    // Passed through untouched and shown with a plain <img>, where it cannot run script.
                    const lines = svgs.map(
                      (m, i) =>
                        `import m${i} from ${JSON.stringify(`${path.join(config.snapshotDir, m.file)}?url`)};`,
                    )
                    const entries = svgs.map((m, i) => `[${JSON.stringify(m.id)}, m${i}]`)
                    return `${lines.join('\n')}\nexport default new Map([${entries.join(', ')}]);\n`
                  }
                  return undefined
                },
              },
            ],
          },
        })
      },
      'astro:build:start': async ({ logger }) => {
        const snapshot = await loadSnapshot(config.snapshotDir)
        const taken = takenFromReadAhead(snapshot)
        const notHashed = mediaNotHashedAgain(snapshot).length
        logger.info(
          `snapshot ${config.snapshotDir}: generated ${snapshot.manifest.generatedAt}, ${entryCollections.map((c) => `${snapshot[c].length} ${c}`).join(', ')}${taken.length > 0 ? `; unchanged since it was read ahead, not parsed again: ${taken.join(', ')}` : ''}${notHashed > 0 ? `; media files unchanged since, not hashed again: ${notHashed}` : ''}`,
        )
      },
    },
  }
}
