/**
 * `./jol backup [--out FILE]`: one `.tar.gz` with a consistent copy of the database (safe while
 * the CMS runs) and the uploads, with a manifest of SHA-256 hashes (default `backups/jol-<time>.tar.gz`).
 * `./jol restore FILE [--force]`: puts them back where the CMS finds them (DATABASE_URI,
 * JOL_MEDIA_DIR), after checking every hash; `--force` replaces an existing database and uploads.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { repoRoot } from '../export/cliArgs'
import { createBackup } from './backup'
import { restoreBackup } from './restore'
import { contentSources } from './sources'

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const [command, ...rest] = process.argv.slice(2).filter((arg) => arg !== '--')
  const { values, positionals } = parseArgs({
    args: rest,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  })
  try {
    const sources = contentSources()
    if (command === 'backup') {
      const stamp = new Date().toISOString().replace(/[-:.]/g, '')
      const out = values.out
        ? path.resolve(cwd, values.out)
        : path.join(repoRoot, 'backups', `jol-${stamp}.tar.gz`)
      const manifest = await createBackup(out, sources)
      const media = Object.keys(manifest.files).filter((name) => name.startsWith('media/')).length
      console.log(
        `backup: ${out} (${manifest.database.kind} database, ${media} media files, every file hashed in manifest.json)`,
      )
      return 0
    }
    if (command === 'restore') {
      if (positionals.length !== 1) throw new Error('usage: ./jol restore <backup.tar.gz> [--force]')
      const { manifest, setAside } = await restoreBackup(path.resolve(cwd, positionals[0]!), sources, {
        force: values.force,
      })
      console.log(
        `restore: the ${manifest.database.kind} database and uploads of ${manifest.createdAt} are back`,
      )
      for (const aside of setAside) console.log(`restore: what was there before is kept at ${aside}`)
      return 0
    }
    throw new Error('usage: backup [--out FILE] | restore <FILE> [--force]')
  } catch (error) {
    console.error(`${command ?? 'backup'} failed: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

main().then((code) => process.exit(code))
