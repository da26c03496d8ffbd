import { existsSync } from 'node:fs'

import { chromium, type Browser, type Page } from 'playwright-core'

/**
 * Debian's Chromium, driven by playwright-core. It is installed by `scripts/toolchain/system-packages.sh`
 * (the root `test` script runs it), so a missing browser is an error, never a skipped test.
 * The flags keep it from reaching out to the network, which these machines refuse anyway;
 * playwright gives every launch a new, empty profile of its own.
 */
export const chromiumPath =
  process.env.JOL_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath || !existsSync(chromiumPath)) {
    throw new Error(
      'Chromium is not installed: run `bash scripts/toolchain/system-packages.sh` (as root), or set JOL_CHROMIUM',
    )
  }
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS })
}

/**
 * A page of the admin in `next dev`, which compiles each route on its first visit: minutes on two
 * busy cores. Navigations get that long; anything else waits on the page's own default.
 */
export async function adminPage(browser: Browser, actionTimeoutMs = 240_000): Promise<Page> {
  const page = await browser.newPage()
  page.setDefaultNavigationTimeout(900_000)
  page.setDefaultTimeout(actionTimeoutMs)
  return page
}
