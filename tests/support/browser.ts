import { chromium, type Browser, type Page } from 'playwright-core'

import { chromiumFlags, requireChromium } from '../../scripts/browser/chromium'

/**
 * Debian's Chromium (path and flags in scripts/browser/chromium.ts), driven by playwright-core;
 * playwright gives every launch a new, empty profile of its own.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: chromiumFlags })
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
