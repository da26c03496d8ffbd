/**
 * `pnpm screenshots`: pictures of the built public site (`site/dist`, or JOL_SITE_DIST) for the
 * README, on a 360 px phone and on a desktop, in Debian's Chromium: the home page, a campaign page,
 * a topic page and a leaflet. Build the demo site first (`./jol demo`, or `./jol seed && ./jol build`).
 *
 *   pnpm screenshots [out folder]   (default docs/screenshots)
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { liveSiteLink, repoRoot } from '@jol/content-schemas/deployment'
import { chromium } from 'playwright-core'

import { chromiumFlags, requireChromium } from '../browser/chromium'
import { startSiteServer } from '../serve/staticServer'

const outDir = path.resolve(
  process.argv.filter((a) => a !== '--')[2] ?? path.join(repoRoot, 'docs', 'screenshots'),
)

/** Each picture: file name, page, viewport width (the height follows the page, up to a limit). */
const shots: [string, string, number][] = [
  ['home-kk-phone.png', '/kk/', 360],
  ['campaign-uz-phone.png', '/uz/campaigns/safe-departure/', 360],
  ['topic-tg-phone.png', '/tg/topics/children-rights/', 360],
  ['leaflet-ky-phone.png', '/ky/leaflets/your-child-has-the-right-to-school/', 360],
  ['home-ru-desktop.png', '/ru/', 1280],
  ['campaign-en-desktop.png', '/en/campaigns/every-child-counts/', 1280],
]

const server = await startSiteServer({ root: liveSiteLink(), port: 0 })
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumFlags })
try {
  await fs.mkdir(outDir, { recursive: true })
  for (const [file, urlPath, width] of shots) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 780 : 900 } })
    const response = await page.goto(`${server.url}${urlPath}`)
    if (!response?.ok())
      throw new Error(`${urlPath}: ${response?.status() ?? 'no answer'} (is the demo site built?)`)
    // The first screen and a little more: what a reader sees before scrolling, and the start of the rest.
    await page.screenshot({ path: path.join(outDir, file), fullPage: false })
    console.log(
      `screenshots: ${path.relative(repoRoot, path.join(outDir, file))} ← ${urlPath} at ${width} px`,
    )
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
