import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { campaignData } from '../support/fixtures'
import { freePort, startServer, type Server } from '../support/processes'

/**
 * The real admin (`next dev`, on a new database): a campaign's Dashboard tab is wired into the
 * document's views, rendered on the server for an admin, with its charts inline and its CSV links,
 * and the CSV endpoint answers over HTTP with the session cookie.
 */

const cmsDir = fileURLToPath(new URL('../../cms/', import.meta.url))
const nextEnvFile = path.join(cmsDir, 'next-env.d.ts')
const admin = { email: 'admin@jol.test', password: 'correct-horse-battery-staple' }
let dir: string
let nextEnv: string
let server: Server | undefined
let base: string
let cookie: string
let campaignId: number
/** A browser following a link in the admin sends its session cookie and says the request is same-origin. */
const asBrowser = () => ({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-admin-dashboard-'))
  // `next dev` rewrites next-env.d.ts for its build folder: put it back afterwards.
  nextEnv = await fs.readFile(nextEnvFile, 'utf8')
  const port = await freePort()
  base = `http://localhost:${port}`
  server = await startServer('pnpm', ['exec', 'next', 'dev', '--port', String(port)], {
    cwd: cmsDir,
    env: {
      DATABASE_URI: `file:${path.join(dir, 'jol.db')}`,
      JOL_MEDIA_DIR: path.join(dir, 'media'),
      JOL_JOBS_AUTORUN: 'false',
      JOL_NEXT_DIST_DIR: '.next-tests/admin-dashboard',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    url: `${base}/api/users/me`,
    timeoutMs: 300_000,
  })
  const json = { 'Content-Type': 'application/json' }
  const registered = await fetch(`${base}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ ...admin, role: 'admin' }),
  })
  if (!registered.ok) throw new Error(`first user: ${registered.status} ${await registered.text()}`)
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(admin),
  })
  const { token } = (await login.json()) as { token: string }
  cookie = `payload-token=${token}`
  const created = await fetch(`${base}/api/campaigns?locale=en`, {
    method: 'POST',
    headers: { ...json, Authorization: `JWT ${token}` },
    body: JSON.stringify({ ...campaignData('spring', 'en'), _status: 'published' }),
  })
  if (!created.ok) throw new Error(`campaign: ${created.status} ${await created.text()}`)
  campaignId = ((await created.json()) as { doc: { id: number } }).doc.id
})

afterAll(async () => {
  await server?.stop()
  if (nextEnv) await fs.writeFile(nextEnvFile, nextEnv)
  await fs.rm(dir, { recursive: true, force: true })
})

it('renders the Dashboard tab of a campaign for an admin, and serves its CSV over HTTP', async () => {
  const page = await fetch(
    `${base}/admin/collections/campaigns/${campaignId}/dashboard?from=2026-11-01&to=2026-11-30`,
    {
      headers: asBrowser(),
    },
  )
  expect(page.status).toBe(200)
  // Next streams the server components: their output is in the HTML or in its flight data.
  const html = (await page.text()).replace(/\\"/g, '"')
  expect(html).toMatch(/data-testid"?[=:]"campaign-dashboard"/)
  expect(html).toMatch(/data-testid"?[=:]"chart-reach-by-week"/)
  expect(html).toContain(`/api/campaigns/${campaignId}/dashboard.csv?table=objectives`)
  expect(html).toContain('Calls to the hotline')

  const csv = await fetch(
    `${base}/api/campaigns/${campaignId}/dashboard.csv?table=reach-by-week&from=2026-11-02&to=2026-11-15`,
    {
      headers: asBrowser(),
    },
  )
  expect(csv.status).toBe(200)
  expect(Buffer.from(await csv.arrayBuffer()).toString('utf8')).toBe(
    '\uFEFFWeek of,print,newsletter,share,direct,Views\r\n2026-11-02,0,0,0,0,0\r\n2026-11-09,0,0,0,0,0\r\n',
  )
  const anonymous = await fetch(`${base}/api/campaigns/${campaignId}/dashboard.csv?table=objectives`)
  expect(anonymous.status).toBe(401)
})
