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

/** Whether `event` is part of a rendered file's line. */
export function isRenderedFileLine(event: AstroLoggerMessage): boolean {
  if (event.label === null && !event.newLine) return fileLine.test(event.message.replace(colour, ''))
  if (event.label === 'SKIP_FORMAT') return fileLineEnd.test(event.message.replace(colour, '').trim())
  return false
}

export default function buildLog(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const node = nodeLogger(options)
  return {
    write: (event) => {
      if (!isRenderedFileLine(event)) node.write(event)
    },
  }
}
