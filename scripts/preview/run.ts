/**
 * `pnpm --filter @jol/scripts preview --collection leaflets --id 12 --locale ky --format html|pdf --out DIR`:
 * renders the latest draft of one entry as the site would (see `renderPreview`) and writes into DIR
 * `result.json` (`{ kind: 'rendered', file, notes }` or `{ kind: 'invalid', problems }`) and, when
 * rendered, the page or PDF. The CMS runs it for a signed-in user (cms/src/preview) and answers with
 * what it wrote. Exit 0 when a result was written, 2 on bad arguments, 1 when the preview failed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { isLocaleCode, isPreviewCollection } from '@jol/content-schemas'

import { openLocalReader } from '../export/localReader'
import { draftReader } from './draftReader'
import { PREVIEW_STATS_PREFIX, renderPreview } from './renderPreview'

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      collection: { type: 'string' },
      id: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string', default: 'html' },
      out: { type: 'string' },
    },
    strict: true,
  })
  const { collection, id, locale, format, out } = values
  if (
    !isPreviewCollection(collection) ||
    !id ||
    !isLocaleCode(locale) ||
    (format !== 'html' && format !== 'pdf') ||
    !out
  ) {
    console.error(
      'preview: usage: --collection leaflets|press-releases|newsletters|posts --id ID --locale CODE --format html|pdf --out DIR',
    )
    return 2
  }
  // A preview only reads: no job queue, and Payload's start-up notices only on error.
  process.env.JOL_JOBS_AUTORUN ??= 'false'
  process.env.JOL_LOG_LEVEL ??= 'error'
  const started = performance.now()
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: (await import('@jol/cms/config')).default })
  const cmsMs = Math.round(performance.now() - started)
  try {
    const published = await openLocalReader({ payload })
    const result = await renderPreview({
      reader: draftReader(published, payload, { collection, id }),
      target: { collection, id },
      locale,
      format,
      log: (line) => console.log(line),
    })
    await fs.mkdir(out, { recursive: true })
    if (result.kind === 'rendered') {
      const { snapshotMs, siteMs } = result.timings
      // The figures the benchmark reads (scripts/bench/preview.ts).
      console.log(
        `${PREVIEW_STATS_PREFIX}${JSON.stringify({ totalMs: Math.round(performance.now() - started), cmsMs, snapshotMs, siteMs })}`,
      )
      const file = `preview.${format}`
      await fs.writeFile(path.join(out, file), result.body)
      await fs.writeFile(
        path.join(out, 'result.json'),
        JSON.stringify({ kind: result.kind, file, notes: result.notes }),
      )
    } else {
      await fs.writeFile(path.join(out, 'result.json'), JSON.stringify(result))
    }
    return 0
  } catch (error) {
    console.error(`preview failed: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  } finally {
    await payload.destroy()
  }
}

main().then((code) => process.exit(code))
