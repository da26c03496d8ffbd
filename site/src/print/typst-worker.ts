import path from 'node:path'
import { isMainThread, threadId, workerData } from 'node:worker_threads'

import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

/**
 * One Typst compiler per worker thread, so a build renders documents on every core. Loaded by
 * Piscina from its file on disk (Node strips the types): it imports no module of the site, only
 * the compiler, and gets everything else (templates folder, font bytes) from the engine. The
 * renderer itself (`typstRenderer`) is also what the print benchmark measures Typst alone with.
 */

export interface WorkerSetup {
  /** The templates folder, Typst's workspace. */
  dir: string
  fonts: Uint8Array[]
}

export interface RenderTask {
  template: string
  /**
   * The document's data as JSON text, a file in memory (`/data.json`) that `jol.typ` reads. Not
   * `sys.inputs`: new inputs make Typst build its standard library again and drop every memoised
   * result; a changed file only invalidates what read it, so layouts shared by documents are reused.
   */
  dataJson: string
  /** Pictures, by the path the data names them with. */
  files: [string, Uint8Array][]
}

/** What one render gives: the PDF and Typst's own time for it (the benchmark prints it). */
export interface TypstOutput {
  pdf: Uint8Array
  /** Laying the document out (`compile`), in ms. */
  compileMs: number
  /** Writing it as PDF/UA-1 (`pdf`), in ms. */
  exportMs: number
}

export interface Rendered {
  pdf: Uint8Array
  /** The worker that rendered it, for the engine's count of threads at work. */
  threadId: number
}

/**
 * A Typst compiler with Jol's templates and fonts, which renders one document at a time. A render
 * thread keeps one for its whole life; the print benchmark makes one in its own thread, to measure
 * Typst without the hand-over to a thread.
 */
export function typstRenderer({ dir, fonts }: WorkerSetup): {
  warm: boolean
  render: (task: RenderTask) => TypstOutput
} {
  // Only Noto Sans: the templates never name another family, and fallback is off in them.
  const compiler = NodeCompiler.create({
    workspace: dir,
    fontArgs: [
      { fontBlobs: fonts.map((font) => Buffer.from(font.buffer, font.byteOffset, font.byteLength)) },
    ],
  })
  let renders = 0

  /** A message for each of Typst's diagnostics. */
  const diagnosticsOf = (error: unknown): string =>
    (compiler.fetchDiagnostics(error as never) as { message?: string }[])
      .map((d) => d.message ?? JSON.stringify(d))
      .join('; ')

  /**
   * A first document, made as the renderer starts: Typst builds its standard library and reads the
   * fonts on its first compilation, a tenth of a second or more that would otherwise fall on the
   * first real document. Its text is in both of Jol's scripts (Cyrillic, Latin with Uzbek's ʻ), in
   * the regular, bold and italic faces.
   */
  let warm = false
  try {
    const warmUp = compiler.compile({
      mainFileContent:
        '#set std.document(title: "Jol")\n#set text(font: "Noto Sans", lang: "kk")\n= Жол\nJoʻl *Роҳ* _Jol_ Жол',
    })
    warm = warmUp.result !== null && compiler.pdf(warmUp.result, { pdfStandard: 'ua-1' }).length > 0
  } catch {
    // Only a head start: a real document that fails says why itself.
  }

  /** Renders one document to the bytes of a PDF/UA-1 file. */
  const render = ({ template, dataJson, files }: RenderTask): TypstOutput => {
    const mapped = [['/data.json', Buffer.from(dataJson)] as const, ...files].map(([name, bytes]) => {
      const file = path.join(dir, name)
      compiler.mapShadow(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      return file
    })
    try {
      const started = performance.now()
      const compiled = compiler.compile({ mainFilePath: path.join(dir, `${template}.typ`) })
      const document = compiled.result
      if (!document || compiled.hasError())
        throw new Error(`the ${template} template failed: ${diagnosticsOf(compiled.takeDiagnostics())}`)
      const laidOut = performance.now()
      let pdf: Buffer
      try {
        pdf = compiler.pdf(document, { pdfStandard: 'ua-1' })
      } catch (error) {
        throw new Error(`the ${template} template made no PDF/UA-1 file: ${(error as Error).message}`, {
          cause: error,
        })
      }
      return {
        pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
        compileMs: laidOut - started,
        exportMs: performance.now() - laidOut,
      }
    } finally {
      for (const file of mapped) compiler.unmapShadow(file)
      // Typst memoises layouts between compilations; old entries are dropped now and then so a build of thousands stays small.
      if (++renders % 64 === 0) compiler.evictCache(10)
    }
  }
  return { warm, render }
}

/** This thread's renderer: Piscina loads this file in each render thread (none in a main thread). */
const thread = isMainThread ? undefined : typstRenderer(workerData as WorkerSetup)

/** This thread, once started, and whether it made its first document: see `startPrintEngine`. */
export const ready = (): { threadId: number; warm: boolean } => ({ threadId, warm: thread?.warm ?? false })

/** Renders one document in this render thread (Piscina's task function). */
export default function render(task: RenderTask): Rendered {
  if (!thread) throw new Error('typst-worker.ts renders in a render thread started by the print engine')
  return { pdf: thread.render(task).pdf, threadId }
}
