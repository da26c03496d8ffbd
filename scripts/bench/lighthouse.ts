import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { chromiumFlags, requireChromium } from '../browser/chromium'

/**
 * Lighthouse's mobile run (its default: a mid-range phone on a slow 4G link, simulated) of pages of
 * a built site, in Debian's Chromium: the four category scores of each page, 0–100.
 */

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseScores = Record<(typeof lighthouseCategories)[number], number> & {
  /** What cost points: each scored audit below full marks, with Lighthouse's figure for it. */
  shortfalls: string[]
}

export async function lighthouseScores(urls: string[]): Promise<Map<string, LighthouseScores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: requireChromium(),
    chromeFlags: chromiumFlags,
    logLevel: 'error',
  })
  const scores = new Map<string, LighthouseScores>()
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...lighthouseCategories],
      })
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
      const { categories, audits, runtimeError } = result.lhr
      if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`)
      const scored = new Set(
        lighthouseCategories.flatMap((name) =>
          (categories[name]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id),
        ),
      )
      const shortfalls = [...scored]
        .map((id) => audits[id]!)
        .filter((audit) => audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`)
      scores.set(url, {
        ...(Object.fromEntries(
          lighthouseCategories.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)]),
        ) as Record<(typeof lighthouseCategories)[number], number>),
        shortfalls,
      })
    }
  } finally {
    chrome.kill()
  }
  return scores
}
