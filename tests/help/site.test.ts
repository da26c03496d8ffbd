import fs from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, writeFixtureSnapshot } from '../fixtures/snapshot'
import {
  decodeQr,
  pdfAccessibility,
  pdfFonts,
  pdfInfo,
  pdfStrings,
  pdfStructure,
  pdfText,
  renderPage,
  structNodes,
} from '../site/print/pdf-tools'
import { buildSite, fileOfPath, listFiles, pathOfFile, SITE_URL, type BuiltSite } from '../site/support'

/**
 * The help directory on the built site, from the fixture snapshot (made 2025-03-15): two fresh
 * services and a stale one in Almaty, one in Bishkek. Static pages, no script.
 */

let site: BuiltSite
const pages = new Map<string, string>()
const read = (urlPath: string) => {
  const html = pages.get(urlPath)
  if (html === undefined) throw new Error(`no page at ${urlPath}`)
  return html
}
const articleOf = (html: string, slug: string) => {
  const start = html.indexOf(`data-service="${slug}"`)
  expect(start, `service ${slug} on the page`).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</article>', start))
}

beforeAll(async () => {
  site = await buildSite(async (dir) => {
    await writeFixtureSnapshot(dir)
  })
  if (site.code !== 0) throw new Error(`astro build failed:\n${site.output}`)
  for (const file of await listFiles(site.outDir, '.html'))
    pages.set(pathOfFile(site.outDir, file), await fs.readFile(file, 'utf8'))
})

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
})

describe('help directory pages', () => {
  it('builds /{locale}/help/ by country then city, in every language, without a script', () => {
    for (const locale of ['en', 'ru', 'kk', 'ky', 'tg', 'uz']) {
      const index = read(`/${locale}/help/`)
      expect(index).toContain(`href="/${locale}/help/kz/almaty/"`)
      expect(index).toContain(`href="/${locale}/help/kg/bishkek/"`)
      expect(read(`/${locale}/help/kz/`)).toContain(`href="/${locale}/help/kz/almaty/"`)
      const city = read(`/${locale}/help/kz/almaty/`)
      expect(city).not.toMatch(/<script/i)
      expect(city).toContain('data-pagefind-body')
    }
    expect(read('/ru/help/kz/almaty/')).toContain('<h1>Алматы</h1>')
    expect(read('/en/')).toContain('href="/en/help/"')
  })

  it('groups a city’s services by kind and gives tap-to-call, messengers, e-mail and a geo: link', () => {
    const city = read('/en/help/kz/almaty/')
    expect(city.indexOf('data-help-kind="hotline"')).toBeLessThan(city.indexOf('data-help-kind="legal-aid"'))
    const legal = articleOf(city, fixture.services.legalAid.slug)
    expect(legal).toContain(`href="${fixture.services.legalAid.tel}"`)
    expect(legal).toContain('href="https://wa.me/77000000001"')
    expect(legal).toContain('href="https://t.me/jol_legal_demo"')
    expect(legal).toContain('href="mailto:legal@jol-partner.example"')
    expect(legal).toContain('href="geo:43.2389,76.8897"')
    expect(legal).toContain('Hours: Mon–Fri 9:00–18:00')
    expect(legal).toContain('Languages: Русский, Қазақша, Кыргызча, Тоҷикӣ, Oʻzbekcha')
    expect(legal).toContain('Last checked on')
    expect(legal).toContain('data-demo')
    expect(legal).not.toContain('data-stale')
  })

  it('marks a service not checked for the period as possibly out of date', () => {
    const stale = articleOf(read('/en/help/kz/almaty/'), fixture.services.hotline.slug)
    expect(stale).toContain('data-stale')
    expect(stale).toContain('may be out of date')
    expect(stale).toContain(`datetime="${fixture.services.hotline.lastChecked}"`)
  })

  it('shows a service in the reader’s language, else visibly in its fallback', () => {
    expect(articleOf(read('/ru/help/kz/almaty/'), fixture.services.legalAid.slug)).toContain(
      'Бесплатная юридическая консультация',
    )
    const fallback = articleOf(read('/ru/help/kz/almaty/'), fixture.services.hotline.slug)
    expect(fallback).toContain('lang="en"')
    expect(fallback).toContain('Night hotline')
  })

  it('gives every service and every directory page share links for Telegram, WhatsApp and e-mail (?src=share)', () => {
    const city = read('/en/help/kz/almaty/')
    const legal = articleOf(city, fixture.services.legalAid.slug)
    for (const service of ['telegram', 'whatsapp', 'email'])
      expect(legal).toContain(`data-share="${service}"`)
    expect(decodeURIComponent(legal)).toContain(
      'https://jol.test/en/help/kz/almaty/?src=share#almaty-legal-aid',
    )
    for (const page of ['/en/help/', '/en/help/kz/', '/en/help/kz/almaty/'])
      expect(read(page)).toContain('data-share="whatsapp"')
  })

  it('offers partners the country’s directory as CSV and vCard', async () => {
    const csv = await fs.readFile(fileOfPath(site.outDir, '/en/help/kz/directory.csv'), 'utf8')
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toContain('organisation,service,kind,city')
    expect(lines).toHaveLength(3)
    expect(csv).toContain(fixture.services.legalAid.phone)
    expect(csv).not.toContain(fixture.services.bishkek.phone)
    const vcf = await fs.readFile(fileOfPath(site.outDir, '/en/help/kz/directory.vcf'), 'utf8')
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2)
    expect(vcf).toContain('TEL;TYPE=WORK,VOICE:+77000000001')
    expect(vcf).toContain('GEO:43.2389;76.8897')
    expect(read('/en/help/kz/')).toContain('href="/en/help/kz/directory.vcf"')
  })
})

describe('printable directory of a city', () => {
  const pdfOf = (urlPath: string) => fileOfPath(site.outDir, urlPath)

  it('exists per city and language, linked from the city page, one A4 page with the services and the notice', async () => {
    expect(read('/ru/help/kz/almaty/')).toContain('href="/ru/help/kz/almaty.pdf"')
    for (const locale of ['en', 'ru', 'kk', 'ky', 'tg', 'uz']) {
      const info = await pdfInfo(pdfOf(`/${locale}/help/kz/almaty.pdf`))
      expect(info.pages, locale).toBe(1)
    }
    const text = await pdfText(pdfOf('/en/help/kz/almaty.pdf'))
    expect(text).toContain('Help near me: Almaty')
    expect(text).toContain(fixture.services.legalAid.phone)
    expect(text).toContain('may be out of date')
    expect(text).toContain(fixture.hotlinePhone)
    for (const font of await pdfFonts(pdfOf('/en/help/kz/almaty.pdf')))
      expect(font.embedded && font.subset).toBe(true)
  })

  it('is tagged PDF/UA-1 with its title, language and headings, and names the language of text shown from another', async () => {
    const file = pdfOf('/ru/help/kz/almaty.pdf')
    const text = await pdfText(file)
    expect(text).toContain('Алматы')
    expect(await pdfAccessibility(file)).toEqual({ tagged: true, title: 'Помощь рядом: Алматы', uaPart: '1' })
    const langs = await pdfStrings(file, '/Lang')
    expect(langs).toContain('ru')
    // The night hotline is written only in English.
    expect(langs).toContain('en')
    const roles = structNodes((await pdfStructure(file))!).map((n) => n.role)
    expect(roles).toContain('H1')
    expect(roles).toContain('H2')
  })

  it('has a QR code to the live page of the city in the same language, tagged as print', async () => {
    const file = pdfOf('/kk/help/kz/almaty.pdf')
    expect(await decodeQr(await renderPage(file, 1, 150))).toBe(`${SITE_URL}/kk/help/kz/almaty/?src=print`)
  })
})
