/**
 * A program that starts a spare site build and then does nothing, run as its own process by the
 * spare build test, which kills it: the spare must not outlive it. Prints the spare's pid once
 * Astro is loaded in it.
 */
import { astroEnv } from '@jol/scripts/build/pipeline'
import { spareWaiting, startSpare } from '@jol/scripts/build/spareBuild'

await startSpare(astroEnv({}))
const spare = await spareWaiting()
if (!spare) throw new Error('The spare site build did not start')
console.log(`spare ${spare.pid}`)
// Stays until killed.
setInterval(() => {}, 60_000)
