import { getLocale, localeCodes, type LocaleCode } from '@jol/content-schemas'
import { adminI18n, adminLanguages, jolTextTables } from '@jol/cms/i18n/index'
import { labelTables } from '@jol/cms/i18n/labels/index'
import { describe, expect, it } from 'vitest'

/**
 * The admin's own languages (kk, ky, tg, uz) against Payload's English, the source of every key.
 * No CMS is booted: these read the translation modules the configuration uses.
 * (The admin rendering in Kazakh for a user who chose it: admin-language-browser.test.ts.)
 */

type Tree = { [key: string]: Tree | string }

const english = adminLanguages.en.translations as unknown as Tree
const jolLanguages = ['kk', 'ky', 'tg', 'uz'] as const satisfies readonly LocaleCode[]
const translations = (code: LocaleCode) => adminLanguages[code].translations as unknown as Tree

/** Every string in a translation tree by its path (`general:save`), recursively. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}:${key}` : key
    if (value && typeof value === 'object') for (const [p, v] of leaves(value, path)) found.set(p, v)
    else found.set(path, value)
  }
  return found
}

/** The keys of Payload's English that `tree` lacks (or holds as something other than text). */
function missingKeys(tree: Tree, source: Tree = english): string[] {
  const have = leaves(tree)
  return [...leaves(source).keys()].filter((path) => typeof have.get(path) !== 'string')
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort()
/** The markup Payload fills in (`<0>…</0>` for its Translation component, links and breaks in e-mails). */
const markup = (text: string) => [...text.matchAll(/<\/?\d+>|<a\b[^>]*>|<\/a>|<br>/g)].map((m) => m[0]).sort()

/**
 * The words a translation may keep in Latin letters: names and abbreviations editors see as they are
 * (and, in Jol's labels, the FAQ, a PDF, a QR code, UTC, licence names, paper sizes, the word slug they
 * type and the messaging apps a service answers on, named as on the reader's phone).
 */
const keptLatin =
  /\b(API|URL|ID|Payload|FAQ|PDF|QR|UTC|CC0?|BY|SA|A4|A5|slug|WhatsApp|Telegram|Signal|JSON|XML|XLIFF|SVG|PNG)\b/g
/** Placeholders, markup, a command in backticks and a colour's #rrggbb are code, not words. */
const withoutCode = (text: string) =>
  text
    .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b(https?:\/\/|mailto:|tel:)/g, ' ')
    .replace(/#rrggbb/g, ' ')

/** Jol's own admin words in a language (the hints box, the rich-text editor), merged in by Payload. */
const ownTexts = (code: LocaleCode) => (adminI18n.translations as unknown as Record<LocaleCode, Tree>)[code]!
/** Every string of a language: Payload's admin, Jol's own words and Jol's labels (i18n/labels). */
const everyString = (code: LocaleCode) =>
  new Map([
    ...leaves(translations(code)),
    ...leaves(ownTexts(code), 'jol'),
    ...leaves(labelTables[code] as unknown as Tree, 'labels'),
  ])
const allText = (code: LocaleCode) => [...everyString(code).values()].join('\n')

describe("the admin's languages", () => {
  it('are the six languages of the locale registry, each named in itself on the account page', () => {
    expect(Object.keys(adminI18n.supportedLanguages ?? {}).sort()).toEqual([...localeCodes].sort())
    for (const code of localeCodes) {
      expect((translations(code).general as Tree).thisLanguage, code).toBe(getLocale(code).nativeName)
    }
  })

  it('the key check catches a string Payload adds in an upgrade, however deep', () => {
    const upgraded = structuredClone(english)
    ;(upgraded.general as Tree).newThing = 'New thing'
    upgraded.newGroup = { nested: { deeper: 'Deeper' } }
    expect(missingKeys(translations('kk'), upgraded)).toEqual(['general:newThing', 'newGroup:nested:deeper'])
  })

  for (const code of jolLanguages) {
    describe(`${getLocale(code).englishName} (${code})`, () => {
      const tree = translations(code)

      it("has every key of Payload's English", () => {
        expect(missingKeys(tree)).toEqual([])
      })

      it('has no text left empty, and keeps the placeholders and markup of the English', () => {
        const mine = leaves(tree)
        for (const [path, source] of leaves(english)) {
          const text = mine.get(path) as string
          expect(text.trim(), `${code} ${path}`).not.toBe('')
          expect(placeholders(text), `${code} ${path}`).toEqual(placeholders(source as string))
          expect(markup(text), `${code} ${path}`).toEqual(markup(source as string))
        }
      })

      it('leaves no English behind', () => {
        const mine = leaves(tree)
        const untranslated = [...leaves(english)].filter(([path, source]) => mine.get(path) === source)
        expect(untranslated.map(([path]) => path)).toEqual([])
      })
    })
  }

  describe("Jol's own words (one table per namespace: i18n/*Texts.ts)", () => {
    const namespaces = Object.keys(jolTextTables) as (keyof typeof jolTextTables)[]

    it('are all registered with Payload, in every language', () => {
      for (const code of localeCodes)
        for (const namespace of namespaces)
          expect(ownTexts(code)[namespace], `${code} ${namespace}`).toEqual(jolTextTables[namespace][code])
    })

    for (const namespace of namespaces) {
      it(`${namespace}: every key of the English in all six languages, with its placeholders`, () => {
        const source = leaves(jolTextTables[namespace].en as unknown as Tree)
        for (const code of localeCodes) {
          const mine = leaves(jolTextTables[namespace][code] as unknown as Tree)
          expect([...mine.keys()].sort(), `${code} ${namespace}`).toEqual([...source.keys()].sort())
          for (const [key, english] of source) {
            const text = mine.get(key) as string
            expect(text.trim(), `${code} ${namespace}:${key}`).not.toBe('')
            expect(placeholders(text), `${code} ${namespace}:${key}`).toEqual(placeholders(english as string))
            if (code !== 'en') expect(text, `${code} ${namespace}:${key} is still English`).not.toBe(english)
          }
        }
      })
    }

    it('the key check names a key one language lacks', () => {
      const lacking = { ...jolTextTables.jolWorkbench.kk } as Partial<typeof jolTextTables.jolWorkbench.kk>
      delete lacking.calendar
      const have = [...leaves(lacking as unknown as Tree).keys()]
      const want = [...leaves(jolTextTables.jolWorkbench.en as unknown as Tree).keys()]
      expect(want.filter((key) => !have.includes(key))).toEqual(['calendar'])
    })

    it('Russian is written in Cyrillic too, Latin only for the names every language keeps', () => {
      for (const [path, text] of leaves(ownTexts('ru'), 'jol')) {
        if (path.startsWith('jol:lexical')) continue
        const latin = withoutCode(text as string)
          .replace(keptLatin, ' ')
          .match(/[A-Za-z]+/g)
        expect(latin, `ru ${path}`).toBeNull()
      }
    })
  })

  it('Kazakh, Kyrgyz and Tajik are written in Cyrillic, Latin only for API, URL, ID and Payload', () => {
    for (const code of ['kk', 'ky', 'tg'] as const) {
      for (const [path, text] of everyString(code)) {
        const latin = withoutCode(text as string)
          .replace(keptLatin, ' ')
          .match(/[A-Za-z]+/g)
        expect(latin, `${code} ${path}`).toBeNull()
      }
    }
  })

  it("Kazakh uses its own letters, and none of Tajik's", () => {
    const text = allText('kk')
    for (const letter of 'әғқңөұүі') expect(text, letter).toContain(letter)
    expect(text).not.toMatch(/[ӣӯҳҷ]/)
  })

  it('Kyrgyz uses ң, ө and ү, and none of the letters only Kazakh or Tajik have', () => {
    const text = allText('ky')
    for (const letter of 'ңөү') expect(text, letter).toContain(letter)
    expect(text).not.toMatch(/[әғқұһіӣӯҳҷ]/)
  })

  it('Tajik uses ғ, ӣ, қ, ӯ, ҳ and ҷ, and none of the letters only Kazakh or Kyrgyz have', () => {
    const text = allText('tg')
    for (const letter of 'ғӣқӯҳҷ') expect(text, letter).toContain(letter)
    expect(text).not.toMatch(/[әңөұүі]/)
  })

  it('Uzbek is written in Latin letters with oʻ and gʻ (U+02BB) and the tutuq belgisi (U+02BC)', () => {
    const text = allText('uz')
    expect(text).toMatch(/[oOgG]\u02BB/)
    expect(text).toMatch(/\p{L}\u02BC\p{L}/u)
    for (const [path, value] of everyString('uz')) {
      const words = withoutCode(value as string)
      // No apostrophe of any other kind inside a word: ASCII ' and `, typographic ‘ and ’.
      expect(words.match(/\p{L}['`\u2018\u2019]\p{L}?/gu), `uz ${path}`).toBeNull()
      // U+02BB belongs only after o and g; after them the tutuq belgisi would be the wrong sign.
      expect(words.match(/[^oOgG]\u02BB|[oOgG]\u02BC/g), `uz ${path}`).toBeNull()
      expect(words.match(/\p{Script=Cyrillic}/gu), `uz ${path}`).toBeNull()
    }
  })
})
