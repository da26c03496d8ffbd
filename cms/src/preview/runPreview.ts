import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { LocaleCode, PreviewCollection } from '@jol/content-schemas'
import { sitePreviewCommand } from '@jol/content-schemas/deployment'

import { siteProcessEnv } from '../publishing/childEnv'

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

type Reply = { requestId?: string; ok?: boolean; message?: string; ready?: boolean }

/** The preview program, started once and kept warm (`--serve`): opening the CMS configuration is most of a cold preview. */
interface Worker {
  child: ChildProcess
  ready: Promise<void>
  /** The last of what it printed, for an editor when a preview fails. */
  output: () => string
}

let worker: Worker | undefined
const keptOutput = 20_000

function startWorker(): Worker {
  const program = sitePreviewCommand()
  const child = spawn(program.command, [...program.args, '--serve'], {
    cwd: program.cwd,
    env: siteProcessEnv(),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let printed = ''
  const collect = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(-keptOutput)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const started: Worker = {
    child,
    output: () => printed,
    ready: new Promise<void>((resolve, reject) => {
      child.on('message', (reply: Reply) => {
        if (reply.ready) resolve()
      })
      child.on('error', reject)
      child.on('exit', (code) => reject(new Error(`the preview program stopped (exit code ${code})`)))
    }),
  }
  // A worker that stopped (idle, crashed) is started again by the next preview.
  child.on('exit', () => {
    if (worker === started) worker = undefined
  })
  child.on('error', () => {
    if (worker === started) worker = undefined
  })
  return started
}

/** The process id of the warm preview program, if one runs. */
export const previewWorkerPid = (): number | undefined => worker?.child.pid

/** Stops the warm preview program, if one runs (tests; a CMS shutting down stops it anyway). */
export function stopPreviewWorker(): void {
  worker?.child.kill()
  worker = undefined
}

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
    const current = (worker ??= startWorker())
    const reply = await current.ready.then(
      () =>
        new Promise<Reply>((resolve) => {
          const requestId = randomUUID()
          const onMessage = (message: Reply) => {
            if (message.requestId !== requestId) return
            current.child.off('message', onMessage)
            current.child.off('exit', onExit)
            resolve(message)
          }
          // What it printed last says why it stopped.
          const onExit = (code: number | null) =>
            resolve({
              ok: false,
              message: tail(current.output()) || `the preview program stopped (exit code ${code})`,
            })
          current.child.on('message', onMessage)
          current.child.once('exit', onExit)
          current.child.send({ requestId, ...request, out })
        }),
      (error: unknown) => ({
        ok: false,
        message: tail(current.output()) || (error instanceof Error ? error.message : String(error)),
      }),
    )
    if (!reply.ok)
      return { kind: 'failed', message: reply.message ?? 'the preview failed and gave no reason' }
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
