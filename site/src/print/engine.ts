import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

import { fieldPath, PrintInputError } from './errors'
import { printFonts } from './fonts'
import { coverageOf, missingLetters, type Coverage } from './glyphs'

/**
 * The print engine: every PDF Jol makes is a Typst template (`typst/<name>.typ`) filled with JSON
 * data. Content reaches a template only as data, a JSON file in memory (a template reads it with
 * `json(DATA_FILE)`): a string is shown as the letters it holds, so nothing an editor types can run
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

const require = createRequire(import.meta.url)
/** The compiler's version, for the cache key: another Typst may lay out the same content differently. */
export const TYPST_COMPILER_VERSION = (
  require('@myriaddreamin/typst-ts-node-compiler/package.json') as { version: string }
).version

interface Engine {
  compiler: NodeCompiler
  dir: string
  covered: Coverage
  renders: number
}
let engine: Engine | undefined

function started(): Engine {
  if (!engine) {
    const dir = templateDir()
    const fonts = printFonts()
    // Only Noto Sans: the templates never name another family, and fallback is off in them.
    engine = {
      compiler: NodeCompiler.create({ workspace: dir, fontArgs: [{ fontBlobs: fonts }] }),
      dir,
      covered: coverageOf(fonts[0]!),
      renders: 0,
    }
  }
  return engine
}

/**
 * The document's data, as a file in memory that `jol.typ` reads. Not `sys.inputs`: new inputs make
 * Typst build its standard library again and drop every memoised result with it (a leaflet's compile
 * measured 5.9 → 5.0 ms alone); a changed file only invalidates what read it, so layouts shared by
 * documents (labels, the help box) are reused. Renders are synchronous: one path serves every document.
 */
const DATA_FILE = 'data.json'

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

/** The first text in `data` holding a letter Noto Sans cannot draw, with its path (`text.title`). */
function firstUndrawable(
  data: unknown,
  covered: Coverage,
  at: string[] = [],
): { at: string; letters: string[] } | undefined {
  if (typeof data === 'string') {
    const letters = missingLetters(data, covered)
    return letters.length > 0 ? { at: at.join('.'), letters } : undefined
  }
  if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const found = firstUndrawable(value, covered, [...at, key])
      if (found) return found
    }
  }
  return undefined
}

const codePoint = (letter: string) =>
  `U+${letter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** A message for each of Typst's diagnostics. */
function diagnosticsOf(compiler: NodeCompiler, error: unknown): string {
  const messages = (compiler.fetchDiagnostics(error as never) as { message?: string }[]).map(
    (d) => d.message ?? JSON.stringify(d),
  )
  return messages.join('; ')
}

export interface RenderRequest {
  /** The template's file name without `.typ`. */
  template: string
  /** Everything the document shows, as JSON. */
  data: unknown
  files?: PrintFiles
  /** `collection/slug/locale`: a text the font cannot draw is reported as `<where>/<path in data>`. */
  where: { collection: string; slug: string; locale: string }
}

/** Renders a template with its data to the bytes of a PDF/UA-1 file; the same request gives the same bytes. */
export function renderTypstPdf({ template, data, files, where }: RenderRequest): Uint8Array {
  const { compiler, dir, covered } = started()
  const undrawable = firstUndrawable(data, covered)
  if (undrawable) {
    const letters = undrawable.letters.map((l) => `"${l}" (${codePoint(l)})`).join(', ')
    throw new PrintInputError(
      fieldPath(where.collection, where.slug, where.locale, undrawable.at),
      `has letters the print font (Noto Sans) cannot draw: ${letters}`,
    )
  }
  const dataFile = path.join(dir, DATA_FILE)
  compiler.mapShadow(dataFile, Buffer.from(JSON.stringify(data)))
  const mapped = [
    dataFile,
    ...[...(files?.byPath ?? [])].map(([name, bytes]) => {
      const file = path.join(dir, name)
      compiler.mapShadow(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      return file
    }),
  ]
  try {
    const compiled = compiler.compile({ mainFilePath: path.join(dir, `${template}.typ`) })
    const document = compiled.result
    if (!document || compiled.hasError())
      throw new Error(
        `the ${template} template failed: ${diagnosticsOf(compiler, compiled.takeDiagnostics())}`,
      )
    let pdf: Buffer
    try {
      pdf = compiler.pdf(document, { pdfStandard: 'ua-1' })
    } catch (error) {
      throw new Error(`the ${template} template made no PDF/UA-1 file: ${(error as Error).message}`, {
        cause: error,
      })
    }
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    for (const file of mapped) compiler.unmapShadow(file)
    // Typst memoises layouts between compilations; old entries are dropped now and then so a build of thousands stays small.
    if (++started().renders % 64 === 0) compiler.evictCache(10)
  }
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
