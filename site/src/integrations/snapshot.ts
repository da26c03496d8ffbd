import path from 'node:path'

import { entryCollections } from '@jol/content-schemas'
import { mediaNotHashedAgain } from '@jol/content-schemas/io'
import type { AstroIntegration } from 'astro'

import type { SiteConfig } from '../config'
import { campaignColoursCss } from '../lib/campaign-colours'
import { loadSnapshot, takenFromReadAhead } from '../lib/snapshot'

/**
 * Connects the snapshot to the build:
 * - validates it as soon as a build starts, so a bad snapshot stops the build with its problems
 *   listed before a single page is rendered;
 * - `virtual:jol/site-config`: the validated settings, for pages;
 * - `virtual:jol/media`: every image of the snapshot imported as an asset, so Astro's image service
 *   (sharp) can make responsive AVIF and WebP versions of it like any image under `src/`;
 * - `virtual:jol/campaign-colours.css`: `[data-campaign="<slug>"] { --campaign: … }` for every
 *   campaign, part of the one stylesheet (the Content-Security-Policy allows no inline style).
 */

const RASTER = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff'])
const CONFIG_ID = 'virtual:jol/site-config'
const MEDIA_ID = 'virtual:jol/media'
/** Each campaign's brand colour as a CSS custom property: bundled into the site's one stylesheet. */
const COLOURS_ID = 'virtual:jol/campaign-colours.css'

export function jolSnapshot(config: SiteConfig): AstroIntegration {
  return {
    name: 'jol:snapshot',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'jol:snapshot',
                resolveId(id: string) {
                  if (id === CONFIG_ID || id === MEDIA_ID || id === COLOURS_ID) return `\0${id}`
                  return undefined
                },
                async load(id: string) {
                  if (id === `\0${CONFIG_ID}`) {
                    const { snapshotDir, siteUrl, cmsUrl, timeZone, printCacheDir, previewPage } = config
                    return `export default ${JSON.stringify({ snapshotDir, siteUrl, cmsUrl, timeZone, printCacheDir, previewPage })}`
                  }
                  if (id === `\0${COLOURS_ID}`)
                    return campaignColoursCss((await loadSnapshot(config.snapshotDir)).campaigns)
                  if (id === `\0${MEDIA_ID}`) {
                    const snapshot = await loadSnapshot(config.snapshotDir)
                    const images = snapshot.media.filter(
                      (m) => RASTER.has(m.mimeType) || m.mimeType === 'image/svg+xml',
                    )
                    const lines = images.map((m, i) => {
                      const file = path.join(config.snapshotDir, m.file)
                      // SVG is passed through untouched (as a URL) and shown with a plain <img>, where it cannot run script.
                      return `import m${i} from ${JSON.stringify(m.mimeType === 'image/svg+xml' ? `${file}?url` : file)};`
                    })
                    const entries = images.map((m, i) => `[${JSON.stringify(m.id)}, m${i}]`)
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
