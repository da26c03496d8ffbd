import { afterAll, beforeAll, expect, it } from 'vitest'

import { campaignData } from '../support/fixtures'
import { startAdminDev, type AdminDev } from '../support/admin-dev'

/**
 * The real admin (`next dev`, on a new database): a campaign's Dashboard tab is wired into the
 * document's views, rendered on the server for an admin, with its charts inline and its CSV links,
 * and the CSV endpoint answers over HTTP with the session cookie.
 */

const admin = { email: 'admin@jol.test', password: 'correct-horse-battery-staple', role: 'admin' }
let cms: AdminDev | undefined
let base: string
let cookie: string
let campaignId: number
/** A browser following a link in the admin sends its session cookie and says the request is same-origin. */
const asBrowser = () => ({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })

beforeAll(async () => {
  cms = await startAdminDev({ name: 'admin-dashboard', firstUser: admin })
  base = cms.base
  cookie = `payload-token=${cms.token}`
  const created = await fetch(`${base}/api/campaigns?locale=en`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${cms.token}` },
    body: JSON.stringify({ ...campaignData('spring', 'en'), _status: 'published' }),
  })
  if (!created.ok) throw new Error(`campaign: ${created.status} ${await created.text()}`)
  campaignId = ((await created.json()) as { doc: { id: number } }).doc.id
})

afterAll(async () => {
  await cms?.stop()
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
