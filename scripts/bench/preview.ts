/**
 * Preview benchmark: how long an editor waits after pressing Preview, on the CMS's database (the
 * demo's by default, `./jol seed` first; DATABASE_URI names another). For the first entry of each
 * kind a preview can show, and a leaflet's PDF, it runs the preview program as the CMS does
 * (`sitePreviewCommand`): warm (`--serve`, the CMS configuration already open: every preview after
 * the first) and cold (a process per preview: the first one). It prints the median wall time and its
 * parts: opening the CMS configuration, draft → one-entry snapshot, the Astro build of the page.
 *
 *   pnpm bench:preview            (RUNS=5 pnpm bench:preview for steadier figures; LOCALE=kk)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { isLocaleCode, previewCollections, type PreviewCollection } from '@jol/content-schemas'
import { sitePreviewCommand } from '@jol/content-schemas/deployment'

import { PREVIEW_STATS_PREFIX } from '../preview/renderPreview'

const RUNS = Number(process.env.RUNS ?? 3)
const LOCALE = isLocaleCode(process.env.LOCALE) ? process.env.LOCALE : 'ky'

interface Stats {
  wallMs: number
  totalMs: number
  cmsMs: number
  snapshotMs: number
  siteMs: number
}

async function firstIds(): Promise<Map<PreviewCollection, string>> {
  process.env.JOL_JOBS_AUTORUN ??= 'false'
  process.env.JOL_LOG_LEVEL ??= 'error'
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: (await import('@jol/cms/config')).default })
  const ids = new Map<PreviewCollection, string>()
  for (const collection of previewCollections) {
    const { docs } = await payload.find({ collection, limit: 1, depth: 0, sort: 'id' })
    if (docs[0]) ids.set(collection, String(docs[0].id))
  }
  await payload.destroy()
  return ids
}

async function previewOnce(
  collection: PreviewCollection,
  id: string,
  format: 'html' | 'pdf',
): Promise<Stats> {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-preview-'))
  const program = sitePreviewCommand()
  const args = [
    ...program.args,
    '--collection',
    collection,
    '--id',
    id,
    '--locale',
    LOCALE,
    '--format',
    format,
    '--out',
    out,
  ]
  const started = performance.now()
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(program.command, args, { cwd: program.cwd, env: { ...process.env, NO_COLOR: '1' } })
      let printed = ''
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0
          ? resolve(printed)
          : reject(new Error(`preview exited with ${code}:\n${printed.slice(-2000)}`)),
      )
    })
    const wallMs = Math.round(performance.now() - started)
    const line = output.split('\n').find((l) => l.startsWith(PREVIEW_STATS_PREFIX))
    if (!line)
      throw new Error(
        `${collection} #${id}: the draft was not rendered:\n${await fs.readFile(path.join(out, 'result.json'), 'utf8')}`,
      )
    return { wallMs, ...(JSON.parse(line.slice(PREVIEW_STATS_PREFIX.length)) as Omit<Stats, 'wallMs'>) }
  } finally {
    await fs.rm(out, { recursive: true, force: true })
  }
}

/** The program kept warm, as the CMS keeps it (cms/src/preview/runPreview.ts). */
async function startWarm() {
  const program = sitePreviewCommand()
  const child = spawn(program.command, [...program.args, '--serve'], {
    cwd: program.cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  let printed = ''
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()))
  await new Promise<void>((resolve, reject) => {
    child.on('message', (m: { ready?: boolean }) => m.ready && resolve())
    child.on('exit', (code) => reject(new Error(`the preview program stopped (${code})`)))
  })
  let next = 0
  return {
    async preview(collection: PreviewCollection, id: string, format: 'html' | 'pdf'): Promise<Stats> {
      const out = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-preview-'))
      const requestId = String(next++)
      const from = printed.length
      const started = performance.now()
      try {
        const reply = await new Promise<{ ok: boolean; message?: string }>((resolve) => {
          const onMessage = (m: { requestId?: string; ok: boolean }) => {
            if (m.requestId !== requestId) return
            child.off('message', onMessage)
            resolve(m)
          }
          child.on('message', onMessage)
          child.send({ requestId, collection, id, locale: LOCALE, format, out })
        })
        const wallMs = Math.round(performance.now() - started)
        const line = printed
          .slice(from)
          .split('\n')
          .find((l) => l.startsWith(PREVIEW_STATS_PREFIX))
        if (!reply.ok || !line)
          throw new Error(`${collection} #${id}: not rendered: ${reply.message ?? 'invalid draft'}`)
        return { wallMs, ...(JSON.parse(line.slice(PREVIEW_STATS_PREFIX.length)) as Omit<Stats, 'wallMs'>) }
      } finally {
        await fs.rm(out, { recursive: true, force: true })
      }
    },
    stop: () => child.kill(),
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main() {
  const ids = await firstIds()
  const cases: { collection: PreviewCollection; format: 'html' | 'pdf' }[] = [
    ...[...ids.keys()].map((collection) => ({ collection, format: 'html' as const })),
    ...(ids.has('leaflets') ? [{ collection: 'leaflets' as const, format: 'pdf' as const }] : []),
  ]
  const warm = await startWarm()
  for (const mode of ['warm', 'cold'] as const) {
    console.log(
      `\n${mode}: preview of a draft in ${LOCALE}, median of ${RUNS} run(s) after one warm-up, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`,
    )
    console.log('case                       wall ms   CMS start   snapshot   site build')
    for (const { collection, format } of cases) {
      const id = ids.get(collection)!
      const once = () =>
        mode === 'warm' ? warm.preview(collection, id, format) : previewOnce(collection, id, format)
      await once()
      const runs: Stats[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await once())
      const m = (key: keyof Stats) => String(median(runs.map((r) => r[key])))
      console.log(
        `${`${collection} #${id} ${format}`.padEnd(26)} ${m('wallMs').padStart(7)} ${m('cmsMs').padStart(11)} ${m('snapshotMs').padStart(10)} ${m('siteMs').padStart(12)}`,
      )
    }
  }
  warm.stop()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
