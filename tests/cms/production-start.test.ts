import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { budgets } from '@jol/cms/security/budgets'

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
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'production-test-secret',
    DATABASE_URI: `file:${path.join(dir, 'fresh.db')}`,
    JOL_MEDIA_DIR: path.join(dir, 'media'),
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const port = await freePort()
  // The port is known before the build: the CMS's own origin is the one its session cookie is good for.
  Object.assign(env, { PORT: String(port) })
  const build = await run('pnpm', ['exec', 'next', 'build'], { cwd: cmsDir, env })
  if (build.code !== 0) throw new Error(`next build failed:\n${build.output.slice(-4000)}`)
  base = `http://127.0.0.1:${port}`
  server = await startServer(
    'pnpm',
    ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: cmsDir, env, url: `${base}/api/leaflets` },
  )
  // A production build of the admin takes minutes on two cores, many more when the machine is busy.
}, 1_800_000)

afterAll(async () => {
  await server?.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

it('serves REST, GraphQL and the admin from a database it has just created', async () => {
  const leaflets = await fetch(`${base}/api/leaflets?locale=ky`)
  expect(leaflets.status).toBe(200)
  expect(await leaflets.json()).toMatchObject({ docs: [], totalDocs: 0 })

  const graphql = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ PressReleases { totalDocs } }' }),
  })
  expect(await graphql.json()).toEqual({ data: { PressReleases: { totalDocs: 0 } } })

  const admin = await fetch(`${base}/admin/create-first-user`)
  expect(admin.status).toBe(200)
  expect(await admin.text()).toContain('Jol')

  expect(server?.output()).toMatch(/Migrated:\s+\d+_\d+_initial/)
  expect(server?.output()).not.toMatch(/no such table/i)
})

it('has the production defaults: no GraphQL playground, anonymous writes refused', async () => {
  expect((await fetch(`${base}/api/graphql-playground`)).status).toBe(404)
  const write = await fetch(`${base}/api/leaflets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'x' }),
  })
  expect(write.status).toBe(403)
})

describe('the hardened door', () => {
  const admin = { email: 'first-admin@jol.test', password: 'a-long-production-password' }
  const json = { 'Content-Type': 'application/json' }
  let cookie: string

  beforeAll(async () => {
    const registered = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...admin, role: 'admin' }),
    })
    expect(registered.status, await registered.clone().text()).toBe(200)
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(admin),
    })
    expect(login.status).toBe(200)
    const setCookie = login.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
    expect(setCookie).toBeDefined()
    // Secure (HTTPS only), HttpOnly, SameSite=Lax: what a production session cookie must be.
    expect(setCookie).toMatch(/;\s*Secure/i)
    expect(setCookie).toMatch(/;\s*HttpOnly/i)
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
    cookie = setCookie!.split(';')[0]!
  })

  it('forbids framing and sniffing of the admin and the API', async () => {
    for (const urlPath of ['/admin/login', '/api/leaflets', '/api/no-such-route']) {
      const response = await fetch(`${base}${urlPath}`)
      expect(response.headers.get('x-frame-options'), urlPath).toBe('DENY')
      expect(response.headers.get('content-security-policy'), urlPath).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options'), urlPath).toBe('nosniff')
    }
  })

  it('refuses a cross-origin form POST that carries the session cookie, and accepts it from its own origin', async () => {
    const form = (title: string) => {
      const body = new FormData()
      body.set(
        '_payload',
        JSON.stringify({ title, slug: title.toLowerCase().replace(/\W+/g, '-'), _status: 'draft' }),
      )
      return body
    }
    const evil = await fetch(`${base}/api/leaflets?draft=true`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
      body: form('Forged'),
    })
    expect(evil.status).toBe(403)
    const own = await fetch(`${base}/api/leaflets?draft=true`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: base.replace('127.0.0.1', 'localhost') },
      body: form('Own origin'),
    })
    expect(own.status, await own.clone().text()).toBe(201)
  })

  it('answers 429 with Retry-After once an address has used its sign-in budget, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = []
    let limited: Response | undefined
    for (let attempt = 0; attempt <= budgets.login.limit && !limited; attempt++) {
      const response = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        // A client naming a new address each time is still the same connection.
        headers: {
          ...json,
          'X-Forwarded-For': `203.0.113.${attempt}`,
          'x-jol-client-address': `198.51.100.${attempt}`,
        },
        body: JSON.stringify({ email: `nobody-${attempt}@jol.test`, password: 'wrong' }),
      })
      if (response.status === 429) limited = response
      else statuses.push(response.status)
    }
    expect(limited, `no 429 after ${statuses.length} attempts`).toBeDefined()
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(statuses.every((status) => status === 401)).toBe(true)
  })
})
