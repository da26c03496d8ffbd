import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Puts `file` at `target` in the build's output without copying its bytes: a hard link (a copy
 * across file systems, or where links are refused). `existing` says what a file already at `target`
 * is: the same file (`keep`), or one to replace.
 */
export async function placeFile(file: string, target: string, existing: 'keep' | 'replace'): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  try {
    await fs.link(file, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' && existing === 'keep') return
    if (code === 'EEXIST') {
      await fs.rm(target)
      return placeFile(file, target, 'keep')
    }
    if (code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK') await fs.copyFile(file, target)
    else throw error
  }
}
