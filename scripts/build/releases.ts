import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { defaultSiteLink, releasesRoot } from '@jol/content-schemas/deployment'

/**
 * A site is published as a folder per build ("release") and a symbolic link naming the live one:
 * `site/dist -> .releases/dist/<id>`. A new build is written into its own folder and goes live with
 * one rename of the link, so a reader never sees half a site and a failed build changes nothing.
 * Releases always live inside `site/` (Astro runs the built pages from there); a link elsewhere
 * gets a folder of releases of its own.
 */

export function releasesDirOf(link: string): string {
  const resolved = path.resolve(link)
  if (resolved === defaultSiteLink) return path.join(releasesRoot, 'dist')
  return path.join(
    releasesRoot,
    `${path.basename(resolved)}-${createHash('sha256').update(resolved).digest('hex').slice(0, 8)}`,
  )
}

/** `20261203T180354805Z-…`: when a release was made, to the millisecond. */
const RELEASE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/

const timeOfRelease = (name: string): number | undefined => {
  const parts = RELEASE_TIME.exec(name)?.slice(1).map(Number)
  return parts
    ? Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!, parts[3]!, parts[4]!, parts[5]!, parts[6]!)
    : undefined
}

/**
 * A new, empty folder for the next build, named so that releases sort by when they were made (the
 * prune keeps the newest by name). One made in the same millisecond as the newest, or after the
 * clock went back, is named a millisecond after it: it would otherwise sort by its random part.
 */
export async function newRelease(link: string): Promise<string> {
  const releases = releasesDirOf(link)
  const times = (await fs.readdir(releases).catch(() => [])).map(timeOfRelease)
  const newest = Math.max(0, ...times.filter((time) => time !== undefined))
  const made = new Date(Math.max(Date.now(), newest + 1))
  const dir = path.join(
    releases,
    `${made.toISOString().replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`,
  )
  await fs.mkdir(dir, { recursive: true })
  return dir
}

/** The folder `link` points at now, if it is a release link. */
export async function liveRelease(link: string): Promise<string | undefined> {
  try {
    return path.resolve(path.dirname(link), await fs.readlink(link))
  } catch {
    return undefined
  }
}

/**
 * What is at `link` before the swap: nothing or a link (replaced), or the plain `site/dist` folder of
 * a bare `astro build` (kept as a release). Any other folder or file is not Jol's to replace, and
 * releases are pruned, so taking it in would one day delete it: a misconfigured JOL_SITE_DIST (say,
 * someone's home folder) is refused before anything is built.
 */
export async function checkSiteLink(link: string): Promise<'empty' | 'link' | 'astro-build'> {
  const stat = await fs.lstat(link).catch(() => undefined)
  if (!stat) return 'empty'
  if (stat.isSymbolicLink()) return 'link'
  if (stat.isDirectory() && path.resolve(link) === defaultSiteLink) return 'astro-build'
  throw new Error(
    `${path.resolve(link)} is ${stat.isDirectory() ? 'a folder' : 'a file'}, not a site link made by Jol: ` +
      'refusing to replace it. Point JOL_SITE_DIST (or --out) at a path that does not exist yet ' +
      '(Jol makes a link there), or move the folder away yourself.',
  )
}

/** Makes `release` the live site (see `checkSiteLink` for what may be at `link`), in one rename. */
export async function publishRelease(link: string, release: string): Promise<void> {
  const releases = releasesDirOf(link)
  if ((await checkSiteLink(link)) === 'astro-build') {
    await fs.rename(link, path.join(releases, `00000000-adopted-${randomBytes(3).toString('hex')}`))
  }
  await fs.mkdir(path.dirname(link), { recursive: true })
  const next = `${link}.next-${randomBytes(3).toString('hex')}`
  await fs.symlink(path.relative(path.dirname(link), release), next)
  // rename(2) replaces the old link in one step.
  await fs.rename(next, link)
}

/**
 * Removes older releases, keeping `keep` of them (the live one and the one before, which the next
 * build lends from if this one is lost). Run after the publish: a release of thousands of pages
 * takes seconds to delete, which no reader should wait for.
 */
export async function pruneReleases(link: string, keep = 2): Promise<void> {
  const releases = releasesDirOf(link)
  const live = await liveRelease(link)
  // Each release may have its page and search records beside it (`<release>.*.json`, incremental builds).
  const names = (await fs.readdir(releases)).filter((name) => !name.endsWith('.json')).sort()
  const old = names.slice(0, Math.max(0, names.length - keep)).map((name) => path.join(releases, name))
  await Promise.all(old.filter((dir) => dir !== live).map(discardRelease))
}

/** Removes a release that did not make it (a failed build), or an old one, with its page record. */
export async function discardRelease(release: string): Promise<void> {
  await fs.rm(release, { recursive: true, force: true })
  await fs.rm(`${release}.pages.json`, { force: true })
  await fs.rm(`${release}.search.json`, { force: true })
}
