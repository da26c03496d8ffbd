import fs from 'node:fs/promises'
import path from 'node:path'

import pMap from 'p-map'

import { assetsIn } from '../../site/src/lib/page-notes'
import type { PagesManifest } from '../../site/src/lib/render-plan'

/**
 * Incremental releases. The site build renders only pages whose key changed since the live release
 * (`site/src/lib/render-plan.ts`) and records every page with its key. This module completes the new
 * release: each carried-over page, and each `_astro/` file (pictures) a carried-over page uses that
 * the build did not write, becomes a hard link to the live release's file (no bytes copied), so the
 * new release is whole and still goes live by one rename. Carried-over pages are linked while the
 * site build still renders the others (`CarryOver`), from the moment it has planned every path.
 */

/** Where a release's page record is kept: beside the release folder, not in it (it is not served). */
export const pagesManifestOf = (release: string): string => `${release}.pages.json`

export async function readPagesManifest(file: string): Promise<PagesManifest | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as PagesManifest
  } catch {
    return undefined
  }
}

const TEXT_FILE = /\.(html|htm|xml|txt)$/

/** The `_astro/` files a page's file links, read from the release (see `page-notes.ts`). */
async function assetsOf(release: string, file: string): Promise<string[]> {
  if (!TEXT_FILE.test(file)) return []
  return assetsIn(await fs.readFile(path.join(release, file), 'utf8'))
}

/**
 * The folders made in a release: each once, however many files are linked into it. Making a folder
 * that exists costs two system calls, some 6,000 of them per publish at 1,000 entries.
 */
class Folders {
  private readonly made = new Map<string, Promise<unknown>>()

  make(dir: string): Promise<unknown> {
    let making = this.made.get(dir)
    if (!making) {
      making = fs.mkdir(dir, { recursive: true })
      this.made.set(dir, making)
    }
    return making
  }
}

async function link(from: string, to: string, folders: Folders): Promise<void> {
  await folders.make(path.dirname(to))
  await fs.link(from, to)
}

/**
 * Carried-over pages linked from `live` into `release` while the site build runs, as the build
 * announces them (`CARRIED_PAGES_LINE`): hard links are file-system calls on libuv's threads, so
 * they take little from the rendering. A failure stops further links and is reported by `linked()`.
 */
export class CarryOver {
  /** Shared with the release's completion (`assembleRelease`), which links the rest. */
  readonly folders = new Folders()
  private readonly done = new Set<string>()
  private links: Promise<unknown> = Promise.resolve()
  private failure: { error: unknown } | undefined

  constructor(
    private readonly release: string,
    private readonly live: string,
  ) {}

  link(files: readonly string[]): void {
    const batch = pMap(
      files,
      async (file) => {
        if (this.failure) return
        try {
          await link(path.join(this.live, file), path.join(this.release, file), this.folders)
          this.done.add(file)
        } catch (error) {
          this.failure ??= { error }
        }
      },
      { concurrency: 32 },
    )
    this.links = Promise.all([this.links, batch])
  }

  /** The files linked, once every link started has ended; the first failure otherwise. */
  async linked(): Promise<ReadonlySet<string>> {
    await this.links
    if (this.failure) throw this.failure.error
    return this.done
  }

  /** Waits for every link started, whatever became of them (before the release is discarded). */
  async settled(): Promise<void> {
    await this.links
  }
}

export interface Assembled {
  rendered: number
  carried: number
  /** Of `carried`: linked while the site build rendered the other pages. */
  linkedDuringBuild: number
  linkedAssets: number
  /** Of `rendered`: text files read back for the `_astro/` files they link (the build noted none). */
  readForAssets: number
  /** The release's record as written here, and the live release's: the search step reads both (4 MB each at 1,000 entries). */
  records: { release: PagesManifest; live?: PagesManifest | undefined }
}

/**
 * Completes `release` from `live` by the build's record (written by the site at `pagesManifestOf
 * (release)`), and rewrites the record with each page's assets for the next build. Pages `carryOver`
 * linked during the build are not linked again; it must have linked only carried-over pages.
 */
export async function assembleRelease(
  release: string,
  live: string | undefined,
  carryOver?: CarryOver,
  /** The live release's record, when the caller has it in hand (else it is read). */
  liveRecord?: PagesManifest,
  /**
   * Called once every HTML page of the release is in place, before its other files (the sitemap,
   * pictures) are linked and its record rewritten: at once when the build linked every carried-over
   * HTML page, else when the rest are linked. The search step, which reads only HTML pages, starts
   * then, on the other core. The records are this function's own: their pages' `assets` are being
   * filled in meanwhile.
   */
  onPagesInPlace?: (records: Assembled['records']) => void,
): Promise<Assembled> {
  const linkedEarly = (await carryOver?.linked()) ?? new Set<string>()
  const folders = carryOver?.folders ?? new Folders()
  const recordFile = pagesManifestOf(release)
  const record = await readPagesManifest(recordFile)
  if (!record) throw new Error(`The site build wrote no page record at ${recordFile}`)
  for (const file of linkedEarly)
    if (record.pages[file]?.rendered !== false)
      throw new Error(
        `${file} was linked from the live release, but the build's record does not carry it over`,
      )
  const previous = live ? (liveRecord ?? (await readPagesManifest(pagesManifestOf(live)))) : undefined
  const records = { release: record, live: previous }
  const pagesLinkedEarly = Object.entries(record.pages).every(
    ([file, page]) => page.rendered || linkedEarly.has(file) || !file.endsWith('.html'),
  )
  if (pagesLinkedEarly) onPagesInPlace?.(records)
  const needed = new Set<string>()
  let rendered = 0
  let carried = 0
  let readForAssets = 0
  // Thousands of small file-system calls: many at once keep libuv's threads busy (the order does not matter).
  await pMap(
    Object.entries(record.pages),
    async ([file, page]) => {
      if (page.rendered) {
        // Noted by the site build as it rendered the page (HTML, e-mails); other files are read.
        if (!page.assets) {
          page.assets = await assetsOf(release, file)
          if (TEXT_FILE.test(file)) readForAssets++
        }
        rendered++
      } else {
        const before = previous?.pages[file]
        if (!live || !before)
          throw new Error(`${page.path} was carried over, but the live release has no record of it`)
        if (!linkedEarly.has(file)) await link(path.join(live, file), path.join(release, file), folders)
        // The same file, so the same note (its digest and whether search reads it, when it has them).
        page.assets = before.assets ?? []
        if (before.digest !== undefined)
          Object.assign(page, { digest: before.digest, searched: before.searched })
        carried++
      }
    },
    { concurrency: 32 },
  )
  if (!pagesLinkedEarly) onPagesInPlace?.(records)
  for (const page of Object.values(record.pages)) for (const asset of page.assets ?? []) needed.add(asset)
  let linkedAssets = 0
  await pMap(
    needed,
    async (asset) => {
      const target = path.join(release, asset)
      if (await fs.stat(target).catch(() => undefined)) return
      if (!live) throw new Error(`${asset} is linked by a page but was not built`)
      await link(path.join(live, asset), target, folders)
      linkedAssets++
    },
    { concurrency: 32 },
  )
  await fs.writeFile(recordFile, JSON.stringify(record))
  return {
    rendered,
    carried,
    linkedDuringBuild: linkedEarly.size,
    linkedAssets,
    readForAssets,
    records,
  }
}
