import fs from 'node:fs/promises'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { fallbackChain, localeCodes, locales, type LocaleCode } from '@jol/content-schemas'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addUnshownPicture, buildFixtureSnapshot, fixture, fixtureLines, hostile } from '../fixtures/snapshot'
import { mediaIdOf, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'
import type { Browser, Page } from 'playwright-core'

import { launchChromium } from '../support/browser'
import {
  buildSite,
  elementWith,
  fileOfPath,
  listFiles,
  pathOfFile,
  SITE_URL,
  tagsOf,
  textOf,
  type BuiltSite,
} from './support'

import uiEn from '../../site/src/translations/en.json'
import uiKk from '../../site/src/translations/kk.json'
import uiRu from '../../site/src/translations/ru.json'
import uiTg from '../../site/src/translations/tg.json'
import uiUz from '../../site/src/translations/uz.json'
import { generousCeilingMs } from '../support/wait'

/** One build of the fixture snapshot; every test reads the files it wrote. */

let site: BuiltSite
let input: SnapshotInput
let htmlFiles: string[]
const pages = new Map<string, string>()
const read = (urlPath: string) => {
  const html = pages.get(urlPath)
  if (html === undefined) throw new Error(`no page at ${urlPath}`)
  return html
}
const tagOf = (code: LocaleCode) => locales.find((l) => l.code === code)!.tag
const nativeName = (code: LocaleCode) => locales.find((l) => l.code === code)!.nativeName

type Section = 'leaflets' | 'press' | 'newsletters' | 'blog' | 'campaigns' | 'faq'
/** Independent of the site's code: which languages each entry was written in. */
function writtenLocales(): { section: Section; slug: string; written: LocaleCode[] }[] {
  const of = (section: Section, entries: { slug: string; translations: object }[]) =>
    entries.map((e) => ({ section, slug: e.slug, written: Object.keys(e.translations) as LocaleCode[] }))
  return [
    ...of('leaflets', input.leaflets),
    ...of('press', input['press-releases']),
    ...of('newsletters', input.newsletters),
    ...of('blog', input.posts),
    ...of('campaigns', input.campaigns),
    ...of('faq', input.questions),
  ]
}
const shownFor = (written: LocaleCode[], reader: LocaleCode) =>
  fallbackChain(reader).find((code) => written.includes(code))

/**
 * A picture no entry shows, whose bytes are no picture at all: a build reads only the pictures the
 * pages it renders show (lib/snapshot-pictures.ts), so it neither fails on it nor publishes it.
 */
const unshown = Buffer.from('not a picture, and shown nowhere')
const unshownId = mediaIdOf(unshown)

beforeAll(async () => {
  site = await buildSite(async (dir) => {
    input = await buildFixtureSnapshot()
    addUnshownPicture(input, unshown)
    await writeSnapshot(dir, input, new Date('2025-03-15T12:00:00Z'))
  })
  if (site.code !== 0) throw new Error(`astro build failed:\n${site.output}`)
  htmlFiles = await listFiles(site.outDir, '.html')
  for (const file of htmlFiles) pages.set(pathOfFile(site.outDir, file), await fs.readFile(file, 'utf8'))
  for (const file of await listFiles(site.outDir, '.xml'))
    if (path.basename(file).startsWith('sitemap')) sitemapFiles.set(file, await fs.readFile(file, 'utf8'))
})

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
})

describe('pages', () => {
  it('builds the chooser, and for every locale the home, the indexes, the search page and every entry page', () => {
    expect(pages.has('/')).toBe(true)
    for (const locale of localeCodes) {
      for (const p of [
        `/${locale}/`,
        `/${locale}/leaflets/`,
        `/${locale}/press/`,
        `/${locale}/newsletters/`,
        `/${locale}/blog/`,
        `/${locale}/blog/2/`,
        `/${locale}/blog/3/`,
        `/${locale}/search/`,
      ]) {
        expect(pages.has(p), p).toBe(true)
      }
      for (const entry of writtenLocales()) {
        const exists = pages.has(`/${locale}/${entry.section}/${entry.slug}/`)
        expect(exists, `/${locale}/${entry.section}/${entry.slug}/`).toBe(
          shownFor(entry.written, locale) !== undefined,
        )
      }
    }
  })

  it('lists the languages on / in their own names, each with its lang, without redirect or script', () => {
    const html = read('/')
    for (const l of locales) {
      expect(html).toContain(`<a href="/${l.code}/" hreflang="${l.tag}">`)
      expect(html).toMatch(
        new RegExp(
          `<li lang="${l.tag}"[^>]*>\\s*<a href="/${l.code}/"[^>]*>\\s*<strong>${l.nativeName}</strong>`,
        ),
      )
    }
    expect(html).not.toMatch(/http-equiv="refresh"|<script/i)
    // The chooser is the x-default of the home pages' cluster.
    expect(read('/kk/')).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE_URL}/">`)
  })

  it('shows no UI-string key in place of its text (a missing key stops the build instead)', () => {
    const keys = Object.keys(uiEn).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))
    for (const [p, html] of pages) {
      const text = textOf(html)
      for (const key of keys) expect(text.includes(key), `${p} shows ${key}`).toBe(false)
    }
  })

  it('sets <html lang dir> from the BCP-47 tag', () => {
    for (const locale of localeCodes) {
      expect(read(`/${locale}/`)).toMatch(new RegExp(`<html lang="${tagOf(locale)}" dir="ltr">`))
    }
    expect(read('/uz/blog/')).toContain('<html lang="uz-Latn" dir="ltr">')
  })

  it('paginates indexes newest first, 10 to a page, with plural counts in each language', () => {
    const titles = (html: string) =>
      [...html.matchAll(/<h2><a href="\/en\/blog\/([^/]+)\/">/g)].map((m) => m[1])
    const first = titles(read('/en/blog/'))
    expect(first).toHaveLength(10)
    expect(first[0]).toBe(fixture.sixLanguagePost)
    expect(first[1]).toBe(fixture.fallbackPost)
    expect(titles(read('/en/blog/3/'))).toHaveLength(8)
    expect(read('/en/blog/2/')).toContain('href="/en/blog/3/" rel="next"')
    const total = input.posts.length
    expect(textOf(read('/en/blog/'))).toContain(`${total} posts`)
    expect(textOf(read('/ru/blog/'))).toContain(`${total} записей`)
    expect(textOf(read('/kk/blog/'))).toContain(`${total} жазба`)
    expect(textOf(read('/uz/blog/'))).toContain(`${total} ta maqola`)
    expect(textOf(read('/ru/press/'))).toContain('2 пресс-релиза')
  })

  it('formats dates with Intl in each language', () => {
    const dates = (locale: LocaleCode) =>
      [
        ...read(`/${locale}/blog/${fixture.sixLanguagePost}/`).matchAll(
          /<time datetime="([^"]+)">([^<]+)<\/time>/g,
        ),
      ][0]!
    expect(dates('en')[2]).toBe('March 2, 2025')
    expect(dates('ru')[2]).toBe('2 марта 2025 г.')
    expect(dates('kk')[2]).toMatch(/2025 ж\. 2 наурыз/)
    expect(dates('ky')[2]).toMatch(/2025-ж\., 2-март/)
    expect(dates('uz')[2]).toMatch(/2-mart, 2025/)
    expect(dates('tg')[2]).toMatch(/Март 2025/)
  })
})

describe('fallback pages', () => {
  const post = fixture.fallbackPost

  it.each(fixture.fallbackPostMissing)(
    '/%s/ shows the Russian version with a notice in the reader’s language',
    (reader) => {
      const html = read(`/${reader}/blog/${post}/`)
      const notice = elementWith(html, 'p', 'data-fallback-notice')!
      const template = (reader === 'kk' ? uiKk : uiTg)['fallback.notice']
      expect(textOf(notice)).toBe(
        template.replace('{{language}}', nativeName(reader)).replace('{{shown}}', nativeName('ru')),
      )
      expect(notice).toContain(`<span lang="ru">Русский</span>`)
      expect(html).toContain(`<html lang="${tagOf(reader)}" dir="ltr">`)
      expect(html).toMatch(/<article class="entry entry-blog" lang="ru" dir="ltr">/)
      expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/ru/blog/${post}/">`)
      expect(html).not.toContain('hreflang="x-default"')
      expect(html).not.toMatch(/<link rel="alternate" hreflang=/)
      expect(html).not.toContain('data-pagefind-body')
    },
  )

  it('uses the English notice wording the brief gives', () => {
    const html = read(`/ru/leaflets/${fixture.englishOnlyLeaflet}/`)
    expect(textOf(elementWith(html, 'p', 'data-fallback-notice')!)).toBe(
      uiRu['fallback.notice'].replace('{{language}}', 'Русский').replace('{{shown}}', 'English'),
    )
    expect(uiEn['fallback.notice'].replace('{{language}}', 'Қазақша').replace('{{shown}}', 'Русский')).toBe(
      'This page is not yet available in Қазақша; it is shown in Русский.',
    )
  })

  it('falls back to English for a leaflet written only in English, in every other language', () => {
    for (const reader of localeCodes.filter((c) => c !== 'en')) {
      const html = read(`/${reader}/leaflets/${fixture.englishOnlyLeaflet}/`)
      expect(html).toContain('data-fallback-notice')
      expect(html).toMatch(/<article class="entry entry-leaflets" lang="en" dir="ltr">/)
      expect(html).toContain(
        `<link rel="canonical" href="${SITE_URL}/en/leaflets/${fixture.englishOnlyLeaflet}/">`,
      )
    }
    expect(read(`/en/leaflets/${fixture.englishOnlyLeaflet}/`)).not.toContain('data-fallback-notice')
  })

  it('real pages carry no notice, a self canonical and hreflang alternates without the fallback copies', () => {
    const html = read(`/ru/blog/${post}/`)
    expect(html).not.toContain('data-fallback-notice')
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/ru/blog/${post}/">`)
    const alternates = tagsOf(html).filter(
      (t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'),
    )
    expect(alternates.map((t) => t.attrs.get('hreflang')).sort()).toEqual(
      ['en', 'ky', 'ru', 'uz-Latn', 'x-default'].sort(),
    )
    expect(alternates.find((t) => t.attrs.get('hreflang') === 'x-default')!.attrs.get('href')).toBe(
      `${SITE_URL}/en/blog/${post}/`,
    )
  })

  it('every x-default points at a built page in a real language', () => {
    for (const [urlPath, html] of pages) {
      const xDefault = tagsOf(html).find((t) => t.name === 'link' && t.attrs.get('hreflang') === 'x-default')
      if (!xDefault) continue
      const target = new URL(xDefault.attrs.get('href')!).pathname
      expect(pages.has(target), `${urlPath} → ${target}`).toBe(true)
      expect(read(target), target).not.toContain('data-fallback-notice')
    }
  })

  it('indexes list fallback entries, marked as shown in another language', () => {
    const html = read('/kk/blog/')
    const item = new RegExp(`<li data-fallback="ru">\\s*<div lang="ru">\\s*<h2><a href="/kk/blog/${post}/">`)
    expect(html).toMatch(item)
    expect(textOf(html)).toContain(uiKk['fallback.marker'].replace('{{language}}', 'Русский'))
  })

  it('the language switcher links every language, names them natively and marks fallbacks', () => {
    const html = read(`/en/blog/${post}/`)
    const nav = elementWith(html, 'nav', 'class="switcher"')!
    for (const l of locales) expect(nav).toMatch(new RegExp(`lang="${l.tag}"[^>]*>${l.nativeName}</a>`))
    expect(nav).toMatch(
      /<a href="\/kk\/blog\/family-reunion-guide\/" hreflang="ru" lang="kk" data-fallback="ru">/,
    )
    expect(textOf(nav)).toContain('(shown in Русский)')
  })
})

const sitemapText = () => [...sitemapFiles.values()].join('\n')
const sitemapFiles = new Map<string, string>()

describe('sitemap and hreflang', () => {
  let sitemapUrls: { loc: string; links: { hreflang: string; href: string }[] }[]

  beforeAll(async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })
    const index = parser.parse(await fs.readFile(path.join(site.outDir, 'sitemap-index.xml'), 'utf8'))
    const maps = [index.sitemapindex.sitemap].flat() as { loc: string }[]
    sitemapUrls = []
    for (const map of maps) {
      const xml = await fs.readFile(path.join(site.outDir, new URL(map.loc).pathname), 'utf8')
      expect(XMLValidator.validate(xml)).toBe(true)
      for (const url of [parser.parse(xml).urlset.url].flat() as { loc: string; 'xhtml:link'?: unknown }[]) {
        const links = [url['xhtml:link'] ?? []].flat() as { hreflang: string; href: string }[]
        sitemapUrls.push({ loc: url.loc, links })
      }
    }
  })

  it('lists real pages only: no fallback page, no search page, every URL built', () => {
    expect(sitemapUrls.length).toBeGreaterThan(50)
    for (const { loc } of sitemapUrls) {
      const p = new URL(loc).pathname
      expect(pages.has(p), loc).toBe(true)
      expect(read(p), loc).not.toContain('data-fallback-notice')
      expect(p).not.toMatch(/\/search\/$/)
    }
    const locs = new Set(sitemapUrls.map((u) => new URL(u.loc).pathname))
    expect(locs.has(`/kk/blog/${fixture.fallbackPost}/`)).toBe(false)
    expect(locs.has(`/ru/blog/${fixture.fallbackPost}/`)).toBe(true)
    expect(locs.has(`/ru/leaflets/${fixture.englishOnlyLeaflet}/`)).toBe(false)
    // Every real entry page is in it.
    for (const entry of writtenLocales())
      for (const code of entry.written)
        expect(locs.has(`/${code}/${entry.section}/${entry.slug}/`), `${code} ${entry.slug}`).toBe(true)
  })

  it('gives every page in the sitemap a description (search results and shared links show it)', () => {
    for (const { loc } of sitemapUrls) {
      const html = read(new URL(loc).pathname)
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]
      expect(description?.trim(), loc).toBeTruthy()
    }
  })

  it('sitemap alternates are real pages, with the locales’ BCP-47 tags', () => {
    const entry = sitemapUrls.find((u) => u.loc === `${SITE_URL}/ru/blog/${fixture.fallbackPost}/`)!
    expect(entry.links.map((l) => l.hreflang).sort()).toEqual(['en', 'ky', 'ru', 'uz-Latn'])
    for (const u of sitemapUrls)
      for (const link of u.links) expect(pages.has(new URL(link.href).pathname)).toBe(true)
  })

  it('every hreflang alternate of every page points to a real page that links back', () => {
    let checked = 0
    for (const [urlPath, html] of pages) {
      const self = `${SITE_URL}${urlPath}`
      const alternates = tagsOf(html).filter(
        (t) =>
          t.name === 'link' &&
          t.attrs.get('rel') === 'alternate' &&
          t.attrs.has('hreflang') &&
          t.attrs.get('hreflang') !== 'x-default',
      )
      for (const alt of alternates) {
        const target = new URL(alt.attrs.get('href')!)
        expect(target.origin).toBe(SITE_URL)
        const targetHtml = read(target.pathname)
        expect(targetHtml, target.pathname).not.toContain('data-fallback-notice')
        expect(targetHtml).toContain(`<html lang="${alt.attrs.get('hreflang')}"`)
        const back = tagsOf(targetHtml)
          .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'))
          .map((t) => t.attrs.get('href'))
        expect(back, `${target.pathname} → ${urlPath}`).toContain(self)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})

describe('listening', () => {
  const entryPaths = () =>
    writtenLocales().flatMap((e) => e.written.map((code) => `/${code}/${e.section}/${e.slug}/`))

  it('every entry page ends with the feedback form (to the CMS, back to a thank-you page in its language) and share links tagged ?src=share', () => {
    for (const p of entryPaths()) {
      const html = read(p)
      const locale = p.split('/')[1]
      expect(html, p).toContain('action="http://localhost:3000/api/feedback/answer"')
      expect(html, p).toContain(`name="return" value="${SITE_URL}/${locale}/feedback/thanks/"`)
      expect(html, p).toMatch(/name="website"/)
      const share = encodeURIComponent(`${SITE_URL}${p}?src=share`)
      expect(html, p).toContain(`https://t.me/share/url?url=${share}`)
      expect(html, p).toContain(`mailto:?subject=`)
    }
    for (const code of localeCodes) expect(pages.has(`/${code}/feedback/thanks/`), code).toBe(true)
  })

  it('canonical URLs, hreflang, the sitemap and the site’s own links never carry ?src=', () => {
    for (const [urlPath, html] of pages) {
      for (const tag of tagsOf(html)) {
        if (tag.name === 'link') expect(tag.attrs.get('href') ?? '', urlPath).not.toContain('src=')
        const href = tag.attrs.get('href') ?? ''
        if (tag.name === 'a' && (href.startsWith('/') || href.startsWith(SITE_URL)))
          expect(href, urlPath).not.toContain('src=')
      }
    }
    expect(sitemapText()).not.toContain('src=')
  })
})

describe('questions', () => {
  const ui = { en: uiEn, kk: uiKk, ru: uiRu, tg: uiTg, uz: uiUz } as Partial<
    Record<LocaleCode, Record<string, string>>
  >

  it('has an "Ask a question" page per locale: a plain form to the CMS, back to a thank-you page in its language', () => {
    for (const code of localeCodes) {
      const html = read(`/${code}/ask/`)
      const form = tagsOf(html).find((t) => t.name === 'form' && t.attrs.has('data-ask'))
      expect(form?.attrs.get('method'), code).toBe('post')
      expect(form?.attrs.get('action'), code).toBe('http://localhost:3000/api/questions/ask')
      expect(html, code).toContain(`name="return" value="${SITE_URL}/${code}/ask/thanks/"`)
      expect(html, code).toContain(`name="locale" value="${code}"`)
      for (const name of ['question', 'country', 'city', 'topic', 'contact', 'website'])
        expect(html, `${code} ${name}`).toMatch(new RegExp(`name="${name}"`))
      expect(html, code).toMatch(/<input type="checkbox" name="consent" value="yes"\s*\/?>/)
      expect(html, code).not.toMatch(/name="consent"[^>]*checked/)
      for (const topic of input.questions.map((q) => q.topic))
        expect(html, `${code} ${topic}`).toContain(`<option value="${topic}">`)
      const strings = ui[code]
      if (strings) expect(textOf(html), code).toContain(strings['ask.warning'])
      expect(pages.has(`/${code}/ask/thanks/`), code).toBe(true)
      // Every page links to it from the footer.
      expect(read(`/${code}/`), code).toContain(`href="/${code}/ask/"`)
    }
  })

  it('has a FAQ per locale grouped by topic, each answer in the reader’s language or the first of its fallback chain', () => {
    const topics = (html: string) => [...html.matchAll(/data-faq-topic="([^"]+)"/g)].map((m) => m[1])
    // The vocabulary's order: children's rights before employment.
    expect(topics(read('/en/faq/'))).toEqual(['children-rights', 'employment'])
    const tg = read('/tg/faq/')
    expect(textOf(tg)).toContain(fixture.faq.patent.tg)
    expect(textOf(tg)).toContain('Ба хати боварӣ занг занед.')
    expect(tg).toContain(`href="/tg/faq/${fixture.faq.patent.slug}/"`)
    // Kazakh falls back to Russian for the patent answer and to English for the school one, and says so.
    const kk = read('/kk/faq/')
    expect(textOf(kk)).toContain(fixture.faq.patent.ru)
    expect(kk).toMatch(/data-fallback="ru" lang="ru"/)
    expect(kk).toMatch(/data-fallback="en" lang="en"/)
    expect(textOf(kk)).toContain(uiKk['topic.employment'])
    for (const code of localeCodes) expect(textOf(read(`/${code}/faq/`)), code).not.toContain('Россия')
  })

  it('gives each answer its own page, with the usual fallback notice and feedback form', () => {
    const page = read(`/kk/faq/${fixture.faq.patent.slug}/`)
    expect(page).toContain('data-fallback-notice')
    expect(textOf(page)).toContain(fixture.faq.patent.ru)
    expect(read(`/tg/faq/${fixture.faq.patent.slug}/`)).not.toContain('data-fallback-notice')
    expect(page).toContain('action="http://localhost:3000/api/feedback/answer"')
    expect(page).toContain('name="collection" value="questions"')
  })

  it('keeps the thank-you page out of the sitemap and the FAQ and ask pages in it', () => {
    const text = sitemapText()
    expect(text).not.toContain('/ask/thanks/')
    expect(text).toContain(`${SITE_URL}/tg/ask/`)
    expect(text).toContain(`${SITE_URL}/tg/faq/`)
  })
})

describe('RSS', () => {
  const parser = new XMLParser({ ignoreAttributes: false })
  const feed = async (locale: LocaleCode, section: 'press' | 'blog') => {
    const xml = await fs.readFile(path.join(site.outDir, locale, section, 'rss.xml'), 'utf8')
    expect(XMLValidator.validate(xml), `${locale}/${section}`).toBe(true)
    const channel = parser.parse(xml).rss.channel
    return {
      channel,
      items: [channel.item ?? []].flat() as { title: string; link: string; pubDate: string }[],
    }
  }

  it('has a valid feed per locale with only the real translations, newest first', async () => {
    for (const locale of localeCodes) {
      for (const section of ['press', 'blog'] as const) {
        const { channel, items } = await feed(locale, section)
        expect(channel.language).toBe(tagOf(locale))
        const entries = section === 'press' ? input['press-releases'] : input.posts
        const expected = entries
          .filter((e) => e.translations[locale])
          .map((e) => `${SITE_URL}/${locale}/${section}/${e.slug}/`)
        expect(items.map((i) => i.link).sort()).toEqual(expected.sort())
        const dates = items.map((i) => Date.parse(i.pubDate))
        expect([...dates].sort((a, b) => b - a)).toEqual(dates)
      }
    }
    const kk = await feed('kk', 'press')
    expect(kk.items.map((i) => i.title)).toEqual(['Қысқы науқан бес елде басталады'])
    expect((await feed('kk', 'blog')).items.map((i) => i.link)).not.toContain(
      `${SITE_URL}/kk/blog/${fixture.fallbackPost}/`,
    )
    expect((await feed('en', 'blog')).items).toHaveLength(input.posts.length)
  })
})

describe('safety and weight', () => {
  // Outbound links written by editors (rich text, help contacts, footer contacts): the only other origins allowed, and only in <a href>.
  const allowedOutbound = new Set<string>([fixture.outboundLink, ...fixture.contactUrls])

  it('has no script except the search page’s local one', () => {
    for (const [urlPath, html] of pages) {
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])
      if (/^\/[a-z]+\/search\/$/.test(urlPath))
        expect(scripts, urlPath).toEqual(['<script type="module" src="/search.js">'])
      else expect(scripts, urlPath).toEqual([])
    }
  })

  it('references no other origin: src, href, srcset, CSS url() are same-origin (outbound links only from content)', async () => {
    const sameOrigin = (value: string) =>
      value.startsWith('/') ||
      value.startsWith('#') ||
      value.startsWith(`${SITE_URL}/`) ||
      value === SITE_URL ||
      !/^[a-z][a-z0-9+.-]*:/i.test(value)
    for (const [urlPath, html] of pages) {
      for (const tag of tagsOf(html)) {
        for (const attr of ['src', 'href', 'srcset', 'poster', 'action', 'data']) {
          const value = tag.attrs.get(attr)
          if (value === undefined) continue
          const urls = attr === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value]
          for (const url of urls) {
            if (sameOrigin(url)) continue
            if (
              tag.name === 'a' &&
              attr === 'href' &&
              (/^(tel|mailto):/.test(url) || allowedOutbound.has(url))
            )
              continue
            // The help directory: a service's messengers, map app (geo:) and website.
            if (
              tag.name === 'a' &&
              attr === 'href' &&
              urlPath.includes('/help/') &&
              (/^https:\/\/(wa\.me\/\d+|t\.me\/\w+|signal\.me\/#p\/\+\d+)$/.test(url) ||
                /^geo:/.test(url) ||
                input.services.some((service) => service.website === url))
            )
              continue
            // Share links (the messengers' own share pages) and the feedback form, posted to the CMS.
            if (tag.name === 'a' && attr === 'href' && /^https:\/\/(t\.me\/share\/url|wa\.me\/)\?/.test(url))
              continue
            if (
              tag.name === 'form' &&
              attr === 'action' &&
              url === 'http://localhost:3000/api/feedback/answer'
            )
              continue
            if (tag.name === 'form' && attr === 'action' && url === 'http://localhost:3000/api/questions/ask')
              continue
            throw new Error(`${urlPath}: <${tag.name} ${attr}="${url}"> leaves the site`)
          }
        }
        const content = tag.name === 'meta' ? tag.attrs.get('content') : undefined
        if (content && /^https?:/.test(content))
          expect(content.startsWith(`${SITE_URL}/`), `${urlPath} meta ${content}`).toBe(true)
      }
      const styles = [...html.matchAll(/style="([^"]*)"/g)].map((m) => m[1])
      expect(styles.join(''), urlPath).not.toMatch(/url\(/)
    }
    const css = await listFiles(site.outDir, '.css')
    const ours = css.filter((f) => !f.includes(`${path.sep}pagefind${path.sep}`))
    expect(ours).toHaveLength(1)
    for (const file of css) {
      for (const m of (await fs.readFile(file, 'utf8')).matchAll(/url\(\s*['"]?([^'")]+)/g))
        expect(sameOrigin(m[1]!) || m[1]!.startsWith('data:'), `${file}: ${m[1]}`).toBe(true)
    }
  })

  it('links exactly one small stylesheet on every page', async () => {
    for (const [urlPath, html] of pages) {
      const sheets = tagsOf(html).filter((t) => t.name === 'link' && t.attrs.get('rel') === 'stylesheet')
      expect(sheets, urlPath).toHaveLength(1)
      expect(html).not.toMatch(/<style[\s>]/)
    }
    const [css] = await listFiles(path.join(site.outDir, '_astro'), '.css')
    expect(gzipSync(await fs.readFile(css!)).length).toBeLessThan(3000)
  })

  it('renders hostile text inert: no script, no event handler, no javascript: anywhere', () => {
    for (const [urlPath, html] of pages) {
      for (const tag of tagsOf(html)) {
        for (const [name, value] of tag.attrs) {
          expect(name.startsWith('on'), `${urlPath}: <${tag.name} ${name}>`).toBe(false)
          if (['href', 'src', 'srcset', 'action', 'formaction'].includes(name))
            expect(value.trim().toLowerCase().startsWith('javascript:'), `${urlPath}: ${name}=${value}`).toBe(
              false,
            )
        }
        expect(['svg', 'iframe', 'object', 'embed'].includes(tag.name), `${urlPath}: <${tag.name}>`).toBe(
          false,
        )
      }
    }
    const html = read(`/en/leaflets/${fixture.hostileLeaflet}/`)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Know your rights')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Read this first')
    expect(html).toContain(hostile.javascriptText)
    expect(textOf(html)).toContain(hostile.htmlKeyMessage)
    // The alt text with a quote stays inside its attribute.
    const press = read(`/en/press/${fixture.releaseWithPhotos}/`)
    const img = tagsOf(press).find((t) => t.name === 'img' && t.attrs.get('alt') === hostile.svgAlt)
    expect(img).toBeDefined()
    expect(press).toContain('alt="Press conference &quot;&gt;&lt;svg onload=alert(1)&gt;"')
    for (const [urlPath, html] of pages)
      expect(html.match(/<(script|svg|img src=x)\b/gi) ?? [], urlPath).toEqual(
        /\/search\/$/.test(urlPath) ? ['<script'] : [],
      )
  })

  it('shows the hotline as a tel: link on every page, before the site header and its menu', () => {
    for (const [urlPath, html] of pages) {
      const hotline = elementWith(html, 'aside', 'class="hotline"')
      expect(hotline, urlPath).toBeDefined()
      expect(hotline).toContain(`href="${fixture.hotlineTel}"`)
      const header = html.indexOf('<header')
      if (header >= 0) expect(html.indexOf('class="hotline"'), urlPath).toBeLessThan(header)
    }
    expect(read('/ru/').includes('Горячая линия для мигрантов')).toBe(true)
    expect(elementWith(read('/en/'), 'footer', 'class="site-footer"')).toContain(
      'mailto:hello@jol.example.org',
    )
  })

  it('is accessible in structure: skip link, landmarks, one h1', () => {
    for (const [urlPath, html] of pages) {
      if (urlPath === '/' || urlPath === '/404.html') continue
      expect(html, urlPath).toContain('<a class="skip" href="#main">')
      for (const landmark of ['<header', '<nav', '<main id="main"', '<footer'])
        expect(html, `${urlPath} ${landmark}`).toContain(landmark)
      expect([...html.matchAll(/<h1[\s>]/g)], urlPath).toHaveLength(1)
    }
  })

  it('reports the gzip weight of one page of each type (HTML + CSS)', async () => {
    const [cssFile] = await listFiles(path.join(site.outDir, '_astro'), '.css')
    const css = gzipSync(await fs.readFile(cssFile!)).length
    const sample = {
      chooser: '/',
      home: '/ru/',
      index: '/ru/blog/',
      leaflet: `/ru/leaflets/${fixture.fullLeaflet}/`,
      press: `/ru/press/${fixture.releaseWithPhotos}/`,
      newsletter: '/ru/newsletters/spring-issue/',
      post: `/kk/blog/${fixture.fallbackPost}/`,
      search: '/ru/search/',
      campaign: `/kk/campaigns/${fixture.campaign}/`,
      topic: '/kk/topics/children-rights/',
    }
    const sizes: Record<string, { html: number; css: number }> = {}
    for (const [kind, p] of Object.entries(sample)) {
      const html = gzipSync(read(p)).length
      sizes[kind] = { html, css }
      expect(html + css, kind).toBeLessThan(14_000)
    }
    console.log('gzip bytes (HTML, CSS):', JSON.stringify(sizes))
  })
})

describe('the build log', () => {
  it('says what Astro did and how long each phase took, without a line for each file it rendered', () => {
    expect(site.output).toContain('generating static routes')
    expect(site.output).toMatch(/Completed in [\d.]+m?s/)
    expect(site.output).toMatch(/\d+ page\(s\) built in/)
    // Jol's integrations still speak through Astro's logger.
    expect(site.output).toMatch(/entry keys hashed: \d+/)
    expect(site.output).not.toContain('├─')
    expect(site.output).not.toMatch(/^\s*\(\+[\d.]+m?s\)/m)
  })
})

describe('campaigns and topics', () => {
  const campaignPage = (locale: LocaleCode) => read(`/${locale}/campaigns/${fixture.campaign}/`)

  it('a campaign page shows its slogan, key messages, the hotline, its leaflets with their PDFs, releases, posts and partners', () => {
    const html = campaignPage('en')
    const text = textOf(html)
    expect(elementWith(html, 'h1', '')).toContain('Every child counts')
    expect(text).toContain('School is a right, whatever your papers say')
    for (const message of ['Every child can go to school.', 'The hotline is free and confidential.'])
      expect(text).toContain(message)
    const main = elementWith(html, 'main', 'id="main"')!
    expect(main).toContain(`class="button button-call" href="${fixture.hotlineTel}"`)
    expect(main).toContain(`href="/en/leaflets/${fixture.fullLeaflet}/"`)
    expect(main).toMatch(
      new RegExp(
        `<a class="button button-pdf" href="/en/leaflets/${fixture.fullLeaflet}.pdf" type="application/pdf"`,
      ),
    )
    expect(main).toContain(`href="/en/press/${fixture.campaignMembers.press[0]}/"`)
    expect(main).toContain(`href="/en/blog/${fixture.campaignMembers.blog[0]}/"`)
    // Entries of other campaigns or none are not listed.
    expect(main).not.toContain(`/en/leaflets/${fixture.englishOnlyLeaflet}/`)
    expect(main).toContain(`href="${fixture.outboundLink}"`)
    expect(text).toContain('Rodnik')
    expect(text).toContain('Almaty, Astana')
  })

  it('is in the campaign’s colour, from the one stylesheet (no inline style)', async () => {
    expect(campaignPage('en')).toContain(`data-campaign="${fixture.campaign}"`)
    expect(campaignPage('en')).not.toMatch(/\sstyle=/)
    const [cssFile] = await listFiles(path.join(site.outDir, '_astro'), '.css')
    const css = (await fs.readFile(cssFile!, 'utf8')).replace(/[\s"']/g, '')
    expect(css).toContain(`[data-campaign=${fixture.campaign}]{--campaign:${fixture.campaignColour}}`)
  })

  it('a campaign page exists in every language: real in en, ru, kk, a fallback with its notice elsewhere', () => {
    for (const code of ['en', 'ru', 'kk'] as const)
      expect(campaignPage(code), code).not.toContain('data-fallback-notice')
    expect(textOf(campaignPage('kk'))).toContain('Әр бала маңызды')
    for (const code of ['ky', 'tg', 'uz'] as const)
      expect(campaignPage(code), code).toContain('data-fallback-notice')
    // Its lists speak the reader's language: the Uzbek page lists the Uzbek leaflet.
    expect(campaignPage('uz')).toContain(`href="/uz/leaflets/${fixture.fullLeaflet}.pdf"`)
  })

  it('a topic page gathers every kind of content on that topic, newest first, and entries link to their topics', () => {
    const html = read('/en/topics/children-rights/')
    expect(textOf(elementWith(html, 'h1', '')!)).toContain(uiEn['topic.children-rights'])
    const links = [
      ...elementWith(html, 'main', 'id="main"')!.matchAll(
        /<a href="(\/en\/(?:leaflets|blog|press|newsletters)\/[^"]+\/)"/g,
      ),
    ].map((m) => m[1])
    const expected = [
      ...input.leaflets
        .filter((l) => l.topics.includes('children-rights'))
        .map((l) => ({ path: `/en/leaflets/${l.slug}/`, date: l.updatedAt })),
      ...input.posts
        .filter((p) => p.topics.includes('children-rights'))
        .map((p) => ({ path: `/en/blog/${p.slug}/`, date: p.publishDate })),
      ...input['press-releases']
        .filter((r) => r.topics.includes('children-rights'))
        .map((r) => ({ path: `/en/press/${r.slug}/`, date: r.releaseDate })),
      ...input.newsletters
        .filter((n) => n.topics.includes('children-rights'))
        .map((n) => ({ path: `/en/newsletters/${n.slug}/`, date: n.date })),
    ].sort((a, b) => b.date.localeCompare(a.date))
    // Every kind of content is there: leaflets, posts, press releases and newsletters.
    expect(new Set(expected.map((e) => e.path.split('/')[2])).size).toBe(4)
    expect(links).toEqual(expected.map((e) => e.path))
    // Ten to a page, like the indexes: the weekly notes fill several pages of "safe migration".
    const safe =
      input.posts.filter((p) => p.topics.includes('safe-migration') && p.translations.en).length +
      input.leaflets.filter((l) => l.topics.includes('safe-migration')).length
    expect(safe).toBeGreaterThan(20)
    expect([
      ...elementWith(read('/en/topics/safe-migration/'), 'ul', 'class="entries"')!.matchAll(/<li[\s>]/g),
    ]).toHaveLength(10)
    expect(read('/en/topics/safe-migration/')).toContain('href="/en/topics/safe-migration/2/" rel="next"')
    expect(pages.has(`/en/topics/safe-migration/${Math.ceil(safe / 10)}/`)).toBe(true)
    expect(read(`/en/leaflets/${fixture.fullLeaflet}/`)).toContain('<a href="/en/topics/children-rights/">')
    expect(read(`/en/blog/${fixture.sixLanguagePost}/`)).toContain('<a href="/en/topics/employment/">')
    expect(read(`/en/press/${fixture.releaseWithPhotos}/`)).toContain(
      '<a href="/en/topics/children-rights/">',
    )
    expect(read('/en/newsletters/spring-issue/')).toContain('<a href="/en/topics/children-rights/">')
  })

  it('the home page leads with help (the hotline first), then topics, running campaigns, then the latest', () => {
    const main = elementWith(read('/en/'), 'main', 'id="main"')!
    const at = (needle: string) => {
      const index = main.indexOf(needle)
      expect(index, needle).toBeGreaterThanOrEqual(0)
      return index
    }
    const order = [
      at(`href="${fixture.hotlineTel}"`),
      at('id="home-topics"'),
      at('href="/en/topics/children-rights/"'),
      at('id="home-campaigns"'),
      at(`href="/en/campaigns/${fixture.campaign}/"`),
      at('class="latest"'),
    ]
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // The content-type indexes stay.
    expect(pages.has('/en/press/')).toBe(true)
    expect(pages.has('/en/campaigns/')).toBe(true)
  })

  it('the sitemap calls / x-default, never a second English page', () => {
    const text = sitemapText()
    expect(text).toMatch(new RegExp(`hreflang="x-default"\\s+href="${SITE_URL}/"`))
    expect(text).not.toMatch(new RegExp(`hreflang="en"\\s+href="${SITE_URL}/"`))
  })

  it('the 404 page has one h1, in every language', () => {
    const html = read('/404.html')
    const h1s = [...html.matchAll(/<h1[\s>]/g)]
    expect(h1s).toHaveLength(1)
    for (const l of locales) expect(elementWith(html, 'h1', '')).toContain(`lang="${l.tag}"`)
  })
})

describe('content', () => {
  it('renders every rich-text node type', () => {
    const html = read(`/en/leaflets/${fixture.fullLeaflet}/`)
    const prose = html.slice(html.indexOf('<div class="prose">'))
    const r = fixture.richText
    expect(prose).toMatch(/<p>Your child has the right/)
    expect(prose).toMatch(/<h2>School is a right for every child<\/h2>/)
    expect(prose).toContain(`<h3>${r.heading3}</h3>`)
    expect(prose).toContain(`<h4>${r.heading4}</h4>`)
    expect(prose).toContain(`<blockquote><p>${r.quote}</p></blockquote>`)
    expect(prose).toMatch(/<ul>\s*<li>\s*Proof of address\s*<ol>\s*<li>\s*a birth certificate, even a copy/)
    expect(prose).toContain('<strong>Bold words</strong>')
    expect(prose).toContain('<em>italic words</em>')
    expect(prose).toContain('<strong><em>both at once</em></strong>')
    expect(prose).toMatch(/<br>\s*After a line break/)
    expect(prose).toContain(
      `<a href="${fixture.outboundLink}" rel="noreferrer noopener">UNICEF on education</a>`,
    )
    expect(prose).toContain('<a href="mailto:help@jol.example.org">')
    expect(prose).toContain(`<a href="${fixture.hotlineTel}">the hotline</a>`)
    expect(prose).toMatch(/<figure class="picture">\s*<picture>/)
    expect(prose).toMatch(
      new RegExp(
        `<aside class="callout callout-hotline"[^>]*>[\\s\\S]*${r.calloutTitle}[\\s\\S]*${r.calloutText}[\\s\\S]*href="tel:\\+78000801234"`,
      ),
    )
    expect(prose).toContain('callout callout-warning')
    expect(prose).toContain('callout callout-info')
  })

  it('publishes a picture’s versions, never its full-resolution original, and nothing of a picture no page shows', async () => {
    const published = await fs.readdir(path.join(site.outDir, '_astro'))
    for (const media of input.media) {
      const [stem, ext] = path.basename(media.file).split('.')
      expect(published, media.file).not.toContain(`${stem}.${ext}`)
      if (media.id === unshownId) expect(published.filter((file) => file.includes(media.id))).toEqual([])
    }
    const shown = input.media.find((m) => m.id !== unshownId && m.mimeType === 'image/jpeg')!
    expect(
      published.filter((file) => file.startsWith(`${shown.id}_`) && file.endsWith('.avif')).length,
    ).toBeGreaterThan(0)
    for (const [urlPath, html] of pages) expect(html, urlPath).not.toContain(unshownId)
  })

  it('serves pictures as AVIF and WebP at several widths with dimensions, credit and alt in the language shown', () => {
    const html = read(`/kk/blog/${fixture.fallbackPost}/`)
    const figures = [...html.matchAll(/<figure class="picture">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!)
    expect(figures.length).toBe(2)
    for (const [i, figure] of figures.entries()) {
      const tags = tagsOf(figure)
      const sources = tags.filter((t) => t.name === 'source')
      expect(sources.map((s) => s.attrs.get('type'))).toEqual(['image/avif', 'image/webp'])
      for (const s of sources) {
        expect(s.attrs.get('srcset')!.split(',').length).toBeGreaterThanOrEqual(3)
        expect(s.attrs.get('sizes')).toBeTruthy()
      }
      const img = tags.find((t) => t.name === 'img')!
      expect(Number(img.attrs.get('width'))).toBeGreaterThan(0)
      expect(Number(img.attrs.get('height'))).toBeGreaterThan(0)
      expect(img.attrs.get('alt')).toBe('Дети идут в школу зимой') // Russian, the language shown
      expect(img.attrs.get('loading')).toBe(i === 0 ? 'eager' : 'lazy')
      expect(textOf(figure)).toContain('Фото: Jol / Aida Nurlanova')
    }
  })

  it('takes alt text along the fallback chain and marks its language', () => {
    const html = read(`/kk/leaflets/${fixture.fullLeaflet}/`)
    // The hotline card has English alt text only: kk → ru → en.
    expect(html).toContain('alt="A card with the hotline number" lang="en"')
  })

  it('has Open Graph tags with locale and image', () => {
    const html = read(`/ru/press/${fixture.releaseWithPhotos}/`)
    expect(html).toContain('<meta property="og:title" content="Зимняя кампания стартует в пяти странах">')
    expect(html).toContain('<meta property="og:locale" content="ru_RU">')
    expect(html).toContain('<meta property="og:locale:alternate" content="kk_KZ">')
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="${SITE_URL}/_astro/[^"]+\\.jpg">`))
    expect(read(`/uz/press/${fixture.releaseWithoutPhotos}/`)).not.toContain('og:image')
    expect(read(`/uz/press/${fixture.releaseWithoutPhotos}/`)).toContain('content="uz_UZ"')
  })

  it('shows newsletters with stories, events and calls to action', () => {
    const html = read('/ky/newsletters/spring-issue/')
    expect(html).toContain(`<a href="/ky/blog/${fixture.fallbackPost}/">`)
    expect(html).toContain(`href="${fixture.hotlineTel}"`)
    expect(textOf(html)).toContain('Мигранттар борборунда ачык эшиктер күнү')
  })
})

describe('in a real browser (Chromium)', () => {
  let server: http.Server
  let origin: string
  let browser: Browser
  const external: string[] = []
  const watch = (page: Page) =>
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) external.push(r.url())
    })

  beforeAll(async () => {
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8',
      '.js': 'text/javascript',
      '.css': 'text/css',
      '.json': 'application/json',
      '.svg': 'image/svg+xml',
      '.wasm': 'application/wasm',
    }
    server = http.createServer(async (req, res) => {
      const urlPath = decodeURIComponent(new URL(req.url!, 'http://x').pathname)
      const file = fileOfPath(site.outDir, urlPath)
      try {
        const body = await fs.readFile(file)
        res
          .writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
          .end(body)
      } catch {
        res.writeHead(404).end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    server?.close()
    // Nothing any page did reached another origin.
    expect(external).toEqual([])
  })

  it('finds pages in the reader’s language with search', async () => {
    const page = await browser.newPage()
    watch(page)
    await page.goto(`${origin}/ru/search/?q=${encodeURIComponent('школу')}`)
    await page.waitForSelector('[data-search-results] li a', { timeout: generousCeilingMs })
    const links = await page.$$eval('[data-search-results] li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link.startsWith('/ru/')).toBe(true)
    expect(await page.textContent('[data-search-status]')).toMatch(/результат/)
    // Kazakh search finds the Kazakh leaflet, never the Russian fallback copy of a post.
    await page.goto(`${origin}/kk/search/?q=${encodeURIComponent('мектепке')}`)
    await page.waitForSelector('[data-search-results] li a', { timeout: generousCeilingMs })
    const kk = await page.$$eval('[data-search-results] li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    expect(kk).toContain(`/kk/leaflets/${fixture.fullLeaflet}/`)
    expect(kk.some((p) => p.includes(fixture.fallbackPost))).toBe(false)
    await page.close()
  })

  it('has no WCAG 2.2 AA violation (axe) on a page of each type in each locale, and touch targets of 44 px', async () => {
    const axeSource = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    const page = await browser.newPage()
    watch(page)
    const paths = [
      '/',
      '/404.html',
      ...localeCodes.flatMap((l) => [
        `/${l}/`,
        `/${l}/campaigns/${fixture.campaign}/`,
        `/${l}/topics/children-rights/`,
        `/${l}/leaflets/`,
        `/${l}/leaflets/${fixture.fullLeaflet}/`,
        `/${l}/press/${fixture.releaseWithoutPhotos}/`,
        `/${l}/newsletters/${fixture.newsletters[0]}/`,
        `/${l}/blog/${fixture.fallbackPost}/`,
        `/${l}/search/`,
        `/${l}/ask/`,
        `/${l}/faq/`,
        `/${l}/faq/${fixture.faq.patent.slug}/`,
      ]),
    ]
    for (const p of paths) {
      await page.goto(`${origin}${p}`)
      await page.addScriptTag({ content: axeSource })
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> }
          }
        ).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        })
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
      })
      expect(violations, p).toEqual([])
      const small = await page.$$eval(
        'nav a, .entries a, .more, .hotline a, footer a, .switcher a, .pagination a, .chooser a, button',
        (els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height < 44)
            .map((e) => e.outerHTML.slice(0, 80)),
      )
      expect(small, p).toEqual([])
    }
    await page.close()
  })

  it('on a 360 px phone, the hotline number is on the first screen and the menu takes one row', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } })
    watch(page)
    for (const l of localeCodes) {
      await page.goto(`${origin}/${l}/leaflets/${fixture.fullLeaflet}/`)
      const tel = await page.locator('.hotline a.tel').boundingBox()
      expect(tel, l).not.toBeNull()
      expect(tel!.y + tel!.height, l).toBeLessThan(160)
      const links = await page.$$eval('.site-header nav a', (as) =>
        as.map((a) => Math.round(a.getBoundingClientRect().top + window.scrollY)),
      )
      // Every section link on one row (the row scrolls sideways), not one row per link.
      expect(new Set(links).size, l).toBe(1)
      // ... and the page itself never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), l).toBeLessThanOrEqual(360)
    }
    await page.close()
  })

  it('switches language from the switcher to the same entry, marking a fallback', async () => {
    const page = await browser.newPage()
    watch(page)
    await page.goto(`${origin}/ky/leaflets/${fixture.fullLeaflet}/`)
    await page.click('.switcher a[lang="uz-Latn"]')
    await page.waitForURL(`${origin}/uz/leaflets/${fixture.fullLeaflet}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('uz-Latn')
    // Kazakh readers of the post written without Kazakh land on its page, shown in Russian with a notice.
    await page.goto(`${origin}/en/blog/${fixture.fallbackPost}/`)
    await page.click('.switcher a[lang="kk"]')
    await page.waitForURL(`${origin}/kk/blog/${fixture.fallbackPost}/`)
    expect(await page.getAttribute('article', 'lang')).toBe('ru')
    expect(await page.textContent('main')).toContain(uiKk['fallback.notice'].split('{{')[0]!.trim())
    await page.close()
  })

  it('shows everything with JavaScript off: text, pictures, switcher, search fallback', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    watch(page)
    await page.goto(`${origin}/tg/leaflets/${fixture.fullLeaflet}/`)
    expect(await page.textContent('main')).toContain(fixtureLines.tg)
    expect(await page.isVisible('main picture img')).toBe(true)
    expect(await page.isVisible('.hotline a[href^="tel:"]')).toBe(true)
    await page.click('.switcher a[lang="ru"]')
    await page.waitForURL(`${origin}/ru/leaflets/${fixture.fullLeaflet}/`)
    await page.goto(`${origin}/tg/search/`)
    expect(await page.textContent('main')).toContain(uiTg['search.noScript'])
    await context.close()
  })
})

describe('search', () => {
  it('has one Pagefind index per language, holding only that language’s real pages', async () => {
    const entry = JSON.parse(
      await fs.readFile(path.join(site.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> }
    expect(Object.keys(entry.languages).sort()).toEqual(locales.map((l) => l.tag.toLowerCase()).sort())
    for (const l of locales) {
      const real = writtenLocales().filter((e) => e.written.includes(l.code)).length
      // The help directory in every language: its index, five countries, each city with services.
      const helpPages = 1 + 5 + new Set(input.services.map((service) => service.city)).size
      expect(entry.languages[l.tag.toLowerCase()]!.page_count, l.code).toBe(real + helpPages)
    }
  })

  it('works without JavaScript by saying so and linking the lists', () => {
    const html = read('/tg/search/')
    const noscript = elementWith(html, 'noscript', '')!
    expect(textOf(noscript)).toContain(uiTg['search.noScript'])
    for (const section of ['leaflets', 'press', 'newsletters', 'blog'])
      expect(noscript).toContain(`href="/tg/${section}/"`)
    expect(read('/uz/search/')).toContain(uiUz['search.label'])
  })
})
