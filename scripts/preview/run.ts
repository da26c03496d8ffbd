/**
 * The preview program the CMS runs for its Preview button (cms/src/preview): renders the latest
 * draft of one entry as the site would (see `renderPreview`) and writes into a folder `result.json`
 * (`{ kind: 'rendered', file, notes }` or `{ kind: 'invalid', problems }`) and, when rendered, the
 * page or PDF.
 *
 *   pnpm --filter @jol/scripts preview --collection leaflets --id 12 --locale ky --format html|pdf --out DIR
 *     one preview, then exit: 0 when a result was written, 2 on bad arguments, 1 when it failed.
 *   … preview --serve
 *     what the CMS starts: the CMS configuration is opened once (the slowest part of a preview) and
 *     kept warm; requests come as IPC messages `{ requestId, collection, id, locale, format, out }`,
 *     one at a time, each answered `{ requestId, ok, message? }`. It exits when the CMS goes away or
 *     after ten idle minutes.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import {
  isLocaleCode,
  isPreviewCollection,
  type LocaleCode,
  type PreviewCollection,
} from '@jol/content-schemas'
import type { Payload } from 'payload'

import { openLocalReader } from '../export/localReader'
import { serveRequests } from '../ipc/serveRequests'
import { draftReader } from './draftReader'
import { PREVIEW_STATS_PREFIX, removeStalePreviews, renderPreview, type PreviewFormat } from './renderPreview'

interface PreviewRequest {
  collection: PreviewCollection
  id: string
  locale: LocaleCode
  format: PreviewFormat
  out: string
}

const usage =
  'preview: usage: --collection leaflets|press-releases|newsletters|posts --id ID --locale CODE --format html|pdf --out DIR (or --serve)'

const idleExitMs = 10 * 60 * 1000

function requestOf(value: Record<string, unknown>): PreviewRequest | undefined {
  const { collection, id, locale, format = 'html', out } = value
  if (
    !isPreviewCollection(collection) ||
    typeof id !== 'string' ||
    id === '' ||
    !isLocaleCode(locale) ||
    (format !== 'html' && format !== 'pdf') ||
    typeof out !== 'string' ||
    out === ''
  )
    return undefined
  return { collection, id, locale, format, out }
}

async function openCms(): Promise<Payload> {
  await removeStalePreviews()
  // A preview only reads: no job queue, and Payload's start-up notices only on error.
  process.env.JOL_JOBS_AUTORUN ??= 'false'
  process.env.JOL_LOG_LEVEL ??= 'error'
  const { getPayload } = await import('payload')
  return getPayload({ config: (await import('@jol/cms/config')).default })
}

/** Renders one preview into `request.out`; throws when it could not be made. */
async function previewInto(payload: Payload, request: PreviewRequest, cmsMs: number): Promise<void> {
  const started = performance.now()
  const { collection, id, locale, format, out } = request
  const result = await renderPreview({
    reader: draftReader(await openLocalReader({ payload }), payload, { collection, id }),
    target: { collection, id },
    locale,
    format,
    log: (line) => console.log(line),
  })
  await fs.mkdir(out, { recursive: true })
  if (result.kind === 'invalid') {
    await fs.writeFile(path.join(out, 'result.json'), JSON.stringify(result))
    return
  }
  const { snapshotMs, siteMs } = result.timings
  // The figures the benchmark reads (scripts/bench/preview.ts); `cmsMs` is 0 when the CMS was warm.
  const totalMs = Math.round(performance.now() - started) + cmsMs
  console.log(`${PREVIEW_STATS_PREFIX}${JSON.stringify({ totalMs, cmsMs, snapshotMs, siteMs })}`)
  const file = `preview.${format}`
  await fs.writeFile(path.join(out, file), result.body)
  await fs.writeFile(
    path.join(out, 'result.json'),
    JSON.stringify({ kind: result.kind, file, notes: result.notes }),
  )
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function once(request: PreviewRequest): Promise<number> {
  const started = performance.now()
  const payload = await openCms()
  try {
    await previewInto(payload, request, Math.round(performance.now() - started))
    return 0
  } catch (error) {
    console.error(`preview failed: ${messageOf(error)}`)
    return 1
  } finally {
    await payload.destroy()
  }
}

/** What the CMS starts: see `serveRequests` (scripts/ipc). */
const serve = () =>
  serveRequests({
    name: 'preview',
    open: openCms,
    handle: async (payload, message) => {
      const request = requestOf(message)
      if (!request) throw new Error(usage)
      await previewInto(payload, request, 0)
      return { ok: true }
    },
    close: (payload) => payload.destroy(),
    idleExitMs,
  })

async function main(): Promise<number | undefined> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      collection: { type: 'string' },
      id: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string', default: 'html' },
      out: { type: 'string' },
      serve: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.serve) {
    await serve()
    return undefined
  }
  const request = requestOf(values)
  if (!request) {
    console.error(usage)
    return 2
  }
  return once(request)
}

main().then(
  (code) => {
    if (code !== undefined) process.exit(code)
  },
  (error: unknown) => {
    console.error(`preview failed: ${messageOf(error)}`)
    process.exit(1)
  },
)
