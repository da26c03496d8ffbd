import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { adminPage, launchChromium } from '../support/browser'
import { startAdminDev, type AdminDev } from '../support/admin-dev'
import { generousCeilingMs } from '../support/wait'

/**
 * The real admin (`next dev`, on a new database) for an editor who chooses Kazakh on their account
 * page: the six languages offered in their own names, the admin in Kazakh from then on, the rich-text
 * editor too, and the plain-language box beside the body flagging a sentence of labour-code Kazakh.
 */

const editor = { email: 'editor@jol.test', password: 'correct-horse-battery-staple' }
let admin: AdminDev | undefined
let browser: Browser | undefined
let base: string

beforeAll(async () => {
  admin = await startAdminDev({ name: 'admin-language', firstUser: editor })
  base = admin.base
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
})

it('speaks Kazakh to an editor who chose it, and gives plain-language hints in Kazakh', async () => {
  const page = await adminPage(browser!)
  await page.goto(`${base}/admin/login`)
  await page.locator('#field-email').fill(editor.email)
  await page.locator('#field-password').fill(editor.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  // A new editor's browser gets English: Payload reads Accept-Language only for its own languages.
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')

  await page.goto(`${base}/admin/account`)
  await page.locator('#language-select').click()
  expect(await page.locator('.rs__option').allTextContents()).toEqual([
    'English',
    'Русский',
    'Қазақша',
    'Кыргызча',
    'Тоҷикӣ',
    'Oʻzbekcha',
  ])
  await page.locator('.rs__option', { hasText: 'Қазақша' }).click()
  await page.waitForFunction(() => document.documentElement.lang === 'kk')

  // Every page from now on, in Kazakh.
  await page.goto(`${base}/admin`)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk')
  await expect.poll(() => page.locator('nav').first().textContent()).toContain('Жинақтар')
  // Jol's own collections, fields and help texts too (i18n/labels), not only Payload's words.
  expect(await page.locator('nav').first().textContent()).toContain('Парақшалар')

  await page.goto(`${base}/admin/collections/leaflets/create?locale=kk`)
  await page.getByRole('button', { name: 'Қараламаны сақтау' }).waitFor()
  expect(await page.locator('label[for="field-title"]').textContent()).toContain('Тақырып')
  expect(await page.locator('body').textContent()).toContain('Көмекті қайдан алуға болады')
  expect(await page.locator('body').textContent()).toContain('Бос қалса, тақырыптан жасалады')
  await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
  await page.keyboard.type(
    'Еңбек кодексінің ережелеріне сәйкес жұмыс беруші қызметкермен жазбаша еңбек шартын жасасуға ' +
      'міндетті, онда еңбекақы төлеу шарттары, жұмыс уақыты мен демалыс уақытының режимі, сондай-ақ ' +
      'тараптардың жауапкершіліктерінің шегі көрсетілуге тиіс.',
  )
  // The rich-text editor's toolbar names the block being written in Kazakh too.
  await expect.poll(() => page.locator('.rich-text-lexical').first().textContent()).toContain('Қалыпты мәтін')
  const hints = page.locator('[data-plain-language-hints="kk"]')
  await expect
    .poll(() => hints.textContent(), { timeout: generousCeilingMs })
    .toContain('Сөз: 28 · сөйлем: 1')
  const text = await hints.textContent()
  expect(text).toContain('Қарапайым тіл')
  expect(text).toContain('Ұзын сөйлемдер (15 сөзден көп)')
  expect(text).toContain('жауапкершіліктерінің')
  expect(text).toContain('Бұл тек кеңес')
})
