import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro'
import nodeLogger from 'astro/logger/node'

/**
 * Astro's own console logger (`astro/logger/node`), less the line it writes for each file it
 * renders ("├─ /kk/leaflets/…/index.html (+3ms)"): 13,000 lines at 1,000 entries, each a
 * synchronous write to the build's pipe, ~0.9 s of the main thread in a full build, and a log no
 * one reads (a page that fails names itself in Astro's error). Everything else is written as Astro
 * writes it: the phases and their times, warnings, errors, Jol's integrations' lines. Loaded by
 * Astro itself (the config's `logger`), in plain Node: it imports nothing of the site.
 */

// Astro colours its lines unless NO_COLOR is set; the tests below read the text only.
const colour = /\u001b\[[0-9;]*m/g
/** A file's own line, written without its end: its render time follows as a line of its own. */
const fileLine = /^\s*├─ /
/** That line's end: the render time (`getTimeStat`: "3ms", "1.25s", "1m 5s"), or a cache's word. */
const fileLineEnd = /^\((?:\+(?:\d+m )?[\d.]+m?s|cached|restored)\)$/

/** Astro's line for a response without a body: no file written. */
const notCreated = /^\(\+(?:\d+m )?[\d.]+m?s\) \(file not created, response body was empty\)$/

/**
 * Documents placed in the output by their endpoint itself, which answers Astro without a body
 * (`placedDocuments` of site/src/print/documents/store.ts, in `processStore`'s store: this module
 * is loaded by Astro in plain Node, outside the bundle, and imports nothing of the site). Their
 * "file not created" lines are left out, as many as there are; any other is written.
 */
const placedDocuments = () =>
  (globalThis as Record<symbol, { unlogged: number } | undefined>)[Symbol.for('jol.site.placedDocuments')]

/** Whether `event` is part of a rendered file's line. */
export function isRenderedFileLine(event: AstroLoggerMessage): boolean {
  if (event.label === null && !event.newLine) return fileLine.test(event.message.replace(colour, ''))
  if (event.label === 'SKIP_FORMAT') return fileLineEnd.test(event.message.replace(colour, '').trim())
  return false
}

/** Whether `event` says that a document its endpoint placed itself was not written by Astro. */
function isPlacedDocumentLine(event: AstroLoggerMessage): boolean {
  if (event.label !== 'SKIP_FORMAT' || !notCreated.test(event.message.replace(colour, '').trim()))
    return false
  const placed = placedDocuments()
  if (!placed || placed.unlogged === 0) return false
  placed.unlogged--
  return true
}

export default function buildLog(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const node = nodeLogger(options)
  return {
    write: (event) => {
      if (isRenderedFileLine(event) || isPlacedDocumentLine(event)) return
      node.write(event)
    },
  }
}
