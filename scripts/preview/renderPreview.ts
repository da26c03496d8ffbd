import fs from 'node:fs/promises'
import path from 'node:path'

import { kindOf, localeCodes, type LocaleCode } from '@jol/content-schemas'
import { previewWorkRoot, siteUrl } from '@jol/content-schemas/deployment'
import { writeSnapshot } from '@jol/content-schemas/io'

import { runAstroBuild } from '../build/pipeline'
import { collectSnapshot } from '../export/buildSnapshot'
import type { ContentReader } from '../export/contentReader'
import type { PreviewTarget } from './draftReader'
import { inlineAssets, linksToPublicSite } from './inlineAssets'

export type PreviewFormat = 'html' | 'pdf'

/** The line `run.ts` prints with a preview's figures. */
export const PREVIEW_STATS_PREFIX = 'JOL_PREVIEW_STATS '

/** Where a preview's time went, for the benchmark (`./jol bench:preview`). */
export interface PreviewTimings {
  /** Reading the draft and what it refers to, converting and validating, writing the one-entry snapshot. */
  snapshotMs: number
  /** The Astro build of its page (and PDF). */
  siteMs: number
}

export type PreviewResult =
  /** The page (one HTML file, its stylesheet and pictures inlined) or the leaflet's PDF. */
  | { kind: 'rendered'; body: Buffer; notes: string[]; timings: PreviewTimings }
  /** The draft cannot be shown: what is wrong, as `collection/slug/locale/field: why`. */
  | { kind: 'invalid'; problems: string[] }

export interface PreviewOptions {
  /** Reads the draft (see `draftReader`). */
  reader: ContentReader
  target: PreviewTarget
  locale: LocaleCode
  format: PreviewFormat
  /** Where previews are rendered (a folder of their own is made inside and removed afterwards). */
  workRoot?: string
  now?: Date
  log?: (line: string) => void
}

/** The `[jol:print] not built <path>: <reason>` lines of a build: a document the engine could not make. */
const notBuilt = (output: string) =>
  output
    .split('\n')
    .map((line) => /\[jol:print\] not built \S+: (.+)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => line !== undefined)

/** A work folder older than this belongs to a preview that was stopped half-way (the CMS went down). */
const staleAfterMs = 60 * 60 * 1000

/** Removes what stopped previews left behind; a preview still running is younger than an hour. */
export async function removeStalePreviews(workRoot = previewWorkRoot, now = Date.now()): Promise<void> {
  const names = await fs.readdir(workRoot).catch(() => [] as string[])
  for (const name of names.filter((n) => n.startsWith('preview-'))) {
    const folder = path.join(workRoot, name)
    const stat = await fs.stat(folder).catch(() => undefined)
    if (stat && now - stat.mtimeMs > staleAfterMs) await fs.rm(folder, { recursive: true, force: true })
  }
}

/**
 * Renders one entry's draft as the site would: the export's own conversion and checks into a
 * one-entry snapshot, then the real Astro build restricted to that entry's page (and the PDF it
 * links to), all in a temporary folder that is removed afterwards. The live snapshot, the live
 * site, the releases and the print cache are never read or written.
 */
export async function renderPreview(options: PreviewOptions): Promise<PreviewResult> {
  const { target, locale, format } = options
  const log = options.log ?? (() => {})
  const kind = kindOf(target.collection)
  const ofEntry = (line: string) => line.startsWith(`${target.collection}/`)

  const started = performance.now()
  const { input, problems, leftOut } = await collectSnapshot(options.reader, localeCodes, options.now)
  if (problems.length > 0) return { kind: 'invalid', problems }
  const entry = input[target.collection][0]
  if (entry === undefined) {
    const lines = leftOut.filter(ofEntry)
    return {
      kind: 'invalid',
      problems:
        lines.length > 0
          ? lines
          : [`${target.collection}/#${target.id}/*/${kind.writtenBy}: is empty in every language`],
    }
  }
  const slug = entry.slug
  // A problem of the edited language left it out: the page would show another language instead.
  const ofLocale = leftOut.filter(
    (line) =>
      line.startsWith(`${target.collection}/${slug}/${locale}/`) &&
      line.endsWith('(this language is left out)'),
  )
  if (ofLocale.length > 0) return { kind: 'invalid', problems: ofLocale }

  await fs.mkdir(options.workRoot ?? previewWorkRoot, { recursive: true })
  const work = await fs.mkdtemp(path.join(options.workRoot ?? previewWorkRoot, 'preview-'))
  try {
    const snapshotDir = path.join(work, 'snapshot')
    const outDir = path.join(work, 'dist')
    await writeSnapshot(snapshotDir, input, options.now)
    const built = performance.now()
    const pagePath = `/${locale}/${kind.section}/${slug}/`
    const build = await runAstroBuild(
      {
        JOL_SNAPSHOT_DIR: snapshotDir,
        JOL_SITE_OUT_DIR: outDir,
        // A print cache of its own: a draft's PDF never lands in the site's cache.
        JOL_PRINT_CACHE_DIR: path.join(work, 'print-cache'),
        JOL_PREVIEW_PAGE: pagePath,
      },
      log,
    )
    if (build.code !== 0)
      throw new Error(`the preview build failed:\n${build.output.trim().split('\n').slice(-20).join('\n')}`)
    const notes = leftOut.filter(ofEntry)
    const timings = {
      snapshotMs: Math.round(built - started),
      siteMs: Math.round(performance.now() - built),
    }
    const pageFile = path.join(outDir, locale, kind.section, slug, 'index.html')
    const page = await fs.readFile(pageFile, 'utf8').catch(() => undefined)
    if (page === undefined)
      return {
        kind: 'invalid',
        problems: [
          `${target.collection}/${slug}/${locale}/${kind.writtenBy}: has no text in ${locale} nor in a language its readers fall back to`,
        ],
      }
    if (format === 'html') {
      const standalone = linksToPublicSite(await inlineAssets(page, outDir), siteUrl())
      return { kind: 'rendered', body: Buffer.from(standalone), notes, timings }
    }

    // The PDF the page links to (the language it shows: the edited one, or its fallback).
    const pdfLink = /href="(\/[a-z]{2}\/leaflets\/[^"/]+\.pdf)"/.exec(page)?.[1]
    const pdf = pdfLink ? await fs.readFile(path.join(outDir, pdfLink)).catch(() => undefined) : undefined
    if (pdf === undefined) {
      const why = notBuilt(build.output)
      return {
        kind: 'invalid',
        problems: why.length > 0 ? why : [`${target.collection}/${slug}/${locale}/*: has no PDF`],
      }
    }
    return { kind: 'rendered', body: pdf, notes, timings }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}
