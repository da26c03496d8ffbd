import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, it } from 'vitest'

import { run } from '../support/processes'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms')

it('the committed migrations match the collections (no schema change without a migration)', async () => {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-migrations-'))
  try {
    await fs.cp(path.join(cmsDir, 'src/migrations'), scratch, { recursive: true })
    const before = (await fs.readdir(scratch)).sort()
    const result = await run('pnpm', ['exec', 'payload', 'migrate:create', 'drift', '--skip-empty'], {
      cwd: cmsDir,
      env: {
        JOL_MIGRATIONS_DIR: scratch,
        DATABASE_URI: `file:${path.join(scratch, 'drift.db')}`,
        JOL_JOBS_AUTORUN: 'false',
      },
    })
    expect(result.code, result.output).toBe(0)
    const added = (await fs.readdir(scratch)).filter((name) => !before.includes(name) && name.endsWith('.ts'))
    expect(added, 'run `./jol migrate:create <name>` and commit the migration').toEqual([])
  } finally {
    await fs.rm(scratch, { recursive: true, force: true })
  }
})
