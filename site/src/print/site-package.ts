import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

let found: string | undefined

/**
 * The folder of the `@jol/site` package, found from this file or from Astro's bundle of it: where
 * the print templates are, and the cache of cut fonts.
 */
export function sitePackageDir(): string {
  if (found) return found
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === '@jol/site'
    )
      return (found = dir)
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`no @jol/site package above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}
