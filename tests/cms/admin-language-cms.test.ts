import { getLocale } from '@jol/content-schemas'
import { adminLanguages } from '@jol/cms/i18n/index'
import { REST_POST } from '@payloadcms/next/routes'
import { getRequestLanguage } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'

/**
 * The running CMS speaks the language an editor chose. Payload's account page keeps the choice in
 * the `payload-lng` cookie; every request of that browser (admin pages and the API they call) is then
 * translated with it. Here the real route handlers answer with and without that cookie.
 */

let cms: TestCms
beforeAll(async () => {
  cms = await startTestCms()
})
afterAll(async () => cms?.close())

async function post(path: string, body: unknown, headers: Record<string, string>) {
  const url = new URL(`http://localhost/api${path}`)
  const request = new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await REST_POST(cms.config)(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, body: (await response.json()) as { errors?: { message: string }[] } }
}

const wrongPassword = { email: 'nobody@jol.local', password: 'not-the-password' }

describe('an editor who chose a language', () => {
  for (const code of ['kk', 'ky', 'tg', 'uz'] as const) {
    it(`is answered in ${getLocale(code).englishName} (${code}) once the admin's cookie says so`, async () => {
      const errors = adminLanguages[code].translations.error
      const login = await post('/users/login', wrongPassword, { Cookie: `payload-lng=${code}` })
      expect(login.status).toBe(401)
      expect(login.body.errors?.[0]?.message).toBe(errors.emailOrPasswordIncorrect)

      const anonymousWrite = await post('/leaflets', { title: 'x' }, { Cookie: `payload-lng=${code}` })
      expect(anonymousWrite.status).toBe(403)
      expect(anonymousWrite.body.errors?.[0]?.message).toBe(errors.notAllowedToPerformAction)
    })
  }

  it('sees Kazakh in the admin: the language the layout picks and the words it shows', async () => {
    const cookies = new Map([['payload-lng', 'kk']])
    const language = getRequestLanguage({ config: cms.config, cookies, headers: new Headers() })
    expect(language).toBe('kk')
    // The layout translates with the chosen language's entry (Payload's type knows only its own list).
    const chosen = (cms.config.i18n.supportedLanguages as Record<string, typeof adminLanguages.kk>)[language]
    const kk = chosen!.translations
    expect(kk.general.dashboard).toBe('Басқару тақтасы')
    expect(kk.general.collections).toBe('Жинақтар')
    expect(kk.authentication.logOut).toBe('Шығу')
  })

  it("finds all six on the account page's language selector, each in its own name", () => {
    // What Payload's root layout offers the account page's selector (`general.thisLanguage` each).
    const options = Object.entries(cms.config.i18n.supportedLanguages).map(([value, language]) => ({
      value,
      label: language!.translations.general.thisLanguage,
    }))
    expect(options).toEqual([
      { value: 'en', label: 'English' },
      { value: 'ru', label: 'Русский' },
      { value: 'kk', label: 'Қазақша' },
      { value: 'ky', label: 'Кыргызча' },
      { value: 'tg', label: 'Тоҷикӣ' },
      { value: 'uz', label: 'Oʻzbekcha' },
    ])
  })
})

describe("the rich-text editor's words", () => {
  type Tree = { [key: string]: Tree | string }
  const leaves = (tree: Tree, prefix = ''): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value] as [string, string]]
        : leaves(value, `${prefix}${key}:`),
    )
  const placeholders = (text: string) => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort()

  it('exist in kk, ky, tg and uz for every English one of the editor the CMS configures', () => {
    // After the configuration is built, the editor's features have added their English words here.
    const translations = cms.config.i18n.translations as Record<string, { lexical?: Tree }>
    const english = leaves(translations.en!.lexical!)
    expect(english.length).toBeGreaterThan(10)
    for (const code of ['kk', 'ky', 'tg', 'uz']) {
      const mine = new Map(leaves(translations[code]?.lexical ?? {}))
      for (const [path, text] of english) {
        expect(mine.get(path), `${code} lexical:${path}`).toBeTruthy()
        expect(placeholders(mine.get(path) ?? ''), `${code} lexical:${path}`).toEqual(placeholders(text))
      }
    }
  })
})

describe('a browser asking for Kazakh without having chosen it', () => {
  it('gets English: Payload reads Accept-Language only for its built-in languages (DESIGN.md)', async () => {
    const login = await post('/users/login', wrongPassword, { 'Accept-Language': 'kk-KZ,kk;q=0.9' })
    expect(login.body.errors?.[0]?.message).toBe(
      adminLanguages.en.translations.error.emailOrPasswordIncorrect,
    )
  })
})
