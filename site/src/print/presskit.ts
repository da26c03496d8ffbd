import { createRequire } from 'node:module'

import { zipSync, type Zippable } from 'fflate'

import { layoutFingerprint } from './cache'

/**
 * A press kit as a ZIP file whose bytes depend only on its content: entries sorted by name, every
 * entry dated with the release's last change (not the build's clock), and the same compression.
 */

export interface KitFile {
  /** Path inside the ZIP, `/`-separated. */
  name: string
  data: Uint8Array | string
  /** Already compressed (JPEG, PNG, PDF streams): stored as is, which is faster and no bigger. */
  stored?: boolean
}

/**
 * ZIP keeps a local date and time without a zone; fflate reads a `Date` in the process's zone.
 * Build the date whose local fields are the UTC fields of `iso`, so every machine writes the same.
 */
export function zipTimeOf(iso: string): Date {
  const d = new Date(iso)
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  )
}

export function zipFiles(files: KitFile[], modifiedAt: string): Uint8Array {
  const names = new Set<string>()
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`two files named ${file.name} in one ZIP`)
    names.add(file.name)
  }
  const mtime = zipTimeOf(modifiedAt)
  const entries: Zippable = {}
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const data = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data
    entries[file.name] = [data, { level: file.stored ? 0 : 9, mtime }]
  }
  return zipSync(entries)
}

/** A file name safe in every unzip tool: ASCII letters, digits, dot, dash and underscore. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
  return cleaned === '' ? 'file' : cleaned
}

const require = createRequire(import.meta.url)
/**
 * What makes a ZIP's bytes from its files (part of a press kit's cache key): this code and fflate's
 * version, whose deflate may write the same content differently.
 */
export const zipLayout = layoutFingerprint(
  zipFiles,
  zipTimeOf,
  `fflate@${(require('fflate/package.json') as { version: string }).version}`,
)
