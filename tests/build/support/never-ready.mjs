/**
 * Preloaded into a spare site build (NODE_OPTIONS=--import) by the spare build test: it never gets
 * as far as loading Astro, like a spare stuck on a hung disk.
 */
setInterval(() => {}, 60_000)
await new Promise(() => {})
