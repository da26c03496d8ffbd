import { contentKinds } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

import {
  assertSlugFitsIndex,
  entryPath,
  feedPath,
  feedSections,
  homePath,
  indexPath,
  searchPath,
  sectionIds,
} from '../../../site/src/lib/routes'

describe('routes', () => {
  it('are root-relative with a trailing slash, one shape per kind of page', () => {
    expect(homePath('ky')).toBe('/ky/')
    expect(searchPath('uz')).toBe('/uz/search/')
    expect(indexPath('ru', 'press')).toBe('/ru/press/')
    expect(indexPath('ru', 'press', 1)).toBe('/ru/press/')
    expect(indexPath('ru', 'press', 3)).toBe('/ru/press/3/')
    expect(entryPath('tg', 'blog', 'a-post')).toBe('/tg/blog/a-post/')
    expect(feedPath('en', 'blog')).toBe('/en/blog/rss.xml')
  })

  it('has one section per kind of content, in the registry’s order, and feeds only for sections that exist', () => {
    expect(sectionIds).toEqual(contentKinds.map((kind) => kind.section))
    expect(sectionIds).toEqual(['leaflets', 'press', 'newsletters', 'blog', 'campaigns', 'faq'])
    for (const feed of feedSections) expect(sectionIds).toContain(feed)
  })

  it('refuses a slug of digits only, which would collide with a page of the index', () => {
    expect(() => assertSlugFitsIndex('blog', '2')).toThrow(
      /^blog\/2: a slug made only of digits collides with the index's page 2/,
    )
    expect(() => assertSlugFitsIndex('blog', '2026-report')).not.toThrow()
  })
})
