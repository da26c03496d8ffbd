import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { adminPage, launchChromium } from '../support/browser'
import { postData, sampleText } from '../support/fixtures'
import { startAdminDev, type AdminDev } from '../support/admin-dev'

/**
 * The real admin (`next dev`, new database): a post whose Russian translation went stale shows it in
 * the list's translations column, on the edit screen (source beside the field, what changed), in the
 * "to translate" view; the calendar view opens.
 */

const editor = { email: 'workbench@jol.test', password: 'correct-horse-battery-staple' }
let admin: AdminDev | undefined
let browser: Browser | undefined
let base: string
let token: string

const api = async (method: string, pathAndQuery: string, body?: unknown) => {
  const response = await fetch(`${base}/api${pathAndQuery}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  if (!response.ok) throw new Error(`${method} ${pathAndQuery}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<any>
}

beforeAll(async () => {
  admin = await startAdminDev({ name: 'workbench', firstUser: editor })
  ;({ base, token } = admin)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
})

it('shows stale translations in the list, beside the fields, in the to-translate view', async () => {
  const post = (await api('POST', '/posts?locale=en', postData('stale', 'en'))).doc
  await api('PATCH', `/posts/${post.id}?locale=ru&draft=true`, { title: sampleText.ru, _status: 'draft' })
  await api('PATCH', `/posts/${post.id}?locale=en&draft=true`, {
    title: 'Your child has the right to a free school',
    _status: 'draft',
  })

  const page = await adminPage(browser!)
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(editor.email)
  await page.locator('#field-password').fill(editor.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))

  await page.goto(`${base}/admin/collections/posts`)
  const cell = page.locator('[data-translation-status]').first()
  await cell.waitFor()
  expect(await cell.locator('[data-locale="ru"]').getAttribute('data-status')).toBe('outdated')
  expect(await cell.locator('[data-locale="kk"]').getAttribute('data-status')).toBe('missing')

  await page.goto(`${base}/admin/collections/posts/${post.id}?locale=ru`)
  const panel = page.locator('[data-translation-panel="ru"]')
  await panel.waitFor()
  expect(await panel.getAttribute('data-status')).toBe('outdated')
  const title = panel.locator('[data-unit="title"]')
  const added = (await title.locator('ins[data-diff="added"]').allTextContents()).join(' ')
  const removed = (await title.locator('del[data-diff="removed"]').allTextContents()).join(' ')
  expect(added).toContain('free')
  expect(removed).toContain('(stale)')
  expect(added).not.toContain('child')
  await expect
    .poll(() => page.locator('[data-source-beside="title"]').textContent())
    .toContain('Your child has the right to')

  await page.goto(`${base}/admin/to-translate`)
  const rows = page.locator('[data-to-translate] tbody tr')
  await rows.first().waitFor()
  expect(await rows.first().getAttribute('data-status')).toBe('outdated')
  expect(await rows.first().textContent()).toContain('ru')

  await page.goto(`${base}/admin/calendar`)
  await expect.poll(() => page.locator('h1').first().textContent()).toBe('Calendar')
})
