import fs from 'node:fs/promises'
import path from 'node:path'

/** Every file under `root`, as paths relative to it, sorted. */
export async function filesOf(root: string, under = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, under), { withFileTypes: true })
  const files = await Promise.all(
    entries.map((entry) => {
      const relative = path.join(under, entry.name)
      return entry.isDirectory() ? filesOf(root, relative) : Promise.resolve([relative])
    }),
  )
  return files.flat().sort()
}

/** Files whose bytes differ between two folders (releases, search indexes), and files only one of them has. */
export async function differences(
  a: string,
  b: string,
  [nameA, nameB] = ['the incremental release', 'the full build'],
): Promise<string[]> {
  const [filesA, filesB] = await Promise.all([filesOf(a), filesOf(b)])
  const setB = new Set(filesB)
  const problems = filesA.filter((f) => !setB.has(f)).map((f) => `only in ${nameA}: ${f}`)
  const setA = new Set(filesA)
  problems.push(...filesB.filter((f) => !setA.has(f)).map((f) => `only in ${nameB}: ${f}`))
  for (const file of filesA.filter((f) => setB.has(f))) {
    const [x, y] = await Promise.all([fs.readFile(path.join(a, file)), fs.readFile(path.join(b, file))])
    if (!x.equals(y)) problems.push(`differs: ${file}`)
  }
  return problems
}
