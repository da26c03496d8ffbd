/**
 * `pnpm bench:publish [--rounds 3] [--entries N]`: publish-to-live latency, printed.
 *
 * Demo (always): runs `pnpm demo` on a scratch database, then edits a Kyrgyz leaflet title through
 * the REST API `rounds` times and measures, from the moment the publish call returns, how long until
 * the static server serves the new title. Everything is real: debounce, the jobs queue's timer in
 * `next dev`, export, Astro (with PDFs and ZIPs), the swap, the static server.
 *
 * `--no-demo` skips the demo (for measuring the site part alone).
 *
 * `--entries N` (e.g. 1000): the same edit `rounds` times on a synthetic N-entry × 6-locale
 * snapshot, through the site part of the loop only (Astro build + swap + static server, no CMS
 * export): building a 1,000-entry CMS database through the Local API would take longer than the
 * measurement itself. Each round is measured from the moment its snapshot is written (the export's
 * last step), once the spare of the last build is ready, as it is when an editor saves again.
 * `--photos N [--mb 2]` adds a media library of N pictures that no entry shows (`withPhotoLibrary`).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { rebuildQuietMs } from '@jol/content-schemas/deployment'
import { writeSnapshot } from '@jol/content-schemas/io'

import { buildPublicSite } from '../build/pipeline'
import { spareWaiting } from '../build/spareBuild'
import { searchLine } from '../build/searchIndex'
import { releasesDirOf } from '../build/releases'
import { syntheticSnapshot, withPhotoLibrary } from './syntheticSnapshot'
import { freePort, isolatedDemoEnv } from '../demo/isolatedEnv'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    rounds: { type: 'string' },
    entries: { type: 'string' },
    photos: { type: 'string' },
    mb: { type: 'string' },
    'no-demo': { type: 'boolean' },
  },
})
const rounds = Number(values.rounds ?? 3)
const slug = 'your-child-has-the-right-to-school'
const scriptsDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * The static server in a process of its own (`pnpm serve`), as a reader's web server is: in this
 * process its answers would share the event loop (and libuv's threads) with the pipeline's work
 * around the swap, which no reader's request does.
 */
async function siteServerProcess(siteLink: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'serve/run.ts'], {
    cwd: scriptsDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, JOL_SITE_DIST: siteLink, SITE_PORT: String(await freePort()) },
  })
  let output = ''
  server.stdout.on('data', (chunk) => (output += chunk))
  server.stderr.on('data', (chunk) => (output += chunk))
  const started = performance.now()
  let url: string | undefined
  while (!(url = /the public site is at (\S+)/.exec(output)?.[1])) {
    if (server.exitCode !== null) throw new Error(`the static server stopped:\n${output}`)
    if (performance.now() - started > 120_000) throw new Error(`the static server did not start:\n${output}`)
    await sleep(100)
  }
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  return {
    url,
    close: async () => {
      server.kill('SIGTERM')
      await exited
    },
  }
}

/** Polls `url` until its body contains `text`; the time since `since`. */
async function servedAfter(url: string, text: string, since: number, timeoutMs = 300_000): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    const body = await fetch(url).then(
      (r) => r.text(),
      () => '',
    )
    if (body.includes(text)) return performance.now() - since
    await sleep(50)
  }
  throw new Error(`${text} was not served at ${url} within ${timeoutMs / 1000} s`)
}

interface BuildStatus {
  state: string
  durationMs: number
  requestedAt?: string
  startedAt?: string
  finishedAt?: string
  message?: string
}

/**
 * Where a publish's time went, from the build status: the quiet period, the wait for the queue to
 * start the job once due, the build program's own overhead (asking it, and starting it if it was not
 * running), the build's steps (from its summary line), and the rest (writing the status, the static
 * server answering, this poll).
 */
function breakdown(status: BuildStatus, returnedAt: number, latencyMs: number): string {
  const quiet = rebuildQuietMs()
  const due = Date.parse(status.requestedAt ?? '') + quiet
  const queueWait = Date.parse(status.startedAt ?? '') - due
  const figure = (name: string) =>
    Number(new RegExp(`${name} (\\d+) ms`).exec(status.message ?? '')?.[1] ?? Number.NaN)
  const [exportMs, siteMs] = [figure('export'), figure('site')]
  const steps = ['Astro', 'completing the release', 'search', 'swap']
    .map((step) => `${step} ${seconds(figure(step))}`)
    .join(', ')
  const program = status.durationMs - exportMs - siteMs
  const pages = /(\d+) pages rendered, (\d+) carried over/.exec(status.message ?? '')
  // The status is written after the swap; the rest is the static server answering and this poll.
  const served = latencyMs - (Date.parse(status.finishedAt ?? '') - returnedAt)
  return `quiet period ${seconds(quiet)}, queue wait ${seconds(queueWait)}, build ${seconds(status.durationMs)}: program ${seconds(program)}, export ${seconds(exportMs)}, ${steps} (${pages?.[1] ?? '?'} pages rendered, ${pages?.[2] ?? '?'} carried over); then ${seconds(Math.max(0, served))} to be served`
}

async function benchDemo(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-publish-'))
  const [port, sitePort] = [await freePort(), await freePort()]
  const cms = `http://localhost:${port}`
  const site = `http://127.0.0.1:${sitePort}`
  const demo = spawn(process.execPath, ['--import', 'tsx', 'demo/run.ts'], {
    cwd: scriptsDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...isolatedDemoEnv(dir, { cms: port, site: sitePort }),
      JOL_LOG_LEVEL: 'warn',
    },
  })
  let output = ''
  demo.stdout.on('data', (chunk) => (output += chunk))
  demo.stderr.on('data', (chunk) => (output += chunk))
  try {
    const started = performance.now()
    while (!output.includes('demo: ready')) {
      if (demo.exitCode !== null) throw new Error(`the demo stopped:\n${output}`)
      if (performance.now() - started > 400_000) throw new Error(`the demo did not get ready:\n${output}`)
      await sleep(200)
    }
    console.log(
      `bench:publish: demo ready in ${seconds(performance.now() - started)} (seed, first build, next dev)`,
    )
    const login = await (
      await fetch(`${cms}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'admin@jol.local', password: 'jol-demo-admin' }),
      })
    ).json()
    const auth = { Authorization: `JWT ${login.token as string}`, 'Content-Type': 'application/json' }
    const leaflet = (
      await (await fetch(`${cms}/api/leaflets?where[slug][equals]=${slug}&depth=0`, { headers: auth })).json()
    ).docs[0]
    const latencies: number[] = []
    for (let round = 1; round <= rounds; round++) {
      const title = `Бенчмарк ${round} ${Date.now().toString(36)}`
      const response = await fetch(`${cms}/api/leaflets/${leaflet.id}?locale=ky`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ title, _status: 'published' }),
      })
      if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`)
      const returned = performance.now()
      const returnedAt = Date.now()
      const latency = await servedAfter(`${site}/ky/leaflets/${slug}/`, title, returned)
      // The status is written just after the swap: wait for it to name this build.
      let status: BuildStatus
      do status = await (await fetch(`${cms}/api/globals/site-build`, { headers: auth })).json()
      while (
        !(
          status.state === 'succeeded' &&
          status.finishedAt &&
          Date.parse(status.finishedAt) >= Date.now() - latency
        ) &&
        (await sleep(100), true)
      )
      latencies.push(latency)
      console.log(
        `bench:publish: demo round ${round}: publish-to-live ${seconds(latency)} (${breakdown(status, returnedAt, latency)})`,
      )
      await sleep(1000)
    }
    console.log(
      `bench:publish: demo content, median publish-to-live latency ${seconds(median(latencies))} over ${rounds} publishes (goal ≤ 5 s)`,
    )
  } finally {
    if (demo.pid !== undefined && demo.exitCode === null) {
      const exited = new Promise((resolve) => demo.once('exit', resolve))
      process.kill(-demo.pid, 'SIGINT')
      await Promise.race([exited, sleep(20_000)])
    }
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** Astro's own timings, in the order it logs them (each phase's "Completed in", the vite bundles, the total). */
function astroPhases(lines: string[]): string {
  const timings = lines
    .map((line) => /(?:Completed in|built in) ((?:\d+m )?[\d.]+(?:ms|s))/.exec(line)?.[1])
    .filter((t): t is string => t !== undefined)
  return timings.length > 0 ? timings.join(', ') : '(no timings in the log)'
}

async function benchSynthetic(entries: number): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-publish-synthetic-'))
  const snapshotDir = path.join(dir, 'snapshot')
  const siteLink = path.join(dir, 'site', 'dist')
  try {
    const photos = Number(values.photos ?? 0)
    const input = await withPhotoLibrary(await syntheticSnapshot(entries), photos, Number(values.mb ?? 2))
    if (photos > 0) {
      const mb = input.media.reduce((sum, m) => sum + m.filesize, 0) / 2 ** 20
      console.log(`bench:publish: with a library of ${input.media.length} pictures, ${mb.toFixed(0)} MB`)
    }
    await writeSnapshot(snapshotDir, input)
    let started = performance.now()
    // As in the program the CMS keeps open: each build leaves a spare site build for the next.
    await buildPublicSite({ content: { snapshotDir }, siteLink, env: { NO_COLOR: '1' }, keepSpare: true })
    console.log(
      `bench:publish: ${entries} entries × 6 locales, first build ${seconds(performance.now() - started)}`,
    )
    const server = await siteServerProcess(siteLink)
    try {
      const latencies: number[] = []
      for (let round = 1; round <= rounds; round++) {
        // An editor's next save comes seconds after a publish, once the spare has loaded Astro and
        // read the snapshot ahead (about 2 s here): measured from there, not from the swap before.
        const spare = await spareWaiting()
        // What an export writes after one leaflet's Kyrgyz title changed: the CMS dates the save.
        const leaflet = input.leaflets[0]!
        const title = `Бенчмарк ${Date.now().toString(36)}`
        leaflet.translations.ky!.title = title
        leaflet.updatedAt = new Date().toISOString()
        await writeSnapshot(snapshotDir, input)
        // The site part starts where the export ends, with the snapshot written.
        started = performance.now()
        const pdfLines: string[] = []
        const astroLines: string[] = []
        // Polled while the build runs: the page is live at the swap, before old releases are pruned.
        const served = servedAfter(`${server.url}/ky/leaflets/${leaflet.slug}/`, title, started)
        const report = await buildPublicSite({
          content: { snapshotDir },
          siteLink,
          env: { NO_COLOR: '1' },
          keepSpare: true,
          log: (line) => {
            astroLines.push(line)
            if (/\[jol:print\].*\.pdf:/.test(line)) pdfLines.push(line)
          },
        })
        const latency = await served
        latencies.push(latency)
        console.log(
          `bench:publish: ${entries} entries × 6 locales, one leaflet edited, round ${round}: site part of publish-to-live ${seconds(latency)} (site ${seconds(report.siteMs)}: Astro ${seconds(report.astroMs)}, completing the release ${seconds(report.assembleMs)}, search index ${seconds(report.searchMs)}; ${report.pages.rendered} pages rendered, ${report.pages.carried} carried over as hard links; peak memory of the Astro build ${report.siteBuildPeakRssMb ?? '?'} MB; ${report.spareRssMb === undefined ? 'no spare Astro process' : `built in the spare Astro process started ahead, ${report.spareRssMb} MB while it waited${spare?.readAhead ? ', the last snapshot read ahead' : ''}`}; add the export and the quiet period)`,
        )
        console.log(`bench:publish: ${searchLine(report.search)}`)
        console.log(
          `bench:publish: Astro's own timings, in log order (phases, bundles, total): ${astroPhases(astroLines)}`,
        )
        const rendered = pdfLines.filter((line) => line.includes('rendered in'))
        console.log(
          `bench:publish: PDFs in that build: ${pdfLines.length}, re-rendered ${rendered.length}, from the print cache ${pdfLines.length - rendered.length}${
            rendered.length
              ? ` (${rendered
                  .map((line) => line.replace(/^.*\] /, '').split(':')[0])
                  .slice(0, 8)
                  .join(', ')})`
              : ''
          }`,
        )
      }
      console.log(
        `bench:publish: ${entries} entries × 6 locales, median site part of publish-to-live ${seconds(median(latencies))} over ${rounds} publishes (goal ≤ 1 s)`,
      )
    } finally {
      await server.close()
    }
  } finally {
    await fs.rm(releasesDirOf(siteLink), { recursive: true, force: true })
    await fs.rm(dir, { recursive: true, force: true })
  }
}

if (!values['no-demo']) await benchDemo()
if (values.entries) await benchSynthetic(Number(values.entries))
process.exit(0)
