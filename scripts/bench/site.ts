/**
 * `pnpm bench:site [entries]`: builds the real site from a synthetic snapshot (default 1,000
 * entries × 6 locales) and, in the same run, a bare Astro project with the same number of trivial
 * pages; prints both times, their ratio, peak memory, the transferred (gzip) size of each page type,
 * and Lighthouse's mobile scores of a campaign page and a topic page in Kazakh and Uzbek.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { writeSnapshot } from '@jol/content-schemas/io'

import { siteDir } from '@jol/content-schemas/deployment'
import { runAstroBuild, type AstroBuildResult } from '../build/pipeline'
import { startSiteServer } from '../serve/staticServer'
import { lighthouseCategories, lighthouseScores } from './lighthouse'
import { syntheticSnapshot } from './syntheticSnapshot'

const entries = Number(process.argv.filter((a) => a !== '--')[2] ?? 1000)
// Builds run inside site/ (see site/src/config.ts); the baseline too, so it resolves the same `astro`.
const cacheDir = path.join(siteDir, 'node_modules', '.cache')
await fs.mkdir(cacheDir, { recursive: true })
const work = await fs.mkdtemp(path.join(cacheDir, 'jol-bench-site-'))
const bare = path.join(work, 'bare')

async function htmlFiles(dir: string): Promise<string[]> {
  return (await fs.readdir(dir, { recursive: true }))
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f))
}

function timed(label: string, run: () => Promise<AstroBuildResult>) {
  return async () => {
    const started = performance.now()
    const result = await run()
    if (result.code !== 0) throw new Error(`${label} build failed:\n${result.output.slice(-3000)}`)
    return {
      seconds: (performance.now() - started) / 1000,
      peakRssMb: result.peakRssMb,
      // Where the time goes, from Astro's own log ("812ms", "16.03s", "5m 32s") and the search integration's.
      pagesSeconds: astroSeconds(
        /generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+(?:ms|s))/.exec(result.output)?.[1],
      ),
      searchSeconds: Number(/search index: \d+ pages in (\d+) ms/.exec(result.output)?.[1] ?? NaN) / 1000,
    }
  }
}

function astroSeconds(stat: string | undefined): number {
  const match = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(stat ?? '')
  if (!match) return NaN
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1)
}

async function writeBareProject(pages: number) {
  await fs.mkdir(path.join(bare, 'src/pages'), { recursive: true })
  await fs.writeFile(
    path.join(bare, 'astro.config.mjs'),
    "export default { output: 'static', build: { format: 'directory' } }\n",
  )
  await fs.writeFile(
    path.join(bare, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })) }\nconst { n } = Astro.params\n---\n<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
  )
}

/** Gzip bytes of a page's HTML, its linked CSS, its scripts, and of the entry's own text (the part the goal excludes). */
async function pageWeight(outDir: string, urlPath: string) {
  const html = await fs.readFile(path.join(outDir, urlPath, 'index.html'), 'utf8')
  const linked = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1]!).filter((href) => href.startsWith('/'))
  const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length
  let css = 0
  for (const href of linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g))
    css += gz(await fs.readFile(path.join(outDir, href)))
  let js = 0
  for (const src of linked(/<script[^>]+src="([^"]+)"/g)) js += gz(await fs.readFile(path.join(outDir, src)))
  const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? ''
  const ownText = article
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return { html: gz(html), css, js, ownText: ownText ? gz(ownText) : 0 }
}

try {
  console.log(`bench:site: writing a synthetic snapshot of ${entries} entries × 6 locales…`)
  const snapshotDir = path.join(work, 'snapshot')
  const snapshot = await syntheticSnapshot(entries)
  await writeSnapshot(snapshotDir, snapshot)
  const outDir = path.join(work, 'dist')

  // Twice: with an empty print cache (a first build: every PDF rendered) and with it filled (every
  // later build, where only changed documents are rendered).
  const jolBuild = timed('Jol site', () =>
    runAstroBuild(
      {
        JOL_SNAPSHOT_DIR: snapshotDir,
        JOL_SITE_OUT_DIR: outDir,
        JOL_PRINT_CACHE_DIR: path.join(work, 'print-cache'),
        NO_COLOR: '1',
      },
      () => {},
    ),
  )
  const cold = await jolBuild()
  const jol = await jolBuild()
  const pages = (await htmlFiles(outDir)).length
  await writeBareProject(pages)
  const baseline = await timed('bare Astro', () => runAstroBuild({ NO_COLOR: '1' }, () => {}, bare))()

  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6)
  console.log(`\nbuild of ${pages} HTML pages (${os.cpus().length} cores, Node ${process.version})`)
  const line = (label: string, b: typeof jol, extra = '') =>
    console.log(
      `  ${label.padEnd(34)} ${b.seconds.toFixed(1).padStart(7)} s   peak memory ${b.peakRssMb} MB   (pages and documents ${b.pagesSeconds.toFixed(1)} s${extra})`,
    )
  line('Jol site, print cache empty', cold, `, search index ${cold.searchSeconds.toFixed(1)} s`)
  line('Jol site, print cache filled', jol, `, search index ${jol.searchSeconds.toFixed(1)} s`)
  line('bare Astro', baseline)
  console.log(
    `  ratio, print cache filled          ${(jol.seconds / baseline.seconds).toFixed(2).padStart(7)} ×  (goal ≤ 1.5 ×)`,
  )
  console.log(
    `  ratio, print cache empty           ${(cold.seconds / baseline.seconds).toFixed(2).padStart(7)} ×`,
  )

  const samples: [string, string][] = [
    ['language chooser', '/'],
    ['home', '/ky/'],
    ['leaflet index', '/ky/leaflets/'],
    ['leaflet', `/ky/leaflets/${snapshot.leaflets[0]!.slug}/`],
    ['press release', `/ky/press/${snapshot['press-releases'][0]!.slug}/`],
    ['newsletter', `/ky/newsletters/${snapshot.newsletters[0]!.slug}/`],
    ['blog post', `/ky/blog/${snapshot.posts[0]!.slug}/`],
    ['search', '/ky/search/'],
    ['campaign', `/ky/campaigns/${snapshot.campaigns[0]!.slug}/`],
    ['topic', '/ky/topics/children-rights/'],
  ]
  console.log(
    '\ntransferred size, gzip, KB (goal: HTML + CSS beyond the entry’s own text ≤ 15 KB; required JS 0 KB)',
  )
  console.log('  page type            HTML    CSS     own text  beyond   JS (optional)')
  for (const [label, urlPath] of samples) {
    const w = await pageWeight(outDir, urlPath).catch(() => undefined)
    if (!w) {
      console.log(`  ${label.padEnd(18)} (no page at ${urlPath} with ${entries} entries)`)
      continue
    }
    console.log(
      `  ${label.padEnd(18)} ${kb(w.html)} ${kb(w.css)} ${kb(w.ownText)}   ${kb(w.html + w.css - w.ownText)}   ${kb(w.js)}`,
    )
  }

  // Served as in production (the demo's static server applies the production headers).
  const server = await startSiteServer({ root: outDir, port: 0 })
  try {
    const audited: [string, string][] = (['kk', 'uz'] as const).flatMap((locale) => [
      [`campaign, ${locale}`, `/${locale}/campaigns/${snapshot.campaigns[0]!.slug}/`],
      [`topic, ${locale}`, `/${locale}/topics/children-rights/`],
    ])
    const scores = await lighthouseScores(audited.map(([, urlPath]) => `${server.url}${urlPath}`))
    console.log('\nLighthouse, mobile (goal: 100 in every category)')
    console.log(`  page               ${lighthouseCategories.map((c) => c.padStart(15)).join('')}`)
    for (const [label, urlPath] of audited) {
      const score = scores.get(`${server.url}${urlPath}`)!
      console.log(
        `  ${label.padEnd(18)} ${lighthouseCategories.map((c) => String(score[c]).padStart(15)).join('')}`,
      )
      if (score.shortfalls.length > 0) console.log(`    short of full marks: ${score.shortfalls.join(', ')}`)
    }
  } finally {
    await server.close()
  }
} finally {
  await fs.rm(work, { recursive: true, force: true })
}
