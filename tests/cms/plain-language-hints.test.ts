import fs from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import { localeCodes, plainLanguageHints } from '@jol/content-schemas'
import { Leaflets } from '@jol/cms/collections/Leaflets/index'
import { Newsletters } from '@jol/cms/collections/Newsletters/index'
import { Posts } from '@jol/cms/collections/Posts/index'
import { PressReleases } from '@jol/cms/collections/PressReleases/index'
import { lexicalPlainText } from '@jol/cms/fields/plainLanguage/lexicalPlainText'
import { adminI18n } from '@jol/cms/i18n/index'
import { plainLanguageHintsTexts } from '@jol/cms/i18n/plainLanguageHints'
import { describe, expect, it } from 'vitest'

/**
 * The admin's plain-language box beside the body: where it sits, what text it reads from the editor,
 * and its words in the six admin languages. (The analysis itself: content-schemas/plain-language.test.ts.)
 */

const text = (value: string) => ({ type: 'text', text: value, format: 0, version: 1 })
const node = (type: string, children: unknown[], extra = {}) => ({ type, children, version: 1, ...extra })

/** A body as the Lexical editor stores it, with every kind of node the campaign editor offers. */
const body = {
  root: node('root', [
    node('heading', [text('Если школа отказывает')], { tag: 'h2' }),
    node('paragraph', [text('Не сдавайтесь.'), { type: 'linebreak', version: 1 }, text('Звоните нам.')]),
    node('list', [
      node('listitem', [text('Придите в школу.')]),
      node('listitem', [
        text('Возьмите документы:'),
        node('list', [node('listitem', [text('паспорт')]), node('listitem', [text('свидетельство')])]),
      ]),
    ]),
    node('quote', [node('link', [text('Подробнее')], { fields: { url: 'https://example.org' } })]),
    { type: 'upload', relationTo: 'media', value: 1, version: 3, fields: {} },
    {
      type: 'block',
      version: 2,
      fields: { blockType: 'callout', kind: 'hotline', title: 'Горячая линия', phone: '+7 800 080 1234' },
    },
  ]),
}

describe('the text the hints read from the editor', () => {
  it('is every block in order, lists and line breaks line by line, a callout as its lines, no picture', () => {
    expect(lexicalPlainText(body)).toBe(
      [
        'Если школа отказывает',
        'Не сдавайтесь.\nЗвоните нам.',
        'Придите в школу.\nВозьмите документы:\nпаспорт\nсвидетельство',
        'Подробнее',
        'Горячая линия\n+7 800 080 1234',
      ].join('\n\n'),
    )
    expect(plainLanguageHints(lexicalPlainText(body), 'ru')).toMatchObject({ paragraphs: 5, sentences: 10 })
  })

  it('is empty for an empty or missing editor state', () => {
    expect(lexicalPlainText(undefined)).toBe('')
    expect(lexicalPlainText({ root: node('root', []) })).toBe('')
  })
})

describe('the hints box', () => {
  const fieldNames = (fields: { name?: string }[]) => fields.map((field) => field.name)

  it('sits right after the body of every collection that has one, and nowhere else', () => {
    for (const collection of [Leaflets, PressReleases, Posts]) {
      const names = fieldNames(collection.fields as { name?: string }[])
      expect(names[names.indexOf('body') + 1], collection.slug).toBe('plainLanguageHints')
      expect(
        collection.fields.find((field) => 'name' in field && field.name === 'plainLanguageHints')?.type,
      ).toBe('ui')
    }
    expect(fieldNames(Newsletters.fields as { name?: string }[])).not.toContain('plainLanguageHints')
  })

  it("is in the admin's import map, so the admin can render it", async () => {
    const importMap = await fs.readFile(
      fileURLToPath(new URL('../../cms/src/app/(payload)/admin/importMap.js', import.meta.url)),
      'utf8',
    )
    expect(importMap).toContain('"/fields/plainLanguage/PlainLanguageHints#PlainLanguageHints"')
  })

  it('speaks all six admin languages, with the placeholders of the English', () => {
    const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    const english = plainLanguageHintsTexts.en
    for (const code of localeCodes) {
      const texts = plainLanguageHintsTexts[code]
      expect(Object.keys(texts).sort(), code).toEqual(Object.keys(english).sort())
      for (const [key, value] of Object.entries(texts)) {
        expect(value.trim(), `${code} ${key}`).not.toBe('')
        expect(placeholders(value), `${code} ${key}`).toEqual(
          placeholders(english[key as keyof typeof english]),
        )
        if (code !== 'en') expect(value, `${code} ${key}`).not.toBe(english[key as keyof typeof english])
      }
      // Merged into the language's admin words, where the box's `t('jolHints:…')` finds them.
      expect((adminI18n.translations as Record<string, { jolHints?: unknown }>)[code]?.jolHints).toBe(texts)
    }
    expect(Object.values(plainLanguageHintsTexts.uz).join(' ')).not.toMatch(/\p{L}['’‘`]\p{L}/u)
    expect(Object.values(plainLanguageHintsTexts.uz).join(' ')).toMatch(/oʻ/)
  })
})
