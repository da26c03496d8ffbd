import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort, startServer } from './processes'

/**
 * The real admin as an editor meets it: `next dev` on a new database of its own, with a first user
 * registered (the first user of a database is its admin). For browser and HTTP tests of the admin's
 * screens; each caller names its own build folder so two such tests can run at the same time.
 */

const cmsDir = fileURLToPath(new URL('../../cms/', import.meta.url))
const nextEnvFile = path.join(cmsDir, 'next-env.d.ts')

export interface AdminDev {
  /** `http://localhost:<port>` */
  base: string
  /** The first user's session token (`Authorization: JWT <token>` or the `payload-token` cookie). */
  token: string
  stop: () => Promise<void>
}

export async function startAdminDev(options: {
  /** Names the temporary folder and the `.next-tests/<name>` build folder. */
  name: string
  firstUser: { email: string; password: string; role?: string }
}): Promise<AdminDev> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `jol-${options.name}-`))
  // `next dev` rewrites next-env.d.ts for its build folder: put it back afterwards.
  const nextEnv = await fs.readFile(nextEnvFile, 'utf8')
  const port = await freePort()
  const base = `http://localhost:${port}`
  const server = await startServer('pnpm', ['exec', 'next', 'dev', '--port', String(port)], {
    cwd: cmsDir,
    env: {
      DATABASE_URI: `file:${path.join(dir, 'jol.db')}`,
      JOL_MEDIA_DIR: path.join(dir, 'media'),
      JOL_JOBS_AUTORUN: 'false',
      JOL_NEXT_DIST_DIR: `.next-tests/${options.name}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    url: `${base}/api/users/me`,
    timeoutMs: 300_000,
  })
  const stop = async () => {
    await server.stop()
    await fs.writeFile(nextEnvFile, nextEnv)
    await fs.rm(dir, { recursive: true, force: true })
  }
  try {
    const registered = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(options.firstUser),
    })
    if (!registered.ok) throw new Error(`first user: ${registered.status} ${await registered.text()}`)
    const { token } = (await registered.json()) as { token: string }
    return { base, token, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
