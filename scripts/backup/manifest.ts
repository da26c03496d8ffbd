import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * A backup's table of contents, `manifest.json` at the root of the archive: what database it holds
 * and the SHA-256 and size of every other file in it. A restore checks all of them before it
 * changes anything.
 */

export const BACKUP_FORMAT = 'jol-backup/1'

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  createdAt: string
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; file: string }
  /** Where the uploads are inside the archive (the folder, even when empty). */
  media: string
  files: Record<string, { sha256: string; bytes: number }>
}

export const manifestFile = 'manifest.json'

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every file under `root` (relative, `/`-separated, sorted), and anything that is not a plain file or folder. */
async function walk(root: string): Promise<{ files: string[]; strange: string[] }> {
  const files: string[] = []
  const strange: string[] = []
  const visit = async (relative: string) => {
    for (const entry of await fs.readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await visit(child)
      else if (entry.isFile()) files.push(child)
      else strange.push(child)
    }
  }
  await visit('')
  return { files: files.sort(), strange: strange.sort() }
}

/** The hashes of every file under `root` except the manifest itself. */
export async function hashFiles(root: string): Promise<BackupManifest['files']> {
  const { files } = await walk(root)
  const hashed: BackupManifest['files'] = {}
  for (const file of files.filter((name) => name !== manifestFile)) {
    const full = path.join(root, file)
    hashed[file] = { sha256: await sha256Of(full), bytes: (await fs.stat(full)).size }
  }
  return hashed
}

function manifestProblems(value: unknown): string[] {
  const manifest = value as Partial<BackupManifest> | null
  if (!manifest || typeof manifest !== 'object') return ['manifest.json: is not an object']
  const problems: string[] = []
  if (manifest.format !== BACKUP_FORMAT)
    problems.push(`manifest.json/format: expected "${BACKUP_FORMAT}", got ${JSON.stringify(manifest.format)}`)
  const kind = manifest.database?.kind
  if ((kind !== 'sqlite' && kind !== 'mongodb') || typeof manifest.database?.file !== 'string') {
    problems.push('manifest.json/database: expected { kind: "sqlite" | "mongodb", file }')
  }
  if (typeof manifest.media !== 'string') problems.push('manifest.json/media: expected the media folder')
  if (!manifest.files || typeof manifest.files !== 'object') problems.push('manifest.json/files: missing')
  return problems
}

/**
 * Reads the manifest of an unpacked backup and checks every file against it: each listed file is
 * there with its hash and size, nothing unlisted is there. Returns the manifest or throws every problem.
 */
export async function verifyUnpacked(root: string): Promise<BackupManifest> {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(await fs.readFile(path.join(root, manifestFile), 'utf8')) as BackupManifest
  } catch (error) {
    throw new Error(
      `not a Jol backup: manifest.json is missing or unreadable (${(error as Error).message})`,
      {
        cause: error,
      },
    )
  }
  const problems = manifestProblems(manifest)
  if (problems.length > 0) throw new Error(`not a Jol backup:\n${problems.join('\n')}`)

  const { files, strange } = await walk(root)
  const present = new Set(files.filter((name) => name !== manifestFile))
  for (const name of strange) problems.push(`${name}: is not a plain file`)
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!present.has(name)) {
      problems.push(`${name}: is missing`)
      continue
    }
    present.delete(name)
    const full = path.join(root, name)
    const bytes = (await fs.stat(full)).size
    if (bytes !== expected.bytes || (await sha256Of(full)) !== expected.sha256) {
      problems.push(`${name}: does not match its SHA-256 in the manifest (damaged or altered)`)
    }
  }
  for (const name of present) problems.push(`${name}: is not in the manifest`)
  if (!(manifest.database.file in manifest.files))
    problems.push(`${manifest.database.file}: the database is not in the manifest`)
  if (problems.length > 0)
    throw new Error(`the backup failed its check; nothing was changed:\n${problems.join('\n')}`)
  return manifest
}
