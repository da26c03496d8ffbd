import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { run } from '../support/processes'

export const siteDir = fileURLToPath(new URL('../../site/', import.meta.url))
export const SITE_URL = 'https://jol.test'

export interface BuiltSite {
  root: string
  snapshotDir: string
  outDir: string
  code: number | null
  output: string
}

/** Test builds live inside the site: see `site/build.mjs` for why a build's output folder must. */
export const testBuildsDir = path.join(siteDir, 'node_modules', '.cache', 'jol-test-builds')

/**
 * Builds the site once, from a snapshot written by `prepare` into a temporary folder, into a
 * temporary output folder: the real `astro build` in a child process, as CI and deploys run it.
 */
export async function buildSite(
  prepare: (snapshotDir: string) => Promise<unknown>,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  await fs.mkdir(testBuildsDir, { recursive: true })
  const root = await fs.mkdtemp(path.join(testBuildsDir, 'site-'))
  const snapshotDir = path.join(root, 'snapshot')
  const outDir = path.join(root, 'dist')
  await prepare(snapshotDir)
  const { code, output } = await run(process.execPath, [path.join(siteDir, 'build.mjs')], {
    cwd: siteDir,
    env: {
      ASTRO_TELEMETRY_DISABLED: '1',
      JOL_SNAPSHOT_DIR: snapshotDir,
      JOL_SITE_OUT_DIR: outDir,
      JOL_SITE_URL: SITE_URL,
      NO_COLOR: '1',
      ...env,
    },
  })
  return { root, snapshotDir, outDir, code, output }
}

export async function listFiles(dir: string, ext: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => path.join(e.parentPath, e.name))
}

/** The URL path of a built HTML file: `…/dist/kk/blog/x/index.html` → `/kk/blog/x/`. */
export const pathOfFile = (outDir: string, file: string) =>
  `/${path
    .relative(outDir, file)
    .replace(/index\.html$/, '')
    .split(path.sep)
    .join('/')}`

export const fileOfPath = (outDir: string, urlPath: string) =>
  path.join(outDir, ...urlPath.split('/').filter(Boolean), urlPath.endsWith('/') ? 'index.html' : '')

export interface Tag {
  name: string
  attrs: Map<string, string>
}

const decode = (value: string) =>
  value.replace(
    /&(quot|amp|lt|gt|#39|#x27|#(\d+)|#x([0-9a-f]+));/gi,
    (m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec))
      if (hex) return String.fromCodePoint(parseInt(hex, 16))
      return (
        ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" } as Record<string, string>)[
          name.toLowerCase()
        ] ?? m
      )
    },
  )

/**
 * Every start tag of a page with its attributes (decoded). Astro always writes attributes in
 * double quotes with `"` escaped, so a quote inside a value can never end it early.
 */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = []
  for (const match of html.matchAll(
    /<([a-zA-Z][\w-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g,
  )) {
    const attrs = new Map<string, string>()
    for (const a of match[2]!.matchAll(/\s+([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
      attrs.set(a[1]!.toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''))
    }
    tags.push({ name: match[1]!.toLowerCase(), attrs })
  }
  return tags
}

/** The text of an element's content with tags removed and entities decoded. */
export const textOf = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** The first element with `attr`(=value) and its inner HTML (no nesting of the same tag assumed). */
export function elementWith(html: string, tag: string, attr: string): string | undefined {
  const re = new RegExp(`<${tag}\\b[^>]*${attr}[^>]*>([\\s\\S]*?)</${tag}>`)
  return re.exec(html)?.[1]
}
