import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { cities, localeCodes, type LocaleCode } from '@jol/content-schemas'
import {
  labelTables,
  unlabelledPlaces,
  unusedKeys,
  withAdminLabels,
  type LabelTable,
} from '@jol/cms/i18n/labels/index'
import { labelPlaces, walkLabels } from '@jol/cms/i18n/labels/walk'
import { validationTexts } from '@jol/cms/i18n/validationTexts'
import { validatePhone, validateWebUrl } from '@jol/cms/fields/contacts'
import { calloutBlock, validateLinkUrl } from '@jol/cms/fields/richText'
import {
  getLocalI18n,
  type Block,
  type CollectionConfig,
  type GlobalConfig,
  type SanitizedConfig,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * Jol's own admin words (collection, field and option labels, help texts) in the six admin
 * languages. The configuration is built as the CMS builds it (no database, no server); the letters
 * of each language are checked with Payload's strings in admin-languages.test.ts.
 */

let built: { collections: CollectionConfig[]; globals: GlobalConfig[]; blocks: Block[] }
let sanitized: SanitizedConfig

beforeAll(async () => {
  process.env.JOL_LOG_LEVEL ??= 'fatal'
  const { default: configPromise } = await import('@jol/cms/config')
  const config: SanitizedConfig = await configPromise
  sanitized = config
  built = {
    collections: config.collections as unknown as CollectionConfig[],
    globals: config.globals as unknown as GlobalConfig[],
    // The rich-text editor's blocks live outside the collections' fields.
    blocks: [calloutBlock],
  }
})

const six = (word: string) => Object.fromEntries(localeCodes.map((code) => [code, `${word} ${code}`]))

/** A small configuration with every kind of place: nested rows, groups, arrays, tabs, blocks, options. */
const sample = (): { collections: CollectionConfig[]; globals: GlobalConfig[] } => ({
  collections: [
    {
      slug: 'things',
      labels: { singular: 'Thing', plural: 'Things' },
      admin: { description: 'All the things', group: 'Stuff' },
      fields: [
        { name: 'title', type: 'text' },
        {
          type: 'row',
          fields: [{ name: 'phone', type: 'text', admin: { description: 'Digits' } }],
        },
        {
          name: 'contacts',
          label: 'Contacts',
          type: 'array',
          fields: [
            { name: 'phone', type: 'text' },
            { name: 'kind', type: 'select', options: ['a', { value: 'b', label: 'Bee' }] },
          ],
        },
        { name: 'hotline', type: 'group', fields: [{ name: 'hours', type: 'text' }] },
        {
          type: 'tabs',
          tabs: [
            { label: 'First', fields: [{ name: 'inFirst', type: 'text' }] },
            { name: 'second', fields: [{ name: 'inSecond', type: 'text' }] },
          ],
        },
        { type: 'collapsible', label: 'More', fields: [{ name: 'more', type: 'text' }] },
        {
          name: 'sections',
          type: 'blocks',
          blocks: [{ slug: 'story', fields: [{ name: 'headline', type: 'text' }] }],
        },
        { name: 'secret', type: 'text', admin: { hidden: true } },
        { name: 'quiet', type: 'text', label: false },
        { name: 'hints', type: 'ui', admin: { components: { Field: '/x#X' } } },
        { name: 'done', type: 'text', label: six('Done') },
        { name: 'byPayload', type: 'text', label: ({ t }) => t('general:name') },
      ],
    },
    { slug: 'payload-things', fields: [{ name: 'x', type: 'text' }] },
  ],
  globals: [{ slug: 'settings', label: 'Settings', fields: [{ name: 'siteName', type: 'text' }] }],
})

describe('the walk through a configuration', () => {
  it('finds every place that shows a word, under its own key and its shared one', () => {
    const places = labelPlaces(sample(), localeCodes)
    expect(places.map(({ keys }) => keys)).toEqual([
      ['collections.things.singular'],
      ['collections.things.plural'],
      ['collections.things.description'],
      ['groups.stuff'],
      ['collections.things.fields.title.label', 'fields.title.label'],
      ['collections.things.fields.phone.label', 'fields.phone.label'],
      ['collections.things.fields.phone.description', 'fields.phone.description'],
      ['collections.things.fields.contacts.label', 'fields.contacts.label'],
      ['collections.things.fields.contacts.phone.label', 'fields.phone.label'],
      ['collections.things.fields.contacts.kind.label', 'fields.kind.label'],
      ['collections.things.fields.contacts.kind.options.a', 'fields.kind.options.a'],
      ['collections.things.fields.contacts.kind.options.b', 'fields.kind.options.b'],
      ['collections.things.fields.contacts.singular', 'fields.contacts.singular'],
      ['collections.things.fields.contacts.plural', 'fields.contacts.plural'],
      ['collections.things.fields.hotline.label', 'fields.hotline.label'],
      ['collections.things.fields.hotline.hours.label', 'fields.hours.label'],
      ['collections.things.fields.tabs.0.0.label'],
      ['collections.things.fields.inFirst.label', 'fields.inFirst.label'],
      ['collections.things.fields.second.label'],
      ['collections.things.fields.second.inSecond.label', 'fields.inSecond.label'],
      ['collections.things.fields.collapsible.0.label'],
      ['collections.things.fields.more.label', 'fields.more.label'],
      ['collections.things.fields.sections.label', 'fields.sections.label'],
      ['collections.things.fields.sections.blocks.story.singular', 'blocks.story.singular'],
      ['collections.things.fields.sections.blocks.story.plural', 'blocks.story.plural'],
      ['collections.things.fields.sections.blocks.story.headline.label', 'fields.headline.label'],
      ['globals.settings.label'],
      ['globals.settings.fields.siteName.label', 'fields.siteName.label'],
    ])
    // What each place holds today: the English of the file, or nothing (Payload would make one up).
    expect(
      places.find(({ keys }) => keys[0] === 'collections.things.fields.contacts.kind.options.b')?.current,
    ).toBe('Bee')
  })

  it('puts the words in place, own key first, in the per-language form Payload reads', () => {
    const table = (code: string): Record<string, string> => ({
      'fields.phone.label': `Phone ${code}`,
      'collections.things.fields.contacts.phone.label': `Contact phone ${code}`,
      'fields.kind.options.a': `A ${code}`,
      'blocks.story.singular': `Story ${code}`,
    })
    const walked = walkLabels(sample(), localeCodes, (keys, current) => {
      const words = Object.fromEntries(
        localeCodes.flatMap((code) => {
          const key = keys.find((candidate) => candidate in table(code))
          return key ? [[code, table(code)[key]]] : []
        }),
      )
      return Object.keys(words).length ? words : current
    })
    const fields = walked.collections[0]!.fields as unknown as Record<string, unknown>[]
    const row = fields[1] as { fields: { label: unknown }[] }
    expect(row.fields[0]!.label).toEqual(Object.fromEntries(localeCodes.map((c) => [c, `Phone ${c}`])))
    const contacts = fields[2] as { fields: { label?: unknown; options?: unknown }[] }
    expect(contacts.fields[0]!.label).toMatchObject({ kk: 'Contact phone kk', uz: 'Contact phone uz' })
    // A bare option becomes { value, label }; an option the tables lack keeps its English.
    expect(contacts.fields[1]!.options).toEqual([
      { value: 'a', label: Object.fromEntries(localeCodes.map((c) => [c, `A ${c}`])) },
      { value: 'b', label: 'Bee' },
    ])
    const blocks = fields[6] as { blocks: { labels: { singular: unknown } }[] }
    expect(blocks.blocks[0]!.labels.singular).toMatchObject({ ky: 'Story ky' })
    // Words already in every language, and Payload's own functions, are left as they are.
    expect(fields[10]!.label).toEqual(six('Done'))
    expect(typeof fields[11]!.label).toBe('function')
    // Payload's own collections are not Jol's to word.
    expect(walked.collections[1]!.fields[0]).not.toHaveProperty('label')
  })

  it('refuses two places with the same key', () => {
    const config = {
      collections: [
        { slug: 'twice', fields: [] },
        { slug: 'twice', fields: [] },
      ],
    }
    expect(() => labelPlaces(config, localeCodes)).toThrow(/collections\.twice\.singular/)
  })

  it('names a place without a word in some language, and a table key nothing reads', () => {
    const config = sample()
    const missing = unlabelledPlaces(config)
    expect(missing).toContain('collections.things.fields.title.label (en, ru, kk, ky, tg, uz)')
    expect(missing).not.toContain(expect.stringMatching(/^collections\.things\.fields\.done\./))
    const partly = walkLabels(config, localeCodes, (keys, current) =>
      keys[0] === 'globals.settings.label' ? { en: 'Settings', ru: 'Настройки' } : current,
    )
    expect(unlabelledPlaces(partly)).toContain('globals.settings.label (kk, ky, tg, uz)')

    const table: LabelTable = {
      'fields.phone.label': 'Phone',
      'collections.things.fields.contacts.phone.label': 'Contact phone',
      'fields.gone.label': 'A field since removed',
      'fields.hours.label': 'Hours',
      'collections.things.fields.hotline.hours.label': 'Hotline hours',
    }
    // `fields.hours.label` is shadowed by the hotline's own key wherever hours appear: unread too.
    expect(unusedKeys(config, table).sort()).toEqual(['fields.gone.label', 'fields.hours.label'])
  })
})

describe("Jol's admin labels", () => {
  it('give every collection, global, field, block and option a word in all six languages', () => {
    expect(unlabelledPlaces(built)).toEqual([])
  })

  it('are put in the built configuration in the per-language form', () => {
    const leaflets = built.collections.find((collection) => collection.slug === 'leaflets')!
    expect(leaflets.labels?.singular).toMatchObject({ en: 'Leaflet', kk: 'Парақша', uz: 'Varaqa' })
    const contacts = leaflets.fields.find((field) => 'name' in field && field.name === 'contacts')
    const phone = (contacts as { fields: { name: string; label: unknown }[] }).fields.find(
      (field) => field.name === 'phone',
    )
    expect(phone?.label).toEqual({
      en: 'Phone',
      ru: 'Телефон',
      kk: 'Телефон',
      ky: 'Телефон',
      tg: 'Телефон',
      uz: 'Telefon',
    })
    expect(calloutBlock.labels?.singular).toMatchObject({ en: 'Notice', kk: 'Ескерту блогы' })
    const kind = calloutBlock.fields[0] as { options: { value: string; label: unknown }[] }
    expect(kind.options[2]).toEqual({
      value: 'warning',
      label: {
        en: 'Warning',
        ru: 'Предупреждение',
        kk: 'Ескерту',
        ky: 'Эскертүү',
        tg: 'Огоҳӣ',
        uz: 'Ogohlantirish',
      },
    })
    const users = built.collections.find((collection) => collection.slug === 'users')!
    const locales = users.fields.find((field) => 'name' in field && field.name === 'translatorLocales')
    expect((locales as { options: { value: string; label: unknown }[] }).options[2]).toEqual({
      value: 'kk',
      label: Object.fromEntries(localeCodes.map((code) => [code, 'Қазақша (kk)'])),
    })
  })

  it('keep no key that no place reads any more', () => {
    for (const code of localeCodes) expect(unusedKeys(built, labelTables[code]), code).toEqual([])
  })

  it('have the same keys in every language, none left empty or in English', () => {
    const english = labelTables.en
    for (const code of localeCodes) {
      const table = labelTables[code]
      expect(Object.keys(table).sort(), code).toEqual(Object.keys(english).sort())
      for (const [key, word] of Object.entries(table)) {
        expect(word.trim(), `${code} ${key}`).not.toBe('')
        // Only codes and names every language writes alike (A4, CC BY 4.0) may stay as in English.
        if (code !== 'en' && !/^[A-Z0-9 .-]+$/.test(english[key]!)) {
          expect(word, `${code} ${key}`).not.toBe(english[key])
        }
      }
    }
  })

  it('name topics and audiences as the public site does', () => {
    const here = path.dirname(fileURLToPath(import.meta.url))
    for (const code of localeCodes) {
      const site = JSON.parse(
        fs.readFileSync(path.join(here, '../../site/src/translations', `${code}.json`), 'utf8'),
      ) as Record<string, string>
      const table = labelTables[code as LocaleCode]
      const vocabulary = Object.entries(table).filter(([key]) =>
        /^fields\.(topics?|audience)\.options\./.test(key),
      )
      expect(vocabulary.length, code).toBe(21)
      for (const [key, word] of vocabulary) {
        const [, field, value] = key.match(/^fields\.(topics?|audience)\.options\.(.+)$/)!
        const siteKey = `${field === 'audience' ? 'audience' : 'topic'}.${value}`
        expect(word, `${code} ${key}`).toBe(site[siteKey])
      }
    }
  })

  it("name the help directory's cities as content-schemas does, and its own fields in its own words", () => {
    const services = built.collections.find((collection) => collection.slug === 'services')!
    const rows = services.fields.filter((field) => field.type === 'row').flatMap((row) => row.fields)
    const field = (name: string) => rows.concat(services.fields).find((f) => 'name' in f && f.name === name)
    const city = field('city') as { options: { value: string; label: Record<string, string> }[] }
    expect(city.options.map((option) => option.value)).toEqual(cities.map((c) => c.id))
    for (const option of city.options) {
      const names = cities.find((c) => c.id === option.value)!.names
      for (const code of localeCodes)
        expect(option.label[code], code).toMatch(new RegExp(`^${names[code]} \\(`))
    }
    expect((city.options[0]!.label as Record<string, string>).kk).toBe('Алматы (Қазақстан)')
    // A field named like a shared one but meaning something else keeps its own words.
    expect((field('languages') as { label: unknown }).label).toMatchObject({ en: 'Languages spoken' })
    expect((field('hours') as { label: unknown }).label).toMatchObject({ en: 'Opening hours' })
  })

  it('leave a field just added with its own English until it is translated', () => {
    const added = withAdminLabels({
      collections: [{ slug: 'leaflets', fields: [{ name: 'brandNew', type: 'text', label: 'Brand new' }] }],
    })
    const field = added.collections[0]!.fields[0] as { label: unknown }
    expect(field.label).toBe('Brand new')
    expect(unlabelledPlaces(added)).toContain(
      'collections.leaflets.fields.brandNew.label (en, ru, kk, ky, tg, uz)',
    )
  })
})

describe("Jol's validators", () => {
  it("answer in the writer's admin language, as Payload's request gives it", async () => {
    const kk = await getLocalI18n({ config: sanitized, language: 'kk' as never })
    const uz = await getLocalI18n({ config: sanitized, language: 'uz' as never })
    expect(validatePhone('abc', { req: { t: kk.t } })).toBe(
      '«abc» телефон нөмірі емес (тек сандар, бос орындар, + және дефистер).',
    )
    expect(validateWebUrl('example.org', { req: { t: uz.t } })).toBe(
      '“example.org” https:// yoki http:// bilan boshlanadigan veb-manzil boʻlishi kerak.',
    )
    expect(validateLinkUrl('javascript:alert(1)', { req: { t: kk.t } })).toContain('«javascript:alert(1)»')
    expect(validatePhone('+7 701 234 56 78', { req: { t: kk.t } })).toBe(true)
  })

  it('answer in English without a request (scripts, the Local API without one)', () => {
    expect(validatePhone('abc')).toBe('"abc" is not a phone number (digits, spaces, + and hyphens only).')
  })

  it('have every message in every language, each showing what was typed', () => {
    for (const code of localeCodes) {
      expect(Object.keys(validationTexts[code]).sort(), code).toEqual(Object.keys(validationTexts.en).sort())
      for (const text of Object.values(validationTexts[code])) expect(text, code).toContain('{{value}}')
    }
  })
})
