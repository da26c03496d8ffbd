import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/** Every file below `folder`, by its relative path, with the SHA-256 of its bytes: "was anything touched?" */
export async function fingerprint(folder: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true })
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
  return Object.fromEntries(
    await Promise.all(
      files.map(
        async (f) =>
          [
            path.relative(folder, f),
            createHash('sha256')
              .update(await fs.readFile(f))
              .digest('hex'),
          ] as const,
      ),
    ),
  )
}
