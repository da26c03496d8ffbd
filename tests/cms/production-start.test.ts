import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { freePort, run, startServer, type Server } from '../support/processes'

/**
 * A brand-new database must start cleanly in production mode (`next build` + `next start`):
 * SQLite tables come from the committed migrations, not from development-only schema push.
 */

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms')
let dir: string
let server: Server | undefined
let base: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-prod-'))
  const env = {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'production-test-secret',
    DATABASE_URI: `file:${path.join(dir, 'fresh.db')}`,
    JOL_MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const build = await run('pnpm', ['exec', 'next', 'build'], { cwd: cmsDir, env })
  if (build.code !== 0) throw new Error(`next build failed:\n${build.output.slice(-4000)}`)
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = await startServer('pnpm', ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: cmsDir, env, url: `${base}/api/leaflets` })
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

it('serves REST, GraphQL and the admin from a database it has just created', async () => {
  const leaflets = await fetch(`${base}/api/leaflets?locale=ky`)
  expect(leaflets.status).toBe(200)
  expect(await leaflets.json()).toMatchObject({ docs: [], totalDocs: 0 })

  const graphql = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ PressReleases { totalDocs } }' }) })
  expect(await graphql.json()).toEqual({ data: { PressReleases: { totalDocs: 0 } } })

  const admin = await fetch(`${base}/admin/create-first-user`)
  expect(admin.status).toBe(200)
  expect(await admin.text()).toContain('Jol')

  expect(server?.output()).toMatch(/Migrated:\s+\d+_\d+_initial/)
  expect(server?.output()).not.toMatch(/no such table/i)
})

it('has the production defaults: no GraphQL playground, anonymous writes refused', async () => {
  expect((await fetch(`${base}/api/graphql-playground`)).status).toBe(404)
  const write = await fetch(`${base}/api/leaflets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'x' }) })
  expect(write.status).toBe(403)
})
