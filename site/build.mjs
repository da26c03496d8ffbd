// @ts-check
/**
 * `astro build` in this process (of this site, or of the project folder given as the argument),
 * followed by one line of figures the CLI cannot give: the build's duration and peak memory
 * (resident set). `pnpm build` and the benchmarks run it as a child process.
 *
 * `--spare` (started over IPC by scripts/build/spareBuild.ts): Node started and Astro loaded ahead of
 * the next build, about a second of it, and the snapshot of the last build read ahead (the next
 * build reads again only what changed, see `readAhead` in src/lib/snapshot.ts), its entries' keys
 * hashed (`keyEntriesAhead` in src/lib/page-keys.ts), with the page record
 * of the release it made (`readRecordAhead`), the site's dependencies loaded and the print engine's
 * threads started. Says
 * `{ spareReady, rssMb, readAhead, keyedAhead, recordAhead, loaded, printThreads }`, then waits for one
 * `{ build: env }`, takes that environment as its own and builds this site once. It exits when its
 * parent goes away, waiting or building.
 */
// First: Astro's config and what it imports load in plain Node (see the module).
import './ts-imports.mjs'

import { readFile } from 'node:fs/promises'

import { build } from 'astro'

const root = process.argv[2] === '--spare' ? undefined : process.argv[2]

/** @param {Record<string, string>} env */
function takeEnvironment(env) {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name]
  Object.assign(process.env, env)
}

async function buildOnce() {
  const started = performance.now()
  try {
    await build({ root: root ?? new URL('.', import.meta.url).pathname })
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  }
  const stats = {
    ms: Math.round(performance.now() - started),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
  // The same line last on both streams: once its parent has read it on each, it has all the
  // build's output and the build is done, without waiting a tenth of a second or more for this
  // process to exit (its threads stopped, its heap of several hundred MB handed back).
  const done = `JOL_BUILD_STATS ${JSON.stringify(stats)}\n`
  process.stdout.write(done)
  process.stderr.write(done)
  // Astro's worker pools can keep the event loop alive after a build: the work is done.
  process.exit(0)
}

/**
 * What `astro.config.mjs` imports (the integrations, the contract, zod), loaded while a spare waits:
 * the config itself reads each build's environment, so Astro evaluates it per build, but finds
 * these in Node's module cache. A module that fails here fails again, with Astro's message, in the build.
 */
async function loadConfigImports() {
  const config = await readFile(new URL('./astro.config.mjs', import.meta.url), 'utf8')
  for (const [, specifier] of config.matchAll(/^import .* from '([^']+)'$/gm))
    await import(specifier.startsWith('.') ? new URL(specifier, import.meta.url).href : specifier).catch(
      () => {},
    )
}

/**
 * The site's dependencies (its package.json), loaded while a spare waits: the bundled pages import
 * them from node_modules (e-mail inlining, images, RSS: ~0.2 s at the start of a build) and find
 * them in Node's module cache. One that cannot be imported on its own is left to the build. Returns
 * those loaded.
 */
async function loadDependencies() {
  const manifest = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'))
  const names = Object.keys(manifest.dependencies ?? {})
  const loaded = await Promise.all(
    names.map((name) =>
      import(name).then(
        () => name,
        () => undefined,
      ),
    ),
  )
  return loaded.filter((name) => name !== undefined)
}

if (process.argv[2] === '--spare') {
  const send = process.send?.bind(process)
  if (!send) throw new Error('build.mjs --spare is started by the build pipeline, over IPC')
  process.on('disconnect', () => process.exit(0))
  // Its parent went away while Astro was loading.
  if (!process.connected) process.exit(0)
  process.once('message', (/** @type {{ build?: Record<string, string> }} */ message) => {
    if (!message.build) process.exit(0)
    takeEnvironment(message.build)
    void buildOnce()
  })
  await loadConfigImports()
  // The snapshot the last build used, most often mostly the next one's (see `readAhead`).
  const ahead = process.env.JOL_SNAPSHOT_DIR
    ? await import('./src/lib/snapshot.ts').then((m) => m.readAhead(process.env.JOL_SNAPSHOT_DIR ?? ''))
    : undefined
  // Its entries' own keys: the build's snapshot shares its unchanged entries (see `keyEntriesAhead`).
  const keyedAhead = ahead
    ? await import('./src/lib/page-keys.ts').then((m) => m.keyEntriesAhead(ahead)).catch(() => 0)
    : 0
  // The record of the release just published: the next build's record of the live release.
  const recordAhead = process.env.JOL_PAGES_OUT
    ? await import('./src/lib/render-plan.ts').then((m) => m.readRecordAhead(process.env.JOL_PAGES_OUT ?? ''))
    : false
  const loaded = await loadDependencies()
  // The print engine's threads, started and warm: the pages render their documents with them.
  const printThreads = await import('./src/print/engine.ts')
    .then((m) => m.startPrintEngine())
    .then((threads) => threads.filter((thread) => thread.warm).length)
    .catch(() => 0)
  send({
    spareReady: true,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    readAhead: ahead !== undefined,
    keyedAhead,
    recordAhead,
    loaded,
    printThreads,
  })
} else {
  await buildOnce()
}
