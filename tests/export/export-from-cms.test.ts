import fs from 'node:fs/promises'
import path from 'node:path'

import { localeCodes, type LocaleCode, type Snapshot } from '@jol/content-schemas'
import { mediaIdOf, readSnapshot } from '@jol/content-schemas/io'
import { collectSnapshot, exportSnapshot, type CollectedSnapshot } from '@jol/scripts/export/buildSnapshot'
import { openLocalReader } from '@jol/scripts/export/localReader'
import { openRestReader } from '@jol/scripts/export/restReader'
import { markdownConverter } from '@jol/scripts/seed/markdown'
import { translationUpdate } from '@jol/scripts/seed/translationUpdate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import {
  createUser,
  leafletData,
  newsletterData,
  pngFile,
  postData,
  pressReleaseData,
  sampleText,
} from '../support/fixtures'
import { inProcessFetch } from './inProcessFetch'

/**
 * Export from a real CMS (temporary SQLite database): only what the public may see reaches the
 * snapshot, with only the translations really written and only the media that content shows.
 */

const MARK = {
  draft: 'MARKER-DRAFT-ONLY',
  revision: 'MARKER-DRAFT-REVISION',
  unpublished: 'MARKER-UNPUBLISHED',
  embargo: 'MARKER-EMBARGOED',
}
const API_KEY = 'jol-export-test-key-0123456789abcdef'

let cms: TestCms
let out: string
let local: CollectedSnapshot
let snapshot: Snapshot
const media: Record<string, { id: number | string; filename: string }> = {}
let postId: number | string
/** When the CMS stamped the leaflet published (it was translated and revised after). */
let firstPublished: string

/** A picture whose bytes differ from every other one (its width), so each has its own content address. */
async function picture(name: string, width: number) {
  const doc = await cms.payload.create({
    collection: 'media',
    locale: 'en',
    data: { alt: `Alt of ${name}`, credit: 'Jol test suite', licence: 'CC BY 4.0' },
    file: await pngFile(`${name}.png`, width, 120),
  })
  media[name] = { id: doc.id, filename: doc.filename as string }
  return doc.id
}

async function translate(
  collection: 'leaflets',
  id: number | string,
  locale: LocaleCode,
  text: Record<string, unknown>,
) {
  const stored = await cms.payload.findByID({
    collection,
    id,
    locale,
    depth: 0,
    draft: true,
    fallbackLocale: false,
  })
  await cms.payload.update({
    collection,
    id,
    locale,
    data: { ...translationUpdate(stored, text), _status: 'published' } as never,
  })
}

beforeAll(async () => {
  cms = await startTestCms()
  const { payload } = cms
  out = path.join(cms.dir, 'out', 'snapshot')
  await createUser(payload, {
    email: 'editor@jol.test',
    password: 'correct-horse-battery-staple',
    role: 'editor',
    enableAPIKey: true,
    apiKey: API_KEY,
  } as never)

  const cover = await picture('cover', 401)
  await payload.update({
    collection: 'media',
    id: cover,
    locale: 'ru',
    data: { alt: 'Обложка', caption: 'Подпись' },
  })
  const inText = await picture('in-text', 402)
  const photo = await picture('photo', 403)
  await picture('orphan', 404)
  const draftCover = await picture('draft-cover', 405)
  const revisionCover = await picture('revision-cover', 406)
  const embargoPhoto = await picture('embargo-photo', 407)

  // Published in en, ru, kk and ky; tg and uz never written.
  const leaflet = await payload.create({
    collection: 'leaflets',
    locale: 'en',
    data: { ...leafletData('translated-leaflet', 'en'), cover, _status: 'published' } as never,
  })
  firstPublished = (leaflet as unknown as { firstPublishedAt: string }).firstPublishedAt
  for (const locale of ['ru', 'kk', 'ky'] as const) {
    const {
      slug: _slug,
      audience: _a,
      topics: _t,
      printFormat: _p,
      ...text
    } = leafletData('translated-leaflet', locale)
    await translate('leaflets', leaflet.id, locale, {
      ...text,
      contacts: [{ label: `Hotline ${locale}`, phone: '+7 800 080 1234', hours: `9–18 ${locale}` }],
    })
  }
  // A newer revision saved as a draft: the published text stays what the public reads.
  await payload.update({
    collection: 'leaflets',
    id: leaflet.id,
    locale: 'en',
    draft: true,
    data: { title: `${MARK.revision} title`, cover: revisionCover } as never,
  })

  await payload.create({
    collection: 'leaflets',
    draft: true,
    data: {
      ...leafletData('draft-leaflet', 'en'),
      title: `${MARK.draft} leaflet`,
      cover: draftCover,
    } as never,
  })
  const unpublished = await payload.create({
    collection: 'leaflets',
    data: {
      ...leafletData('unpublished-leaflet', 'en'),
      title: `${MARK.unpublished} leaflet`,
      _status: 'published',
    } as never,
  })
  await payload.update({ collection: 'leaflets', id: unpublished.id, data: { _status: 'draft' } as never })

  const toLexical = await markdownConverter(cms.config)
  const body = toLexical(
    '## What to bring\n\n- your **passport**\n- the child’s *birth certificate*\n\nCall [the hotline](tel:+78000801234) or see [our site](https://example.org/help).',
  )
  body.root.children.push(
    {
      type: 'upload',
      relationTo: 'media',
      value: inText,
      fields: {},
      format: '',
      version: 3,
      id: '66f0c0ffee0000000000aaaa',
    } as never,
    {
      type: 'block',
      fields: {
        id: '66f0c0ffee0000000000bbbb',
        blockName: '',
        blockType: 'callout',
        kind: 'hotline',
        title: 'Free hotline',
        phone: '+7 800 080 1234',
      },
      format: '',
      version: 2,
    } as never,
  )
  const post = await payload.create({
    collection: 'posts',
    locale: 'en',
    data: { ...postData('illustrated-post', 'en'), body, _status: 'published' } as never,
  })
  postId = post.id

  await payload.create({
    collection: 'press-releases',
    data: {
      ...pressReleaseData('released', 'en', { embargoUntil: new Date(Date.now() - 60_000).toISOString() }),
      photos: [photo],
      quotes: [{ speaker: 'Aigerim Test', role: 'Director', quote: 'Every child counts.' }],
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'press-releases',
    data: {
      ...pressReleaseData('embargoed', 'en', {
        embargoUntil: '2099-06-01T04:00:00.000Z',
        embargoUntil_tz: 'Asia/Almaty',
      }),
      title: `${MARK.embargo} release`,
      photos: [embargoPhoto],
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'press-releases',
    draft: true,
    data: { ...pressReleaseData('draft-release', 'en'), title: `${MARK.draft} release` } as never,
  })
  await payload.create({
    collection: 'posts',
    draft: true,
    data: { ...postData('draft-post', 'en'), title: `${MARK.draft} post` } as never,
  })

  await payload.create({
    collection: 'newsletters',
    data: {
      ...newsletterData('issue-one', 'en', 1, { relationTo: 'posts', value: post.id }),
      _status: 'published',
    } as never,
  })

  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'en',
    data: {
      siteName: 'Every child counts',
      hotline: { label: 'Free hotline', phone: '+7 800 080 1234' },
    } as never,
  })
  await payload.updateGlobal({
    slug: 'press-room',
    locale: 'en',
    data: {
      boilerplate: toLexical('**Jol Birge** helps migrant families.'),
      mediaContacts: [{ name: 'Press Officer', email: 'press@example.org' }],
    } as never,
  })

  const reader = await openLocalReader({ payload })
  local = await collectSnapshot(reader)
  await exportSnapshot(reader, out)
  await reader.close()
  snapshot = await readSnapshot(out)
})
afterAll(async () => cms?.close())

async function allFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

const slugs = (entries: { slug: string }[]) => entries.map((e) => e.slug).sort()
const idOfPicture = async (name: string) =>
  mediaIdOf(await fs.readFile(path.join(cms.mediaDir, media[name]!.filename)))

describe('export from the local CMS', () => {
  it('writes a snapshot that readSnapshot accepts, with the published entries', () => {
    expect(local.problems).toEqual([])
    expect(snapshot.manifest.source).toEqual({ kind: 'local' })
    expect(snapshot.manifest.locales).toEqual([...localeCodes])
    expect(slugs(snapshot.leaflets)).toEqual(['translated-leaflet'])
    expect(slugs(snapshot['press-releases'])).toEqual(['released'])
    expect(slugs(snapshot.posts)).toEqual(['illustrated-post'])
    expect(slugs(snapshot.newsletters)).toEqual(['issue-one'])
  })

  it('never writes drafts, a draft revision, unpublished documents or embargoed releases', async () => {
    const files = await allFiles(out)
    expect(files.length).toBeGreaterThan(6)
    for (const file of files.filter((f) => f.endsWith('.json'))) {
      const text = await fs.readFile(file, 'utf8')
      for (const marker of Object.values(MARK))
        expect(text, `${path.basename(file)} contains ${marker}`).not.toContain(marker)
      for (const slug of ['draft-leaflet', 'unpublished-leaflet', 'embargoed', 'draft-release', 'draft-post'])
        expect(text).not.toContain(`"${slug}"`)
    }
    // The published text of the leaflet with a newer draft is what was exported.
    expect(snapshot.leaflets[0]!.translations.en!.title).toBe(`${sampleText.en} (translated-leaflet)`)
  })

  it('dates a leaflet by its first publication for lists, and by its last change for its version', () => {
    const leaflet = snapshot.leaflets[0]!
    expect(leaflet.firstPublishedAt).toBe(firstPublished)
    // Translated after it was published: changed since, but not published again for the first time.
    expect(leaflet.updatedAt > leaflet.firstPublishedAt).toBe(true)
  })

  it('keeps exactly the translations that were written (4 of 6), each with its own rows', () => {
    const leaflet = snapshot.leaflets[0]!
    expect(Object.keys(leaflet.translations).sort()).toEqual(['en', 'kk', 'ky', 'ru'])
    expect(leaflet.translations.kk).toMatchObject({
      title: `${sampleText.kk} (translated-leaflet)`,
      keyMessages: [sampleText.kk],
      contacts: [{ label: 'Hotline kk', phone: '+7 800 080 1234', hours: '9–18 kk' }],
    })
    expect(leaflet.translations.en!.contacts).toEqual([
      { label: 'Hotline', phone: '+7 800 080 1234', hours: '9–18' },
    ])
    expect(Object.keys(snapshot.posts[0]!.translations)).toEqual(['en'])
    expect(Object.keys(snapshot.globals.siteSettings.translations)).toEqual(['en'])
  })

  it('copies only the media that published content shows', async () => {
    const expected = await Promise.all(['cover', 'in-text', 'photo'].map(idOfPicture))
    const left = await Promise.all(
      ['orphan', 'draft-cover', 'revision-cover', 'embargo-photo'].map(idOfPicture),
    )
    expect(snapshot.media.map((m) => m.id).sort()).toEqual([...expected].sort())
    const files = (await fs.readdir(path.join(out, 'media'))).sort()
    expect(files).toEqual(expected.map((id) => `${id}.png`).sort())
    for (const id of left) expect(files.join(' ')).not.toContain(id)
    const cover = snapshot.media.find((m) => m.id === expected[0])!
    expect(cover).toMatchObject({
      filename: 'cover.png',
      mimeType: 'image/png',
      width: 401,
      height: 120,
      credit: 'Jol test suite',
      licence: 'CC BY 4.0',
      showsIdentifiablePeople: false,
      consentRecorded: false,
    })
    expect(cover.translations).toEqual({
      en: { alt: 'Alt of cover' },
      ru: { alt: 'Обложка', caption: 'Подпись' },
    })
    expect(snapshot.leaflets[0]!.cover).toBe(expected[0])
    expect(snapshot['press-releases'][0]!.photos).toEqual([expected[2]])
  })

  it('converts rich text (lists, links, images, callouts), quotes, story targets and dates', async () => {
    const body = snapshot.posts[0]!.translations.en!.body
    expect(body.children.map((n) => n.type)).toEqual(['heading', 'list', 'paragraph', 'image', 'callout'])
    expect(body.children[3]).toEqual({ type: 'image', media: await idOfPicture('in-text') })
    expect(body.children[4]).toEqual({
      type: 'callout',
      kind: 'hotline',
      title: 'Free hotline',
      phone: '+7 800 080 1234',
    })
    expect(JSON.stringify(body.children[2])).toContain('"href":"tel:+78000801234"')
    const release = snapshot['press-releases'][0]!
    expect(release.translations.en!.quotes).toEqual([
      { speaker: 'Aigerim Test', role: 'Director', quote: 'Every child counts.' },
    ])
    expect(release.releaseDate).toBe('2026-10-01T00:00:00.000Z')
    expect(release.embargoUntil).toMatch(/Z$/)
    const sections = snapshot.newsletters[0]!.translations.en!.sections
    expect(sections[0]).toEqual({
      kind: 'story',
      target: { collection: 'posts', slug: 'illustrated-post' },
      headline: sampleText.en,
      blurb: sampleText.en,
    })
    expect(sections[1]).toMatchObject({ kind: 'event', date: '2026-12-01T10:00:00.000Z', place: 'Almaty' })
    expect(snapshot.globals.pressRoom.translations.en!.boilerplate.children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Jol Birge', bold: true },
        { type: 'text', text: ' helps migrant families.' },
      ],
    })
  })
})

describe('export over REST', () => {
  const withoutSource = ({ input }: CollectedSnapshot) => {
    const { source: _source, mediaFiles, ...rest } = input
    return { ...rest, mediaFiles: [...mediaFiles.keys()].sort() }
  }

  it('produces the same entries as the local reader, asking per locale with fallback off', async () => {
    const fetch = inProcessFetch(cms.config)
    const rest = await collectSnapshot(openRestReader({ baseUrl: 'http://localhost', fetch }))
    expect(rest.problems).toEqual([])
    expect(rest.input.source).toEqual({ kind: 'rest', url: 'http://localhost' })
    expect(withoutSource(rest)).toEqual(withoutSource(local))
    const lists = fetch.urls.filter((u) => u.includes('/api/leaflets?'))
    expect(lists).toHaveLength(localeCodes.length)
    for (const url of lists) expect(new URL(url).searchParams.get('fallback-locale')).toBe('none')
  })

  it('with an API key that can see drafts and embargoed releases, still exports only what is public', async () => {
    const fetch = inProcessFetch(cms.config)
    // The key really does see more than the public…
    const raw = await (
      await fetch('http://localhost/api/press-releases?limit=0&draft=true', {
        headers: { Authorization: `users API-Key ${API_KEY}` },
      })
    ).json()
    expect(raw.docs.map((d: { slug: string }) => d.slug)).toEqual(
      expect.arrayContaining(['embargoed', 'draft-release']),
    )
    // …and the reader still leaves it out.
    const rest = await collectSnapshot(
      openRestReader({ baseUrl: 'http://localhost/api/', apiKey: API_KEY, fetch }),
    )
    expect(rest.problems).toEqual([])
    expect(withoutSource(rest)).toEqual(withoutSource(local))
    expect(JSON.stringify(rest.input)).not.toMatch(/MARKER-/)
  })
})

describe('newsletter stories', () => {
  it('pointing at a post that is no longer published are left out and named; the export goes on', async () => {
    await cms.payload.update({ collection: 'posts', id: postId, data: { _status: 'draft' } as never })
    try {
      const reader = await openLocalReader({ payload: cms.payload })
      const { problems, leftOut, input } = await collectSnapshot(reader)
      expect(problems).toEqual([])
      expect(leftOut).toContain(
        `newsletters/issue-one/en/sections.0.target: points at posts #${postId}, which is not published (or was left out); the section is left out`,
      )
      const issue = input.newsletters.find((n) => n.slug === 'issue-one')!
      expect(
        issue.translations.en!.sections.some(
          (section) => section.kind === 'story' && section.target.collection === 'posts',
        ),
      ).toBe(false)
    } finally {
      await cms.payload.update({ collection: 'posts', id: postId, data: { _status: 'published' } as never })
    }
  })
})
