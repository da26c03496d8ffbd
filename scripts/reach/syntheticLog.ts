import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

import { localeCodes } from '@jol/content-schemas'

import { combinedLine } from './combinedFormat'

/**
 * A made-up `combined` log for the benchmark and tests: readers and bots asking for pages, PDFs,
 * press kits, feeds, pictures and missing paths, at a few requests a second. Deterministic.
 */

const agents = [
  'Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)',
]
const targets = (locale: string, n: number) => [
  `/${locale}/leaflets/leaflet-${n % 40}/`,
  `/${locale}/leaflets/leaflet-${n % 40}/?src=print`,
  `/${locale}/leaflets/leaflet-${n % 40}.pdf`,
  `/${locale}/press/release-${n % 20}/press-kit.zip`,
  `/${locale}/newsletters/issue-${n % 10}/?src=newsletter`,
  `/${locale}/blog/post-${n % 30}/?src=share`,
  `/${locale}/blog/rss.xml`,
  `/_astro/site.${n % 7}abc.css`,
  `/${locale}/`,
]
export function syntheticLine(i: number, startSecond: number): string {
  const locale = localeCodes[i % localeCodes.length]!
  const choices = targets(locale, i * 7)
  return combinedLine({
    address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    second: startSecond + Math.floor(i / 5),
    target: choices[(i * 13) % choices.length]!,
    status: i % 17 === 0 ? 404 : 200,
    bytes: 5120,
    userAgent: agents[(i * 3) % agents.length]!,
  })
}

export async function writeSyntheticLog(
  file: string,
  lines: number,
  startSecond = Date.UTC(2026, 10, 1) / 1000,
): Promise<void> {
  const out = createWriteStream(file)
  for (let i = 0; i < lines; i++) {
    if (!out.write(syntheticLine(i, startSecond) + '\n')) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
