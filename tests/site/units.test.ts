import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { enumLabels, locales } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

import { isRenderedFileLine } from '../../site/src/build-log'
import { escapeAngleBracketsInAttributes } from '../../site/src/lib/escape-attributes'
import { safeHref } from '../../site/src/lib/safe-href'
import { uiStringsProblems, uiStringsSchema } from '../../site/src/translations/schema'
import { siteDir } from './support'

/** The site's small pure parts, without a build: UI strings, their schema, Intl, and the last safety gates. */

const translationsDir = path.join(siteDir, 'src', 'translations')
const load = async (code: string) =>
  JSON.parse(await fs.readFile(path.join(translationsDir, `${code}.json`), 'utf8')) as Record<string, string>

describe('UI strings', () => {
  it('has a complete file for every locale of the registry', async () => {
    for (const locale of locales)
      expect(uiStringsProblems(locale.code, locale.tag, await load(locale.code)), locale.code).toEqual([])
  })

  it('a missing key, an empty string or an unknown key fails the schema, naming the file and key', async () => {
    const kk = await load('kk')
    delete kk['hotline.label']
    expect(uiStringsProblems('kk', 'kk', kk)).toEqual(['translations/kk.json: hotline.label: is missing'])
    const ru = { ...(await load('ru')), 'nav.blog': '  ' }
    expect(uiStringsProblems('ru', 'ru', ru)).toEqual(['translations/ru.json: nav.blog: is empty'])
    const uz = { ...(await load('uz')), 'nav.typo': 'x' }
    expect(uiStringsProblems('uz', 'uz-Latn', uz)[0]).toMatch(/unknown key\(s\) nav\.typo/)
  })

  it('requires the plural forms each language needs (Russian one/few/many/other)', async () => {
    const ru = await load('ru')
    delete ru['blog.count_few']
    expect(uiStringsProblems('ru', 'ru', ru)).toEqual(['translations/ru.json: blog.count_few: is missing'])
    expect(Object.keys(uiStringsSchema('ru').shape)).toContain('search.results_many')
    expect(Object.keys(uiStringsSchema('kk').shape)).not.toContain('search.results_many')
  })

  it('labels every topic and audience of the shared vocabularies', async () => {
    const en = await load('en')
    for (const topic of Object.keys(enumLabels.topic)) expect(en[`topic.${topic}`], topic).toBeTruthy()
    for (const audience of Object.keys(enumLabels.audience))
      expect(en[`audience.${audience}`], audience).toBeTruthy()
  })

  it('writes each language with its own letters', async () => {
    const letters: Record<string, RegExp> = { kk: /[әғқңөұүһі]/, ky: /[өүң]/, tg: /[ӣӯҳҷғқ]/, uz: /ʻ/ }
    for (const [code, re] of Object.entries(letters))
      expect(Object.values(await load(code)).join(' '), code).toMatch(re)
    // Uzbek Latin uses U+02BB for oʻ and gʻ, never an apostrophe or a backtick.
    expect(Object.values(await load('uz')).join(' ')).not.toMatch(/[oOgG]['`‘’]/)
  })

  it('pluralises through i18next with Intl.PluralRules in every language', async () => {
    // i18next as the site resolves it (the tests package does not depend on it).
    type I18n = {
      createInstance: () => {
        init: (options: object) => Promise<unknown>
        getFixedT: (lng: string) => (key: string, options: object) => string
      }
    }
    const { default: i18next } = (await import(
      createRequire(path.join(siteDir, 'package.json')).resolve('i18next')
    )) as { default: I18n }
    const instance = i18next.createInstance()
    await instance.init({
      resources: Object.fromEntries(
        await Promise.all(locales.map(async (l) => [l.code, { translation: await load(l.code) }])),
      ),
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      fallbackLng: false,
    })
    const t = (lng: string, count: number) => instance.getFixedT(lng)('blog.count', { count })
    expect([1, 2, 5, 21, 22, 25].map((n) => t('ru', n))).toEqual([
      '1 запись',
      '2 записи',
      '5 записей',
      '21 запись',
      '22 записи',
      '25 записей',
    ])
    expect([t('en', 1), t('en', 3)]).toEqual(['1 post', '3 posts'])
    expect(t('kk', 3)).toBe('3 жазба')
    expect(t('ky', 1)).toBe('1 жазма')
    expect(t('uz', 7)).toBe('7 ta maqola')
    // Intl has no plural data for Tajik and answers with English rules (one/other); Tajik uses the singular after numbers, so both forms are the same.
    expect(t('tg', 1)).toBe('1 навишта')
    expect(t('tg', 4)).toBe('4 навишта')
  })

  it('has date formats for every language in this Node’s Intl', () => {
    const date = new Date('2025-03-08T09:00:00Z')
    const fmt = (tag: string) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'Asia/Almaty' }).format(date)
    expect(fmt('kk')).toBe('2025 ж. 8 наурыз')
    expect(fmt('ky')).toBe('2025-ж., 8-март')
    expect(fmt('uz-Latn')).toBe('8-mart, 2025')
    expect(fmt('tg')).toMatch(/^0?8 Март 2025/)
    for (const l of locales)
      expect(new Intl.DateTimeFormat(l.tag).resolvedOptions().locale.split('-')[0]).toBe(l.tag.split('-')[0])
  })
})

describe('safety gates', () => {
  it('lets only http(s), mailto and tel links through', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1')
    expect(safeHref('mailto:a@example.org')).toBe('mailto:a@example.org')
    expect(safeHref('tel:+7 (800) 080-12-34')).toBe('tel:+78000801234')
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example',
      '/relative',
      'https://a b',
    ])
      expect(safeHref(bad), bad).toBeUndefined()
  })

  it('escapes angle brackets inside attribute values only', () => {
    const html =
      '<!doctype html><meta content="<script>x</script>"><p title="a > b">1 &lt; 2</p><script type="module" src="/s.js"></script><!-- <x> -->'
    expect(escapeAngleBracketsInAttributes(html)).toBe(
      '<!doctype html><meta content="&lt;script&gt;x&lt;/script&gt;"><p title="a &gt; b">1 &lt; 2</p><script type="module" src="/s.js"></script><!-- <x> -->',
    )
  })
})

describe('the build log', () => {
  const event = (label: string | null, message: string, newLine = true) =>
    ({ label, level: 'info', message, newLine }) as const
  const dim = (text: string) => `\u001b[2m${text}\u001b[22m`

  it('recognises the two parts of a rendered file’s line, coloured or not', () => {
    for (const part of [
      event(null, `  ├─ /kk/leaflets/school/index.html`, false),
      event(null, `  \u001b[34m├─\u001b[39m ${dim('/ru/index.html')}`, false),
      event('SKIP_FORMAT', ` ${dim('(+3ms)')} `),
      event('SKIP_FORMAT', ' (+1.25s) '),
      event('SKIP_FORMAT', ' (+1m 5s) '),
      event('SKIP_FORMAT', ' (cached)'),
    ])
      expect(isRenderedFileLine(part), part.message).toBe(true)
  })

  it('keeps every other line: phases, their times, pictures made, warnings, an empty response', () => {
    for (const line of [
      event('SKIP_FORMAT', ' generating static routes '),
      event(null, '✓ Completed in 21.94s.'),
      event('build', '7286 page(s) built in 25.00s'),
      event(null, '  ▶ /_astro/photo.webp (before: 2MB, after: 80kB) (+12ms) (1/4)'),
      event('SKIP_FORMAT', ' (+3ms) (file not created, response body was empty)'),
      { ...event('router', 'a route failed'), level: 'warn' as const },
      // A page's line is written without its end; a line with its end is someone else's.
      event(null, '  ├─ something else'),
    ])
      expect(isRenderedFileLine(line), line.message).toBe(false)
  })
})
