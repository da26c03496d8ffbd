// @ts-check
/**
 * `astro build` in this process (of this site, or of the project folder given as the argument),
 * followed by one line of figures the CLI cannot give: the build's duration and peak memory
 * (resident set). `pnpm build` and the benchmarks run it as a child process.
 */
import { build } from 'astro'

const root = process.argv[2] ?? new URL('.', import.meta.url).pathname
const started = performance.now()
try {
  await build({ root })
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
}
const stats = {
  ms: Math.round(performance.now() - started),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}
console.log(`JOL_BUILD_STATS ${JSON.stringify(stats)}`)
// Astro's worker pools can keep the event loop alive after a build: the work is done.
process.exit(0)
