import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The packages that make a document's bytes from its content, with their installed versions: part
 * of the print cache's key (`cache.ts`), since another version of any of them may give another PDF
 * of the same content: the compiler lays it out, the fonts draw it, the QR encoder picks the code's
 * mask. An upgrade then renders every document again instead of serving what the old ones made.
 */
export const PRINT_PACKAGES = [
  '@myriaddreamin/typst-ts-node-compiler',
  '@expo-google-fonts/noto-sans',
  'qr',
] as const

const require = createRequire(import.meta.url)

/** The version in the `package.json` of `name` as Node resolves it from here (its `exports` may hide that file). */
export function installedVersion(name: string): string {
  let dir = path.dirname(require.resolve(name))
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string
        version?: string
      }
      if (found === name && version) return version
    }
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`no package.json of ${name} above ${require.resolve(name)}`)
    dir = parent
  }
}

/** `name@version` of every package in `PRINT_PACKAGES`. */
export const PRINT_RENDERED_BY: readonly string[] = PRINT_PACKAGES.map(
  (name) => `${name}@${installedVersion(name)}`,
)
