import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { LocaleCode, PreviewCollection } from '@jol/content-schemas'
import { sitePreviewCommand } from '@jol/content-schemas/deployment'

import { siteProcessEnv } from '../publishing/childEnv'
import { keptOpenProgram } from '../publishing/keptOpenProgram'

export type PreviewFormat = 'html' | 'pdf'

export type PreviewOutcome =
  | { kind: 'rendered'; body: Buffer; notes: string[] }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'failed'; message: string }

export interface PreviewRequest {
  collection: PreviewCollection
  id: string
  locale: LocaleCode
  format: PreviewFormat
}

/** The preview program, started once and kept warm (`--serve`): opening the CMS configuration is most of a cold preview. */
const previewProgram = keptOpenProgram('the preview program', () => {
  const program = sitePreviewCommand()
  return { ...program, args: [...program.args, '--serve'], env: siteProcessEnv() }
})

/** Long enough for a slow PDF on a busy machine; a hung program is stopped after it. */
const previewTimeoutMs = 5 * 60 * 1000

/** The process id of the warm preview program, if one runs. */
export const previewWorkerPid = (): number | undefined => previewProgram.pid()

/** Stops the warm preview program, if one runs (tests; a CMS shutting down stops it anyway). */
export const stopPreviewWorker = (): void => previewProgram.stop()

/** The last lines a failed preview printed: enough for an editor to report it. */
const tail = (output: string) => output.trim().split('\n').slice(-15).join('\n')

/**
 * One preview at a time per CMS: each is an Astro build, and a row of clicks must not take every
 * core from the CMS and the site's rebuilds.
 */
let queue: Promise<unknown> = Promise.resolve()

/**
 * Renders a draft through the deployment's preview program (`sitePreviewCommand`, by default
 * scripts/preview/run.ts) in a child process, as the site's builds are: the CMS never imports the
 * site or the scripts. The program writes into a temporary folder, which is removed here.
 */
export function runPreview(request: PreviewRequest): Promise<PreviewOutcome> {
  // The same preview asked again before its turn (a double click, a reload) shares that turn: a row
  // of identical requests costs one build, not one each. One already rendering is not shared, since
  // the draft may have been saved again since it started.
  const key = JSON.stringify([request.collection, request.id, request.locale, request.format])
  const waiting = waitingTurns.get(key)
  if (waiting) return waiting
  const turn = queue
    .catch(() => undefined)
    .then(() => {
      waitingTurns.delete(key)
      previewsRendered++
      return renderOnce(request)
    })
  waitingTurns.set(key, turn)
  queue = turn
  return turn
}

const waitingTurns = new Map<string, Promise<PreviewOutcome>>()
let previewsRendered = 0
/** How many previews this CMS has rendered (requests that shared a turn count once). */
export const previewsRenderedCount = (): number => previewsRendered

async function renderOnce(request: PreviewRequest): Promise<PreviewOutcome> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-preview-'))
  try {
    const { answer, output } = await previewProgram.request(
      { ...request, out },
      { timeoutMs: previewTimeoutMs },
    )
    // Without a message (it stopped), what it printed last says why.
    if (!answer.ok)
      return {
        kind: 'failed',
        message: answer.message ?? (tail(output) || 'the preview failed and gave no reason'),
      }
    const result = JSON.parse(await fs.readFile(path.join(out, 'result.json'), 'utf8')) as {
      kind: string
      file?: string
      notes?: string[]
      problems?: string[]
    }
    if (result.kind === 'invalid') return { kind: 'invalid', problems: result.problems ?? [] }
    const body = await fs.readFile(path.join(out, path.basename(result.file ?? '')))
    return { kind: 'rendered', body, notes: result.notes ?? [] }
  } finally {
    await fs.rm(out, { recursive: true, force: true })
  }
}
