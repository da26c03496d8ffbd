import fs from 'node:fs/promises'

import { localeCodes, type Leaflet, type Media } from '@jol/content-schemas'
import { mediaIdOf, writeSnapshot } from '@jol/content-schemas/io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtureSnapshot, fixture } from '../../fixtures/snapshot'
import { buildSite, fileOfPath, type BuiltSite } from '../support'

/**
 * Bad content fails only its own document: a leaflet with an empty body, a leaflet whose cover
 * cannot be read, a release whose photo cannot be read. The build finishes, everything else is
 * written, the failed documents are missing and not linked, and each is named in the output as
 * `collection/slug/locale/field`.
 */

let site: BuiltSite
let broken: Media
const emptyBody = 'empty-body-leaflet'
const unreadableCover = 'unreadable-cover-leaflet'

const exists = (urlPath: string) =>
  fs.access(fileOfPath(site.outDir, urlPath)).then(
    () => true,
    () => false,
  )
const page = (urlPath: string) => fs.readFile(fileOfPath(site.outDir, urlPath), 'utf8')

beforeAll(async () => {
  site = await buildSite(async (dir) => {
    const snapshot = await buildFixtureSnapshot()
    // An SVG the web page shows as a plain <img> (a browser shows a broken image), but no one can draw for print.
    const data = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height=',
    )
    const id = mediaIdOf(data)
    broken = {
      id,
      file: `media/${id}.svg`,
      filename: 'poster.svg',
      mimeType: 'image/svg+xml',
      filesize: data.length,
      credit: 'Jol design',
      licence: 'CC BY 4.0',
      showsIdentifiablePeople: false,
      consentRecorded: false,
      translations: { en: { alt: 'A poster' } },
    }
    snapshot.media.push(broken)
    snapshot.mediaFiles = new Map([...snapshot.mediaFiles, [id, data]])
    const template = snapshot.leaflets.find((l) => l.slug === fixture.englishOnlyLeaflet)!
    const leaflet = (
      slug: string,
      change: (text: NonNullable<Leaflet['translations']['en']>) => void,
      extra: Partial<Leaflet> = {},
    ): Leaflet => {
      const text = structuredClone(template.translations.en!)
      change(text)
      return { ...template, slug, ...extra, translations: { en: text } }
    }
    snapshot.leaflets.push(
      leaflet(emptyBody, (text) => (text.body = { type: 'root', children: [] })),
      leaflet(unreadableCover, () => undefined, { cover: id }),
    )
    snapshot['press-releases'].find((r) => r.slug === fixture.releaseWithoutPhotos)!.photos = [id]
    await writeSnapshot(dir, snapshot, new Date('2025-03-15T12:00:00Z'))
  })
})

afterAll(async () => {
  if (site?.root) await fs.rm(site.root, { recursive: true, force: true })
})

describe('bad input', () => {
  it('does not stop the build', () => {
    expect(site.code, site.output).toBe(0)
  })

  it('names each failed document and what is wrong as collection/slug/locale/field', () => {
    expect(site.output).toContain(
      `[jol:print] not built /en/leaflets/${emptyBody}.pdf: leaflets/${emptyBody}/en/body: is empty, there is nothing to print`,
    )
    expect(site.output).toMatch(
      new RegExp(
        `\\[jol:print\\] not built /en/leaflets/${unreadableCover}\\.pdf: leaflets/${unreadableCover}/en/cover: the image ${broken.file} \\(poster\\.svg\\) cannot be read: .+`,
      ),
    )
    for (const locale of ['en', 'ru', 'ky', 'tg', 'uz']) {
      expect(site.output).toMatch(
        new RegExp(
          `\\[jol:print\\] not built /${locale}/press/${fixture.releaseWithoutPhotos}/press-kit\\.zip: press-releases/${fixture.releaseWithoutPhotos}/${locale}/photos\\.0: the image ${broken.file} \\(poster\\.svg\\) cannot be read`,
        ),
      )
    }
  })

  it('leaves out only the failed documents and their links; the rest is written', async () => {
    for (const slug of [emptyBody, unreadableCover]) {
      expect(await exists(`/en/leaflets/${slug}.pdf`)).toBe(false)
      const html = await page(`/en/leaflets/${slug}/`)
      expect(html).not.toContain('.pdf"')
    }
    expect(await exists(`/en/press/${fixture.releaseWithoutPhotos}/press-kit.zip`)).toBe(false)
    expect(await page(`/en/press/${fixture.releaseWithoutPhotos}/`)).not.toContain('press-kit.zip')

    for (const locale of localeCodes)
      expect(await exists(`/${locale}/leaflets/${fixture.fullLeaflet}.pdf`), locale).toBe(true)
    expect(await exists(`/en/leaflets/${fixture.englishOnlyLeaflet}.pdf`)).toBe(true)
    expect(await exists(`/en/press/${fixture.releaseWithPhotos}/press-kit.zip`)).toBe(true)
    expect(await exists(`/en/newsletters/spring-issue/email.htm`)).toBe(true)
  })
})
