import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { versionsDirOf } from '@jol/content-schemas/versions'

import { exportSnapshot, leftOutLine, summaryLine } from '../export/buildSnapshot'
import type { ContentReader } from '../export/contentReader'
import {
  isProduction,
  liveSiteLink,
  nodeCompileCacheDir,
  printCacheMaxBytes,
  siteDir,
  siteUrl,
  snapshotDir as deployedSnapshotDir,
} from '@jol/content-schemas/deployment'

import { CARRIED_PAGES_LINE } from '../../site/src/lib/render-plan'
import { assembleRelease, CarryOver, pagesManifestOf, readPagesManifest, type Assembled } from './incremental'
import { startSpare, takeSpare } from './spareBuild'
import { withLocks } from './lock'
import { prunePrintCacheAfterPublish, type PrintCachePrune } from './printCache'
import { indexRelease, searchLine, type SearchReport } from './searchIndex'
import {
  checkSiteLink,
  discardRelease,
  liveRelease,
  newRelease,
  publishRelease,
  pruneReleases,
  releasesDirOf,
} from './releases'

/**
 * The road from the CMS to a live site: export → validated snapshot → Astro → swap in.
 * Nothing is published unless every step succeeded; the site that was live stays live otherwise.
 */

export interface BuildOptions {
  /** Where content comes from: a reader to export with, or an existing snapshot folder to build as is. */
  content: { reader: ContentReader; snapshotDir?: string } | { snapshotDir: string }
  /** The live site's link (default: the deployment's, JOL_SITE_DIST or `site/dist`). */
  siteLink?: string
  /** Extra environment for the Astro build (JOL_SITE_URL, JOL_SITE_TIME_ZONE…). */
  env?: Record<string, string>
  /**
   * Render every page (`./jol build --full`). Otherwise pages unchanged since the live release are
   * carried over from it; anything site-wide (templates, translations, settings, dependencies, Jol's
   * version) changes every page's key, which makes a full build anyway. A full build still reuses the
   * live release's search index for each locale whose pages Pagefind would read the same.
   */
  full?: boolean
  /**
   * As if there were no live release: render everything and take nothing from the live release, the
   * search index included (`./jol build --from-nothing`; implies `full`).
   */
  fromNothing?: boolean
  /**
   * Start a spare site build for the next build once this one is published (`spareBuild.ts`): for a
   * program that builds again and again, such as the one the CMS keeps open.
   */
  keepSpare?: boolean
  log?: (line: string) => void
}

export interface BuildReport {
  release: string
  /** What the export left out of the site, as `collection/slug/locale/field: why`. */
  leftOut: string[]
  exportMs: number
  siteMs: number
  /**
   * Pages rendered and carried over (hard-linked) from the live release, how many of those were
   * linked while Astro rendered the others, and how many rendered files were read back for the
   * pictures they link (the site build notes them for its HTML pages as it renders them).
   */
  pages: { rendered: number; carried: number; linkedDuringBuild: number; readForAssets: number }
  /**
   * Of `siteMs`: the Astro build, completing the release, the search index, the swap of the live
   * link. The index is made while the release is completed (once every page is in place):
   * `searchMs` is only the wait for it after that (`search.ms` is its whole time).
   */
  astroMs: number
  assembleMs: number
  searchMs: number
  swapMs: number
  /** Which locales' search indexes were made again and which reused from the live release. */
  search: SearchReport
  /** What the prune of the print cache after the publish removed and kept, or why it could not run. */
  printCache: PrintCachePrune
  /** The prunes' time (print cache, old releases): after the publish, so not part of `totalMs`. */
  pruneMs: number
  /** Peak resident memory of the Astro build process. */
  siteBuildPeakRssMb?: number
  /** The Astro build ran in a spare process started ahead: its resident memory while it waited. */
  spareRssMb?: number
  totalMs: number
}

export class BuildError extends Error {
  constructor(
    readonly step: 'settings' | 'export' | 'site',
    message: string,
    /** What the failing step printed, for the admin's build status and the terminal. */
    readonly output = '',
  ) {
    super(message)
    this.name = 'BuildError'
  }
}

const STATS_PREFIX = 'JOL_BUILD_STATS '

export interface AstroBuildResult {
  code: number | null
  output: string
  peakRssMb?: number
  /** The build ran in a spare process started ahead (`spareBuild.ts`): its memory while it waited. */
  spareRssMb?: number
}

/** The environment of a site build made with `env` (and of a spare started for the next one). */
export const astroEnv = (env: Record<string, string>): Record<string, string> => {
  const all: Record<string, string | undefined> = {
    // Node's compile cache (see `nodeCompileCacheDir`): loading Astro is about a second of every build.
    NODE_COMPILE_CACHE: nodeCompileCacheDir,
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Astro sets NODE_ENV=production itself, so the mode is said explicitly (see `isProduction`):
    // this process's mode unless the caller names one.
    JOL_ENV: isProduction() ? 'production' : 'development',
    ...env,
  }
  return Object.fromEntries(
    Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
}

/**
 * Runs `site/build.mjs` in a child process: the build's memory is its own (and measured), and a
 * crash cannot take the caller down. `root` builds another Astro project (the benchmark's baseline).
 * `onCarried` hears the carried-over pages the build announces (`JOL_ANNOUNCE_CARRIED`); `spare`
 * builds in the spare process started ahead, if there is one that fits (see `takeSpare`).
 */
export async function runAstroBuild(
  env: Record<string, string>,
  log: (line: string) => void,
  root?: string,
  { onCarried, spare }: { onCarried?: (files: string[]) => void; spare?: boolean } = {},
): Promise<AstroBuildResult> {
  const fullEnv = astroEnv(env)
  const fromSpare = spare && !root ? await takeSpare(fullEnv) : undefined
  const child =
    fromSpare?.child ??
    spawn(process.execPath, [path.join(siteDir, 'build.mjs'), ...(root ? [root] : [])], {
      cwd: root ?? siteDir,
      env: fullEnv as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  if (fromSpare) {
    log(`site build: in the process started ahead (${fromSpare.rssMb} MB while it waited)`)
    // Like a process of its own, it keeps this program running until it is done.
    child.ref()
  }
  return new Promise((resolve, reject) => {
    let output = ''
    let peakRssMb: number | undefined
    /** The streams on which the build's last line (`JOL_BUILD_STATS`, see `build.mjs`) was read. */
    const finished = new Set<NodeJS.ReadableStream>()
    const result = (code: number | null): AstroBuildResult => ({
      code,
      output,
      ...(peakRssMb === undefined ? {} : { peakRssMb }),
      ...(fromSpare ? { spareRssMb: fromSpare.rssMb } : {}),
    })
    const read = (stream: NodeJS.ReadableStream, line: string) => {
      if (line.startsWith(STATS_PREFIX)) {
        peakRssMb = (JSON.parse(line.slice(STATS_PREFIX.length)) as { peakRssMb: number }).peakRssMb
        finished.add(stream)
        // Done, and all it said read: the process may take a while yet to exit, which nothing waits for.
        if (finished.size === 2) resolve(result(0))
      } else if (line.startsWith(CARRIED_PAGES_LINE)) {
        // Unreadable, the pages are linked when the build is done, as without the announcement.
        let files: string[] | undefined
        try {
          files = JSON.parse(line.slice(CARRIED_PAGES_LINE.length)) as string[]
        } catch (error) {
          log(`the site build's list of carried-over pages is unreadable: ${String(error)}`)
        }
        if (files) onCarried?.(files)
      } else {
        output += `${line}\n`
        if (line.trim() !== '') log(line)
      }
    }
    // Whole lines: a pipe's chunks may end anywhere (the carried pages' line is hundreds of KB).
    const lines = (stream: NodeJS.ReadableStream) => {
      let partial = ''
      stream.on('data', (chunk: Buffer) => {
        const parts = (partial + chunk.toString()).split('\n')
        partial = parts.pop()!
        for (const part of parts) read(stream, part)
      })
      stream.on('end', () => {
        if (partial !== '') read(stream, partial)
        partial = ''
      })
      // A spare's output was held while it waited.
      stream.resume()
    }
    lines(child.stdout!)
    lines(child.stderr!)
    child.on('error', reject)
    // A build that failed, or ended without its last line: its exit code says how (a promise settles once).
    child.on('close', (code) => resolve(result(code)))
  })
}

export async function buildPublicSite(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? (() => {})
  const siteLink = path.resolve(options.siteLink ?? liveSiteLink())
  const env = { ...process.env, ...options.env }
  // Refused before anything is read: a production site must know its public origin (see `siteUrl`),
  // and a print cache limit that is not a number must not be read as some other limit.
  try {
    siteUrl(env)
    printCacheMaxBytes(env)
  } catch (error) {
    throw new BuildError('settings', error instanceof Error ? error.message : String(error))
  }
  const snapshotDir = path.resolve(
    'reader' in options.content
      ? (options.content.snapshotDir ?? deployedSnapshotDir())
      : options.content.snapshotDir,
  )
  // Before any work: a build that could not be published should not run at all.
  await checkSiteLink(siteLink)
  return withLocks(buildLocks(siteLink, snapshotDir), { log }, () =>
    buildLocked(options, env, siteLink, snapshotDir, log),
  )
}

/** One lock per thing two builds would fight over: the site's link and the snapshot folder. */
export const buildLocks = (siteLink: string, snapshotDir: string): string[] => [
  `${releasesDirOf(siteLink)}.lock`,
  path.join(versionsDirOf(snapshotDir), 'build.lock'),
]

/** What every site build made with `options` gives Astro, before its own paths. */
const everyBuildsEnv = (options: Pick<BuildOptions, 'env'>, env: NodeJS.ProcessEnv) => ({
  ...options.env,
  // Astro sets NODE_ENV itself: the mode is passed on explicitly (see `isProduction`).
  JOL_ENV: isProduction(env) ? 'production' : 'development',
  // The pipeline indexes the release, once carried-over pages are in it.
  JOL_SEARCH_DEFERRED: '1',
})

/**
 * Starts a spare site build (see `keepSpare`) before a program's first build, for the builds
 * `options` will make: a program started with the CMS has Node and Astro loaded for the first
 * publish too, not only from the second on. Its pid.
 */
export async function startFirstSpare(options: Pick<BuildOptions, 'env'> = {}): Promise<number | undefined> {
  const env = { ...process.env, ...options.env }
  // The snapshot in place now, for the spare to read ahead: the first publish changes little of it.
  const current = await fs.realpath(deployedSnapshotDir(env)).catch(() => undefined)
  return startSpare(
    astroEnv({ ...everyBuildsEnv(options, env), ...(current ? { JOL_SNAPSHOT_DIR: current } : {}) }),
  )
}

async function buildLocked(
  options: BuildOptions,
  env: NodeJS.ProcessEnv,
  siteLink: string,
  snapshotDir: string,
  log: (line: string) => void,
): Promise<BuildReport> {
  const started = performance.now()
  const leftOut: string[] = []
  if ('reader' in options.content) {
    try {
      const { input, leftOut: parts } = await exportSnapshot(options.content.reader, snapshotDir)
      leftOut.push(...parts)
      for (const line of parts) log(leftOutLine(line))
      log(summaryLine(snapshotDir, input))
    } catch (error) {
      throw new BuildError('export', error instanceof Error ? error.message : String(error))
    }
  }
  const exported = performance.now()

  // Astro reads the version the link names now, so a later swap cannot change files under it.
  const snapshotVersion = await fs.realpath(snapshotDir).catch(() => snapshotDir)
  const release = await newRelease(siteLink)
  const live = options.fromNothing ? undefined : await liveRelease(siteLink)
  const full = options.full === true || options.fromNothing === true
  // Only a live release with a page record can lend its pages, and not to a full build: otherwise
  // everything is rendered.
  const liveRecord = live && !full ? await readPagesManifest(pagesManifestOf(live)) : undefined
  const lender = live && liveRecord ? live : undefined
  // Carried-over pages are linked while Astro renders the others.
  const carryOver = lender ? new CarryOver(release, lender) : undefined
  // The release goes, and no link may land in it after it is removed.
  const abandon = async () => {
    await carryOver?.settled()
    await discardRelease(release)
  }
  const astroBuildEnv = {
    ...everyBuildsEnv(options, env),
    JOL_SNAPSHOT_DIR: snapshotVersion,
    JOL_SITE_OUT_DIR: release,
    JOL_PREVIOUS_PAGES: lender ? pagesManifestOf(lender) : '',
    JOL_PAGES_OUT: pagesManifestOf(release),
    JOL_ANNOUNCE_CARRIED: carryOver ? '1' : '',
  }
  const result = await runAstroBuild(astroBuildEnv, log, undefined, {
    ...(carryOver ? { onCarried: (files: string[]) => carryOver.link(files) } : {}),
    ...(options.keepSpare ? { spare: true } : {}),
  }).catch(async (error: unknown) => {
    await abandon()
    throw error
  })
  const built = performance.now()
  if (result.code !== 0) {
    await abandon()
    const reason = result.output
      .split('\n')
      .filter((line) => /error|problem|\//i.test(line))
      .slice(-20)
      .join('\n')
    throw new BuildError(
      'site',
      `The site build failed (exit code ${result.code}); the live site was not changed.\n${reason}`,
      result.output,
    )
  }
  // The search index reads only pages: it is made while the release is completed (its pictures
  // linked, its record rewritten), on the other core, once every page is in place: at once when
  // nothing is carried over, else most often at once too. It reuses what it can of the live
  // release's index, a full build's included (not the pages: the index, locale by locale).
  let indexing: Promise<SearchReport> | undefined
  const startIndexing = (pages: Assembled['records']) => {
    indexing = indexRelease(release, live, { pages })
    // Its failure is reported where it is awaited below, not as an unhandled rejection meanwhile.
    indexing.catch(() => {})
  }
  let assembled
  try {
    assembled = await assembleRelease(release, lender, carryOver, liveRecord, startIndexing)
  } catch (error) {
    // Nothing may still write into the release once it is discarded.
    await indexing?.catch(() => {})
    await abandon()
    if (!lender) throw error
    // Any doubt about what the live release holds: build as if there were none.
    log(
      `incremental build not possible (${error instanceof Error ? error.message : String(error)}); building in full`,
    )
    return buildLocked(
      { ...options, content: { snapshotDir }, full: true, fromNothing: true },
      env,
      siteLink,
      snapshotDir,
      log,
    )
  }
  const assembledAt = performance.now()
  let search
  try {
    search = await (indexing ?? indexRelease(release, live, { pages: assembled.records }))
  } catch (error) {
    await discardRelease(release)
    throw new BuildError(
      'site',
      `The search index could not be written; the live site was not changed.\n${error instanceof Error ? error.message : String(error)}`,
    )
  }
  log(
    `site: ${assembled.rendered} pages rendered, ${assembled.carried} carried over from the live release (${assembled.linkedDuringBuild} of them linked while pages rendered, ${assembled.linkedAssets} pictures linked); ${searchLine(search)}`,
  )
  const indexed = performance.now()
  await publishRelease(siteLink, release)
  const done = performance.now()
  // Started once the site is live, so it takes nothing from this build, and before the prune below:
  // it loads Astro and reads the snapshot ahead while old releases are deleted (seconds at 1,000
  // entries), ready sooner for a save made during this build.
  const spareStarted = options.keepSpare ? startSpare(astroEnv(astroBuildEnv)) : undefined
  // Inside the build's locks, after the publish: the documents this build used were just marked used;
  // old releases go too (seconds for thousands of pages), once readers have the new one.
  const [printCache] = await Promise.all([
    prunePrintCacheAfterPublish(env, log),
    pruneReleases(siteLink),
    spareStarted,
  ])
  const pruned = performance.now()
  return {
    release,
    leftOut,
    exportMs: Math.round(exported - started),
    siteMs: Math.round(done - exported),
    pages: {
      rendered: assembled.rendered,
      carried: assembled.carried,
      linkedDuringBuild: assembled.linkedDuringBuild,
      readForAssets: assembled.readForAssets,
    },
    astroMs: Math.round(built - exported),
    assembleMs: Math.round(assembledAt - built),
    searchMs: Math.round(indexed - assembledAt),
    swapMs: Math.round(done - indexed),
    search,
    printCache,
    pruneMs: Math.round(pruned - done),
    ...(result.peakRssMb === undefined ? {} : { siteBuildPeakRssMb: result.peakRssMb }),
    ...(result.spareRssMb === undefined ? {} : { spareRssMb: result.spareRssMb }),
    totalMs: Math.round(done - started),
  }
}
