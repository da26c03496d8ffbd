/**
 * `pnpm bench:site [entries]`: builds the real site from a synthetic snapshot (default 1,000
 * entries × 6 locales) through the build pipeline (full with an empty print cache, full with it
 * filled, then incremental after one leaflet was edited) and, in the same run, a bare Astro project
 * with the same number of trivial pages (twice: after the cold build and at the end; the ratios are
 * against the faster); prints the times, their ratio, peak memory, the transferred (gzip) size of each page type,
 * and Lighthouse's mobile scores of a campaign page and a topic page in Kazakh and Uzbek.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { writeSnapshot } from '@jol/content-schemas/io'

import { siteDir } from '@jol/content-schemas/deployment'
import { buildPublicSite, runAstroBuild, type AstroBuildResult } from '../build/pipeline'
import { releasesDirOf } from '../build/releases'
import { searchLine } from '../build/searchIndex'
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

interface Timing {
  seconds: number
  peakRssMb: number | undefined
  pagesSeconds: number
  searchSeconds: number
  /** Pipeline builds only: the Astro process, and completing an incremental release (hard links). */
  astroSeconds?: number
  assembleSeconds?: number
  rendered?: number
  carried?: number
  /** Pipeline builds only: which locales' search indexes were made again or reused. */
  search?: string
}

/** Where the time goes, from Astro's own log ("812ms", "16.03s", "5m 32s"). */
const pagesSecondsOf = (output: string) =>
  astroSeconds(/generating static routes[\s\S]*?Completed in ((?:\d+m )?[\d.]+(?:ms|s))/.exec(output)?.[1])

function timed(label: string, run: () => Promise<AstroBuildResult>) {
  return async (): Promise<Timing> => {
    const started = performance.now()
    const result = await run()
    if (result.code !== 0) throw new Error(`${label} build failed:\n${result.output.slice(-3000)}`)
    return {
      seconds: (performance.now() - started) / 1000,
      peakRssMb: result.peakRssMb,
      pagesSeconds: pagesSecondsOf(result.output),
      searchSeconds: NaN,
    }
  }
}

/** A build through the pipeline (as `./jol build` and the CMS run it): a new release, then the swap. */
async function pipelineBuild(
  snapshotDir: string,
  siteLink: string,
  env: Record<string, string>,
  full: boolean,
): Promise<Timing> {
  const lines: string[] = []
  const started = performance.now()
  const report = await buildPublicSite({
    content: { snapshotDir },
    siteLink,
    env,
    full,
    log: (line) => lines.push(line),
  })
  return {
    seconds: (performance.now() - started) / 1000,
    peakRssMb: report.siteBuildPeakRssMb,
    pagesSeconds: pagesSecondsOf(lines.join('\n')),
    searchSeconds: report.searchMs / 1000,
    astroSeconds: report.astroMs / 1000,
    assembleSeconds: report.assembleMs / 1000,
    rendered: report.pages.rendered,
    carried: report.pages.carried,
    search: searchLine(report.search),
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
  const env = { JOL_PRINT_CACHE_DIR: path.join(work, 'print-cache'), NO_COLOR: '1' }

  // Full twice: with an empty print cache (a first build: every PDF rendered) and with it filled
  // (a full build later, `./jol build --full`). Then what a publish does: one leaflet's Kyrgyz title
  // edited, built incrementally from the live release.
  // The bare build twice, after the cold build and at the end: a shared machine's speed drifts over
  // a run, and the ratios are taken against the faster of the two (the stricter comparison).
  const cold = await pipelineBuild(snapshotDir, outDir, env, true)
  const pages = (await htmlFiles(await fs.realpath(outDir))).length
  await writeBareProject(pages)
  const bareBuild = timed('bare Astro', () => runAstroBuild({ NO_COLOR: '1' }, () => {}, bare))
  const bareFirst = await bareBuild()
  const jol = await pipelineBuild(snapshotDir, outDir, env, true)
  snapshot.leaflets[0]!.translations.ky!.title = `Бенчмарк ${Date.now().toString(36)}`
  // The CMS dates every save: the leaflet's date changes on its pages in every language.
  snapshot.leaflets[0]!.updatedAt = new Date().toISOString()
  await writeSnapshot(snapshotDir, snapshot)
  const incremental = await pipelineBuild(snapshotDir, outDir, env, false)
  const bareLast = await bareBuild()
  const baseline = bareFirst.seconds <= bareLast.seconds ? bareFirst : bareLast

  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6)
  console.log(`\nbuild of ${pages} HTML pages (${os.cpus().length} cores, Node ${process.version})`)
  const line = (label: string, b: Timing) =>
    console.log(
      `  ${label.padEnd(40)} ${b.seconds.toFixed(1).padStart(7)} s   peak memory ${b.peakRssMb} MB   (${[
        b.astroSeconds === undefined ? undefined : `Astro process ${b.astroSeconds.toFixed(1)} s`,
        `of which pages and documents ${b.pagesSeconds.toFixed(1)} s`,
        b.assembleSeconds === undefined
          ? undefined
          : `completing the release ${b.assembleSeconds.toFixed(1)} s`,
        Number.isNaN(b.searchSeconds) ? undefined : `search index ${b.searchSeconds.toFixed(1)} s`,
        b.rendered === undefined ? undefined : `${b.rendered} pages rendered, ${b.carried} carried over`,
        b.search,
      ]
        .filter(Boolean)
        .join(', ')})`,
    )
  line('Jol site, full, print cache empty', cold)
  line('Jol site, full, print cache filled', jol)
  line('Jol site, incremental, 1 leaflet edited', incremental)
  line('bare Astro, after the cold build', bareFirst)
  line('bare Astro, at the end', bareLast)
  console.log('  ratios against the faster bare build:')
  const ratio = (label: string, b: Timing, goal = '') =>
    console.log(
      `  ratio, ${label.padEnd(32)} ${(b.seconds / baseline.seconds).toFixed(2).padStart(7)} ×${goal}`,
    )
  ratio('full, print cache filled', jol, '  (goal ≤ 2 ×)')
  ratio('full, print cache empty', cold, '  (goal ≤ 10 ×)')
  ratio('incremental, 1 leaflet edited', incremental)
  console.log(
    `  load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
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
  await fs.rm(releasesDirOf(path.join(work, 'dist')), { recursive: true, force: true })
  await fs.rm(work, { recursive: true, force: true })
}
