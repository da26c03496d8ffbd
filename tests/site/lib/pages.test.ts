import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { allEntryPages, entryPagePaths, entryPagesOf, fallbackPaths } from '../../../site/src/lib/pages'
import { entriesOf, onHome } from '../../../site/src/lib/sections'
import { sitemapOptions } from '../../../site/src/lib/sitemap'
import { leaflet, newsletter, post, release, snapshotOf } from './snapshots'

/** Which pages exist and what they show: computed from a snapshot in memory, in milliseconds. */

const snapshot = snapshotOf({
  leaflets: [
    leaflet('older', '2026-01-01T00:00:00.000Z', ['en']),
    leaflet('newer', '2026-02-01T00:00:00.000Z', ['en', 'ru', 'kk'], 'cover1'),
  ],
  'press-releases': [release('launch', '2026-03-01T00:00:00.000Z', ['ru'], ['photo1', 'photo2'])],
  newsletters: [newsletter('issue-1', '2026-03-02T00:00:00.000Z', ['kk'])],
  posts: [post('b', '2026-01-05T00:00:00.000Z', ['en']), post('a', '2026-01-05T00:00:00.000Z', ['en'])],
})

describe('sections', () => {
  it('list each kind newest first (ties by slug), with the date, picture and card its kind chooses', () => {
    expect(entriesOf(snapshot, 'leaflets').map((e) => e.slug)).toEqual(['newer', 'older'])
    expect(entriesOf(snapshot, 'blog').map((e) => e.slug)).toEqual(['a', 'b'])
    const [launch] = entriesOf(snapshot, 'press')
    expect(launch).toEqual({
      section: 'press',
      slug: 'launch',
      date: '2026-03-01T00:00:00.000Z',
      image: 'photo1',
      translations: { ru: { title: 'launch ru', summary: 'summary ru' } },
    })
    expect(entriesOf(snapshot, 'newsletters')[0]!.translations.kk).toEqual({
      title: 'issue-1 kk',
      summary: 'intro kk',
    })
    expect(entriesOf(snapshot, 'leaflets')[0]!.image).toBe('cover1')
  })

  it('keep a corrected leaflet where its first publication put it, not at the top', () => {
    const corrected = {
      ...leaflet('corrected', '2025-12-01T00:00:00.000Z', ['en']),
      updatedAt: '2026-06-01T00:00:00.000Z',
    }
    const listed = entriesOf(snapshotOf({ leaflets: [...snapshot.leaflets, corrected] }), 'leaflets')
    expect(listed.map((e) => e.slug)).toEqual(['newer', 'older', 'corrected'])
    expect(listed[2]!.date).toBe('2025-12-01T00:00:00.000Z')
  })

  it('are computed once per snapshot', () => {
    expect(entriesOf(snapshot, 'leaflets')).toBe(entriesOf(snapshot, 'leaflets'))
  })

  it('say how many of their newest entries the home page shows', () => {
    expect([onHome('leaflets'), onHome('press'), onHome('newsletters'), onHome('blog')]).toEqual([1, 1, 1, 3])
  })
})

describe('entry pages', () => {
  it('exist for every reader whose chain reaches a real translation, marking fallbacks and their canonical', () => {
    const pages = entryPagesOf(entriesOf(snapshot, 'press')[0]!)
    // Written in Russian only: ru is real; kk, ky, tg, uz fall back to it; English has no Russian in its chain.
    expect(pages.map((p) => [p.locale, p.shown, p.isFallback])).toEqual([
      ['ru', 'ru', false],
      ['kk', 'ru', true],
      ['ky', 'ru', true],
      ['tg', 'ru', true],
      ['uz', 'ru', true],
    ])
    expect(pages.find((p) => p.locale === 'kk')).toMatchObject({
      path: '/kk/press/launch/',
      canonicalPath: '/ru/press/launch/',
    })
  })

  it('of a Kazakh-only entry exist in Kazakh alone', () => {
    expect(entryPagesOf(entriesOf(snapshot, 'newsletters')[0]!).map((p) => p.locale)).toEqual(['kk'])
  })

  it('are listed once for the whole site, with the paths of fallback pages kept apart', () => {
    const all = allEntryPages(snapshot)
    expect(
      all
        .filter((p) => !p.isFallback)
        .map((p) => p.path)
        .sort(),
    ).toEqual(
      [
        '/en/blog/a/',
        '/en/blog/b/',
        '/en/leaflets/newer/',
        '/en/leaflets/older/',
        '/ru/leaflets/newer/',
        '/kk/leaflets/newer/',
        '/ru/press/launch/',
        '/kk/newsletters/issue-1/',
      ].sort(),
    )
    expect(entryPagePaths(snapshot).has('/uz/leaflets/older/')).toBe(true)
    expect(fallbackPaths(snapshot).has('/uz/leaflets/older/')).toBe(true)
    expect(fallbackPaths(snapshot).has('/kk/leaflets/newer/')).toBe(false)
  })

  it('refuse a slug made of digits only', () => {
    expect(() =>
      allEntryPages(snapshotOf({ posts: [post('2026', '2026-01-01T00:00:00.000Z', ['en'])] })),
    ).toThrow(/blog\/2026: a slug made only of digits/)
  })
})

describe('sitemap rules', () => {
  it('keep real pages and leave out fallback pages and search pages', () => {
    const snapshotDir = path.join('/nonexistent', `jol-unit-${process.pid}`)
    // The sitemap filter runs after the build has read the snapshot: put this one where `loadSnapshot` keeps it.
    const store = (globalThis as Record<symbol, { loaded: Map<string, unknown> } | undefined>)[
      Symbol.for('jol.site.snapshot')
    ]
    const loaded = store?.loaded ?? new Map<string, unknown>()
    if (!store)
      (globalThis as Record<symbol, unknown>)[Symbol.for('jol.site.snapshot')] = {
        pending: new Map(),
        loaded,
      }
    loaded.set(path.resolve(snapshotDir), snapshot)

    const options = sitemapOptions({
      snapshotDir,
      siteUrl: 'https://jol.test',
      cmsUrl: 'https://cms.jol.test',
      outDir: '/tmp/x',
      timeZone: 'Asia/Almaty',
      printCacheDir: '/tmp/c',
    })
    const keep = (urlPath: string) => options!.filter!(`https://jol.test${urlPath}`)
    expect(keep('/en/leaflets/older/')).toBe(true)
    expect(keep('/kk/leaflets/newer/')).toBe(true)
    expect(keep('/uz/leaflets/older/')).toBe(false)
    expect(keep('/kk/press/launch/')).toBe(false)
    expect(keep('/ky/search/')).toBe(false)
    expect(keep('/ky/')).toBe(true)
  })
})
