import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { SnapshotValidationError, type LocaleCode } from '@jol/content-schemas'
import { readSnapshot } from '@jol/content-schemas/io'
import { exportSnapshot } from '@jol/scripts/export/buildSnapshot'
import { parseExportArgs, repoRoot } from '@jol/scripts/export/cliArgs'
import { isPublic, type CmsDoc, type ContentReader } from '@jol/scripts/export/contentReader'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexicalParagraph, pdfFile, pngFile } from '../support/fixtures'
import { fingerprint } from '../support/fingerprint'

/**
 * A bad entry is left out (a picture, a language, else the entry) and named "collection/slug/locale/field: …";
 * what no entry can be blamed for stops the export, and the snapshot already there stays byte for byte. No CMS needed: a reader
 * returns documents shaped as Payload returns them (one locale, fallback off, depth 0).
 */

let dir: string
let picture: Buffer

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-export-'))
  picture = (await pngFile('cover.png', 320, 200)).data
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

const leafletIn = (locale: LocaleCode, body: unknown): CmsDoc => ({
  id: 1,
  _status: 'published',
  slug: 'know-your-rights',
  createdAt: '2026-09-01T08:00:00.000Z',
  updatedAt: '2026-10-01T08:00:00.000Z',
  audience: ['migrant-families'],
  topics: ['children-rights'],
  printFormat: 'A5',
  cover: 5,
  title: `Know your rights (${locale})`,
  summary: `Summary (${locale})`,
  body,
  keyMessages: [{ id: 'r1', text: `Message (${locale})` }],
  contacts: [{ id: 'c1', label: `Hotline (${locale})`, phone: '+7 800 080 1234', hours: null, url: null }],
})

/** A reader over fixed documents: the leaflet exists in en and kk; other locales read as empty. */
function fixtureReader(
  body: (locale: LocaleCode) => unknown,
  extra: { posts?: (locale: LocaleCode) => CmsDoc[] } = {},
): ContentReader {
  const written: LocaleCode[] = ['en', 'kk']
  const empty = (locale: LocaleCode): CmsDoc => ({
    ...leafletIn(locale, null),
    title: null,
    summary: null,
    keyMessages: [{ id: 'r1', text: null }],
    contacts: [{ id: 'c1', label: null, phone: '+7 800 080 1234' }],
  })
  return {
    source: { kind: 'fixture' },
    published: async (collection, locale) => {
      if (collection === 'leaflets')
        return [written.includes(locale) ? leafletIn(locale, body(locale)) : empty(locale)]
      if (collection === 'posts') return extra.posts?.(locale) ?? []
      return []
    },
    services: async () => [],
    media: async (locale) => [
      {
        id: 5,
        filename: 'cover.png',
        mimeType: 'image/png',
        filesize: picture.length,
        width: 320,
        height: 200,
        alt: locale === 'en' ? 'A family' : null,
        caption: null,
        credit: 'Jol',
        licence: 'CC0 1.0',
        showsIdentifiablePeople: false,
        consentRecorded: false,
      },
    ],
    mediaFile: async () => picture,
    global: async (slug, locale) =>
      slug === 'site-settings'
        ? {
            siteName: locale === 'en' ? 'Jol' : null,
            hotline: { label: locale === 'en' ? 'Hotline' : null, phone: '+7 800 080 1234', hours: null },
            footerContacts: [],
          }
        : { boilerplate: locale === 'en' ? lexicalParagraph('About us') : null, mediaContacts: [] },
    close: async () => {},
  }
}

describe('a bad entry', () => {
  it('is left out, as small a part as possible, and named; the rest is exported', async () => {
    const withTable = (locale: LocaleCode) => {
      const doc = lexicalParagraph(`Body ${locale}`)
      if (locale === 'kk') doc.root.children.push({ type: 'table', children: [] } as never)
      return doc
    }
    const post = (locale: LocaleCode): CmsDoc[] => [
      {
        id: 2,
        _status: 'published',
        slug: 'a-post',
        updatedAt: '2026-10-02T08:00:00.000Z',
        author: 'Someone',
        publishDate: '2026-10-02T00:00:00.000Z',
        topics: [],
        cover: null,
        title: locale === 'en' ? 'A post' : null,
        excerpt: locale === 'en' ? '' : null,
        body:
          locale === 'en'
            ? {
                root: {
                  type: 'root',
                  children: [
                    {
                      type: 'paragraph',
                      children: [
                        {
                          type: 'link',
                          fields: { url: 'javascript:alert(1)' },
                          children: [{ type: 'text', text: 'x', format: 0 }],
                        },
                      ],
                    },
                  ],
                },
              }
            : null,
      },
    ]
    const out = path.join(dir, 'left-out')
    const { leftOut } = await exportSnapshot(fixtureReader(withTable, { posts: post }), out)
    expect(leftOut).toEqual(
      expect.arrayContaining([
        'leaflets/know-your-rights/kk/body.children.1: "table" is not a node the site can show (unknown node type) (this language is left out)',
        expect.stringMatching(
          /^posts\/a-post\/en\/body\.children\.0\.children\.0\.fields\.url: "javascript:alert\(1\)" is not allowed.*\(the entry is left out\)$/,
        ),
        'posts/a-post/en/excerpt: must not be empty (the entry is left out)',
      ]),
    )
    expect(leftOut).toHaveLength(3)
    const exported = await readSnapshot(out)
    // The Kazakh text was bad: only English is published (the site shows it to Kazakh readers as a fallback).
    expect(Object.keys(exported.leaflets[0]!.translations)).toEqual(['en'])
    expect(exported.posts).toEqual([])
  })

  it('that is missing a required text in one language leaves that language out, named with its field', async () => {
    const reader = fixtureReader((locale) => lexicalParagraph(`Body ${locale}`))
    const original = reader.published
    reader.published = async (collection, locale) => {
      const docs = await original(collection, locale)
      return locale === 'kk' && collection === 'leaflets'
        ? docs.map((d) => ({
            ...d,
            keyMessages: [{ id: 'r1', text: null }],
            contacts: [{ id: 'c1', label: '', url: 'ftp://example.org' }],
          }))
        : docs
    }
    const { leftOut, input } = await exportSnapshot(reader, path.join(dir, 'other'))
    expect(leftOut).toEqual([
      'leaflets/know-your-rights/kk/keyMessages.0: must not be empty (this language is left out)',
      'leaflets/know-your-rights/kk/contacts.0.label: must not be empty (this language is left out)',
      'leaflets/know-your-rights/kk/contacts.0.url: a link must be an https://, http://, mailto: or tel: address (this language is left out)',
    ])
    expect(Object.keys(input.leaflets[0]!.translations)).toEqual(['en'])
  })

  it('whose cover went away keeps the entry without it', async () => {
    const reader = fixtureReader((locale) => lexicalParagraph(`Body ${locale}`))
    reader.media = async () => []
    const { leftOut, input } = await exportSnapshot(reader, path.join(dir, 'no-cover'))
    expect(leftOut).toEqual([
      'leaflets/know-your-rights/*/cover: refers to media #5, which does not exist; left out',
    ])
    expect(input.leaflets[0]!.cover).toBeUndefined()
    expect(Object.keys(input.leaflets[0]!.translations)).toEqual(['en', 'kk'])
    // Published before the CMS stamped first publications: dated by its creation, so lists can order it.
    expect(input.leaflets[0]!.firstPublishedAt).toBe('2026-09-01T08:00:00.000Z')
  })
})

describe('what no entry can be blamed for', () => {
  it('stops the export with every problem, and the previous snapshot stays byte for byte', async () => {
    const out = path.join(dir, 'snapshot')
    const good = fixtureReader((locale) => lexicalParagraph(`Body ${locale}`))
    await exportSnapshot(good, out)
    const before = await fingerprint(out)
    expect(Object.keys(before)).toContain('leaflets.json')

    const bad = fixtureReader((locale) => lexicalParagraph(`Body ${locale}`))
    const globals = bad.global
    bad.global = async (slug, locale) => {
      const doc = await globals(slug, locale)
      if (slug !== 'press-room' || locale !== 'en') return doc
      const boilerplate = lexicalParagraph('About us')
      boilerplate.root.children.push({ type: 'table', children: [] } as never)
      return { ...doc, boilerplate }
    }
    const error = await exportSnapshot(bad, out).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems).toEqual([
      'globals/press-room/en/boilerplate.children.1: "table" is not a node the site can show (unknown node type)',
    ])
    expect((error as Error).message).toContain('nothing was written')
    expect(await fingerprint(out)).toEqual(before)
    // No half-written folder is left beside it.
    expect((await fs.readdir(dir)).filter((name) => name.startsWith('snapshot'))).toEqual(['snapshot'])
  })
})

describe('a picture in a text', () => {
  it('must be an image: a PDF there is left out of the text, named, and the text is published', async () => {
    const pdf = pdfFile('leaflet.pdf')
    const reader = fixtureReader((locale) => {
      const doc = lexicalParagraph(`Body ${locale}`)
      if (locale === 'en')
        doc.root.children.push({
          type: 'upload',
          relationTo: 'media',
          value: 6,
          fields: {},
          version: 3,
        } as never)
      return doc
    })
    const images = reader.media
    reader.media = async (locale) => [
      ...(await images(locale)),
      {
        id: 6,
        filename: 'leaflet.pdf',
        mimeType: 'application/pdf',
        filesize: pdf.size,
        alt: 'The leaflet',
        credit: 'Jol',
        licence: 'CC0 1.0',
      },
    ]
    reader.mediaFile = async (doc) => (doc.id === 6 ? pdf.data : picture)
    const { leftOut, input } = await exportSnapshot(reader, path.join(dir, 'pdf'))
    expect(leftOut).toEqual([
      'leaflets/know-your-rights/en/body.children.1.value: media #6 is application/pdf, not a picture; it cannot be shown in the text and is left out',
    ])
    expect(input.leaflets[0]!.translations.en!.body.children).toHaveLength(1)
  })
})

describe('a photo of identifiable people without recorded consent', () => {
  it('never reaches the snapshot: every reference to it is left out and named', async () => {
    const reader = fixtureReader((locale) => {
      const doc = lexicalParagraph(`Body ${locale}`)
      doc.root.children.push({
        type: 'upload',
        relationTo: 'media',
        value: 7,
        fields: {},
        version: 3,
      } as never)
      return doc
    })
    const images = reader.media
    const people = (await pngFile('people.png', 300, 200)).data
    reader.media = async (locale) => [
      ...(await images(locale)),
      {
        id: 7,
        filename: 'people.png',
        mimeType: 'image/png',
        filesize: people.length,
        width: 300,
        height: 200,
        alt: 'People',
        credit: 'Jol',
        licence: 'CC0 1.0',
        showsIdentifiablePeople: true,
        consentRecorded: false,
      },
    ]
    reader.mediaFile = async (doc) => (doc.id === 7 ? people : picture)
    const leaflets = reader.published
    reader.published = async (collection, locale) =>
      (await leaflets(collection, locale)).map((doc) =>
        collection === 'leaflets' ? { ...doc, cover: 7 } : doc,
      )
    const out = path.join(dir, 'consent')
    const { leftOut } = await exportSnapshot(reader, out)
    expect([...leftOut].sort()).toEqual([
      'leaflets/know-your-rights/*/cover: media #7 (people.png) shows identifiable people and no consent is recorded; left out',
      'leaflets/know-your-rights/en/body.children.1.value: media #7 (people.png) shows identifiable people and no consent is recorded; the picture is left out of the text',
      'leaflets/know-your-rights/kk/body.children.1.value: media #7 (people.png) shows identifiable people and no consent is recorded; the picture is left out of the text',
    ])
    const snapshot = await readSnapshot(out)
    expect(snapshot.media.map((m) => m.filename)).not.toContain('people.png')
    expect(await fs.readdir(path.join(out, 'media'))).toHaveLength(0)
    expect(snapshot.leaflets[0]!.cover).toBeUndefined()
    expect(JSON.stringify(snapshot)).not.toContain('"image"')
  })
})

describe('what the readers let through', () => {
  it('isPublic: only published documents, and releases only once their embargo has passed', () => {
    const now = new Date('2026-10-01T12:00:00Z')
    expect(isPublic('leaflets', { id: 1, _status: 'published' }, now)).toBe(true)
    expect(isPublic('leaflets', { id: 1, _status: 'draft' }, now)).toBe(false)
    expect(isPublic('posts', { id: 1 }, now)).toBe(false)
    expect(isPublic('press-releases', { id: 1, _status: 'published', embargoUntil: null }, now)).toBe(true)
    expect(
      isPublic('press-releases', { id: 1, _status: 'published', embargoUntil: '2026-10-01T11:59:59Z' }, now),
    ).toBe(true)
    expect(
      isPublic('press-releases', { id: 1, _status: 'published', embargoUntil: '2026-10-01T12:00:01Z' }, now),
    ).toBe(false)
    expect(isPublic('press-releases', { id: 1, _status: 'published', embargoUntil: 'soon' }, now)).toBe(false)
  })
})

describe('pnpm export arguments', () => {
  it('write to <repo>/snapshot by default, and resolve a relative --out against the folder the command was typed in', () => {
    expect(parseExportArgs([], '/somewhere')).toEqual({ out: path.join(repoRoot, 'snapshot') })
    expect(
      parseExportArgs(['--', '--out', 'build/snap', '--from', 'https://cms.example.org'], '/home/me/site'),
    ).toEqual({ out: '/home/me/site/build/snap', from: 'https://cms.example.org' })
    expect(parseExportArgs(['--out', '/abs/snap'], '/home/me')).toEqual({ out: '/abs/snap' })
    expect(() => parseExportArgs(['--bogus'])).toThrow()
  })
})
