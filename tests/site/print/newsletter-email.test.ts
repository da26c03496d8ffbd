import fs from 'node:fs/promises'

import { fallbackChain, localeCodes, locales, type LocaleCode, type Newsletter } from '@jol/content-schemas'
import type { SnapshotInput } from '@jol/content-schemas/io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { writeFixtureSnapshot } from '../../fixtures/snapshot'
import { buildSite, fileOfPath, SITE_URL, tagsOf, type BuiltSite } from '../support'

/** Newsletter e-mails: one build of the fixture snapshot; every e-mail read as a mailing tool would take it. */

let site: BuiltSite
let input: SnapshotInput

const emailPath = (locale: LocaleCode, slug: string, format: 'html' | 'txt') =>
  `/${locale}/newsletters/${slug}/email.${format === 'html' ? 'htm' : 'txt'}`
const read = (urlPath: string) => fs.readFile(fileOfPath(site.outDir, urlPath), 'utf8')
const exists = (urlPath: string) =>
  fs.access(fileOfPath(site.outDir, urlPath)).then(
    () => true,
    () => false,
  )
const written = (letter: Newsletter) => Object.keys(letter.translations) as LocaleCode[]
const eachEmail = () =>
  input.newsletters.flatMap((letter) => written(letter).map((locale) => ({ letter, locale })))

beforeAll(async () => {
  site = await buildSite(async (dir) => {
    input = await writeFixtureSnapshot(dir)
  })
  if (site.code !== 0) throw new Error(`astro build failed:\n${site.output}`)
})

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
})

describe('newsletter e-mails', () => {
  it('exist as HTML and plain text for every issue in every language it is written in, never for a fallback', async () => {
    for (const letter of input.newsletters) {
      for (const locale of localeCodes) {
        for (const format of ['html', 'txt'] as const)
          expect(
            await exists(emailPath(locale, letter.slug, format)),
            emailPath(locale, letter.slug, format),
          ).toBe(written(letter).includes(locale))
      }
    }
  })

  it('are linked from the web archive page (a fallback page links the language it shows)', async () => {
    for (const letter of input.newsletters) {
      for (const locale of localeCodes) {
        const shown = fallbackChain(locale).find((code) => written(letter).includes(code))
        if (!shown) continue
        const html = await read(`/${locale}/newsletters/${letter.slug}/`)
        expect(html).toContain(`href="${emailPath(shown, letter.slug, 'html')}"`)
        expect(html).toContain(`href="${emailPath(shown, letter.slug, 'txt')}"`)
      }
    }
  })

  it('use a table layout with every style inlined: no stylesheet, no <style>, no script', async () => {
    for (const { letter, locale } of eachEmail()) {
      const html = await read(emailPath(locale, letter.slug, 'html'))
      const tags = tagsOf(html)
      expect(html).not.toMatch(/<script|<link|<style|<iframe|<form|\son\w+=|javascript:/i)
      expect(tags.find((t) => t.name === 'html')!.attrs.get('lang')).toBe(
        locales.find((l) => l.code === locale)!.tag,
      )
      expect(tags.filter((t) => t.name === 'table').length).toBeGreaterThanOrEqual(2)
      for (const tag of tags.filter((t) => ['td', 'h1', 'h2', 'p', 'a', 'img'].includes(t.name)))
        expect(tag.attrs.get('style'), `${locale}/${letter.slug} <${tag.name}>`).toBeTruthy()
      expect(html).toContain(letter.translations[locale]!.subject.replace(/"/g, '&quot;'))
    }
  })

  it('point every link and image at an absolute URL, images on this site only and present in the build', async () => {
    let images = 0
    for (const { letter, locale } of eachEmail()) {
      const tags = tagsOf(await read(emailPath(locale, letter.slug, 'html')))
      for (const tag of tags.filter((t) => t.name === 'a'))
        expect(tag.attrs.get('href')).toMatch(/^(https?:\/\/|tel:|mailto:)/)
      for (const tag of tags.filter((t) => t.name === 'img')) {
        const src = tag.attrs.get('src')!
        expect(src.startsWith(`${SITE_URL}/`), src).toBe(true)
        expect(await exists(new URL(src).pathname), src).toBe(true)
        expect(tag.attrs.get('alt')).toBeTruthy()
        images++
      }
      const stories = letter.translations[locale]!.sections.filter((s) => s.kind === 'story')
      for (const story of stories)
        expect(
          tags.some(
            (t) =>
              t.name === 'a' &&
              t.attrs.get('href')!.startsWith(`${SITE_URL}/`) &&
              t.attrs.get('href')!.endsWith(`/${story.target.slug}/?src=newsletter`),
          ),
        ).toBe(true)
    }
    expect(images).toBeGreaterThan(0)
  })

  it('carry every link of the HTML in the plain-text part, with the text of the issue', async () => {
    for (const { letter, locale } of eachEmail()) {
      const hrefs = tagsOf(await read(emailPath(locale, letter.slug, 'html'))).flatMap((t) =>
        t.name === 'a' ? [t.attrs.get('href')!] : [],
      )
      const text = await read(emailPath(locale, letter.slug, 'txt'))
      expect(hrefs.length).toBeGreaterThan(2)
      for (const href of hrefs) expect(text, `${locale}/${letter.slug}`).toContain(href)
      expect(text).not.toMatch(/<[a-z]/i)
      const content = letter.translations[locale]!
      for (const piece of [content.subject, content.intro]) expect(text).toContain(piece)
      expect(text).toContain(`${SITE_URL}/${locale}/newsletters/${letter.slug}/`)
    }
  })
})
