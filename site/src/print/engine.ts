import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import Piscina from 'piscina'

import { processStore } from '../lib/process-store'
import { fieldPath, PrintInputError } from './errors'
import { printFonts } from './fonts'
import { coverageOf, missingLetters, type Coverage } from './glyphs'
import type { Rendered, RenderTask, WorkerSetup } from './typst-worker'

/**
 * The print engine: every PDF Jol makes is a Typst template (`typst/<name>.typ`) filled with JSON
 * data. Content reaches a template only as data, a JSON file in memory (a template reads it with
 * `json("/data.json")`): a string is shown as the letters it holds, so nothing an editor types can run
 * as Typst code. Pictures are handed over as files in memory too, named by their hash.
 *
 * Output is PDF/UA-1 (tagged PDF: title, language, headings, lists, alt texts, reading order).
 * A new document type is one template plus a small module that builds its data.
 */

/** Where the templates live: `src/print/typst` of the site, found from this file or from Astro's bundle of it. */
function templateDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@jol/site'
    )
      return path.join(dir, 'src', 'print', 'typst')
    const parent = path.dirname(dir)
    if (parent === dir)
      throw new Error(
        `the print templates cannot be found: no @jol/site package above ${fileURLToPath(import.meta.url)}`,
      )
    dir = parent
  }
}

/**
 * The pool of render workers (`typst-worker.ts`), one per core by default (JOL_PRINT_THREADS sets
 * another number): a cold build renders documents on every core. Kept on `globalThis`, so the pool a
 * spare build starts ahead (`startPrintEngine`, from `build.mjs`) is the one the pages, bundled by
 * Vite as another copy of this module, render with.
 */
interface PrintEngine {
  pool?: Piscina
  /** The worker threads that rendered something in this process (the build log says how many). */
  threadsUsed: Set<number>
}
const engine = processStore<PrintEngine>('printEngine', () => ({ threadsUsed: new Set<number>() }))
let covered: Coverage | undefined
export const renderThreadsUsed = engine.threadsUsed

/** How many documents render at once. */
export function printThreads(): number {
  const wanted = Number(process.env.JOL_PRINT_THREADS)
  return Number.isInteger(wanted) && wanted > 0 ? wanted : availableParallelism()
}

/** What a renderer is made with (`typstRenderer`): the templates folder and the font bytes. */
export const renderSetup = (): WorkerSetup => ({ dir: templateDir(), fonts: printFonts() })

function renderPool(): Piscina {
  if (!engine.pool) {
    const setup = renderSetup()
    const threads = printThreads()
    engine.pool = new Piscina({
      filename: pathToFileURL(path.join(setup.dir, '..', 'typst-worker.ts')).href,
      workerData: setup,
      minThreads: threads,
      maxThreads: threads,
      // A worker loads the fonts and Typst's library once: keep it for the whole build.
      idleTimeout: 60_000,
    })
  }
  return engine.pool
}

/**
 * Starts the render threads now rather than at the first document, and resolves once each has
 * loaded the fonts and made a first document (`typst-worker.ts`): a spare build does this while it
 * waits, which takes about a quarter of a second off the first PDF of the build it is used for.
 * Says which threads answered and whether each made its first document.
 */
export async function startPrintEngine(): Promise<{ threadId: number; warm: boolean }[]> {
  const pool = renderPool()
  // One task per thread: a pool that is starting hands its first tasks to its threads in turn.
  return Promise.all(
    Array.from(
      { length: printThreads() },
      () => pool.run(undefined, { name: 'ready' }) as Promise<{ threadId: number; warm: boolean }>,
    ),
  )
}

/** Shared module(s) every template imports, in the fingerprint of each. */
const SHARED = ['jol.typ']

/** The sources a template is made of: part of its cache key, so editing a template renders its documents again. */
export function templateFingerprint(template: string): string {
  const dir = templateDir()
  const hash = createHash('sha256')
  for (const file of [`${template}.typ`, ...SHARED])
    hash.update(file).update(readFileSync(path.join(dir, file)))
  return hash.digest('hex')
}

/** Files a document shows (pictures), by the path its data names them with. */
export class PrintFiles {
  readonly byPath = new Map<string, Uint8Array>()

  /** The path a template opens `data` by: content-addressed, so the same picture twice is one file. */
  add(data: Uint8Array, extension: string): string {
    const name = `/files/${createHash('sha256').update(data).digest('hex')}.${extension}`
    this.byPath.set(name, data)
    return name
  }
}

/**
 * The first text in `data` holding a letter Noto Sans cannot draw, with its path (`text.title`).
 * The path is put together only for that text, on the way back up.
 */
function firstUndrawable(data: unknown, covered: Coverage): { at: string[]; letters: string[] } | undefined {
  if (typeof data === 'string') {
    const letters = missingLetters(data, covered)
    return letters.length > 0 ? { at: [], letters } : undefined
  }
  if (data && typeof data === 'object') {
    for (const key in data) {
      const found = firstUndrawable((data as Record<string, unknown>)[key], covered)
      if (found) {
        found.at.unshift(key)
        return found
      }
    }
  }
  return undefined
}

const codePoint = (letter: string) =>
  `U+${letter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

export interface RenderRequest {
  /** The template's file name without `.typ`. */
  template: string
  /** Everything the document shows, as JSON. */
  data: unknown
  files?: PrintFiles
  /** `collection/slug/locale`: a text the font cannot draw is reported as `<where>/<path in data>`. */
  where: { collection: string; slug: string; locale: string }
}

/** What a render thread (or the benchmark's renderer) is given for a request: its data as JSON text, its files. */
export const renderTask = ({ template, data, files }: Omit<RenderRequest, 'where'>): RenderTask => ({
  template,
  dataJson: JSON.stringify(data),
  files: [...(files?.byPath ?? [])],
})

/** Renders a template with its data to the bytes of a PDF/UA-1 file; the same request gives the same bytes. */
export async function renderTypstPdf({ template, data, files, where }: RenderRequest): Promise<Uint8Array> {
  covered ??= coverageOf(printFonts()[0]!)
  const undrawable = firstUndrawable(data, covered)
  if (undrawable) {
    const letters = undrawable.letters.map((l) => `"${l}" (${codePoint(l)})`).join(', ')
    throw new PrintInputError(
      fieldPath(where.collection, where.slug, where.locale, undrawable.at.join('.')),
      `has letters the print font (Noto Sans) cannot draw: ${letters}`,
    )
  }
  const { pdf, threadId } = (await renderPool().run(renderTask({ template, data, files }))) as Rendered
  renderThreadsUsed.add(threadId)
  return pdf
}

/** A calendar date and time in UTC, as Typst's `datetime` takes it (the PDF's creation date). */
export function typstDate(iso: string) {
  const d = new Date(iso)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  }
}
