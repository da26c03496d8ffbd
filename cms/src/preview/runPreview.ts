import { spawn } from 'node:child_process'
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
  const turn = queue.catch(() => undefined).then(() => renderOnce(request))
  queue = turn
  return turn
}

async function renderOnce(request: PreviewRequest): Promise<PreviewOutcome> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-preview-'))
  try {
    const program = sitePreviewCommand()
    const args = [
      ...program.args,
      ...['--collection', request.collection, '--id', request.id, '--locale', request.locale],
      ...['--format', request.format, '--out', out],
    ]
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(program.command, args, {
        cwd: program.cwd,
        env: siteProcessEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let printed = ''
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()))
      child.on('error', (error) => resolve({ code: null, output: `${printed}\n${error.message}` }))
      child.on('close', (exit) => resolve({ code: exit, output: printed }))
    })
    const result = await fs
      .readFile(path.join(out, 'result.json'), 'utf8')
      .then(
        (text) => JSON.parse(text) as { kind: string; file?: string; notes?: string[]; problems?: string[] },
      )
      .catch(() => undefined)
    if (code !== 0 || result === undefined)
      return { kind: 'failed', message: tail(output) || `the preview stopped with exit code ${code}` }
    if (result.kind === 'invalid') return { kind: 'invalid', problems: result.problems ?? [] }
    const body = await fs.readFile(path.join(out, path.basename(result.file ?? '')))
    return { kind: 'rendered', body, notes: result.notes ?? [] }
  } finally {
    await fs.rm(out, { recursive: true, force: true })
  }
}
