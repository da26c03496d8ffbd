import { describe, expect, it } from 'vitest'

import { indexedContent } from '@jol/scripts/build/indexedContent'

/** What Pagefind reads of a page decides whether a locale's search index is made again. */

const page = ({
  lang = 'kk',
  head = '<h1>Мектеп</h1>',
  body = '<p>Балаңыздың мектепке баруға құқығы бар</p>',
  ignored = '<time>2025 ж. 1 қаңтар</time>',
  around = '<nav><a href="/ky/">Кыргызча</a></nav>',
} = {}) =>
  `<!DOCTYPE html><html lang="${lang}"><head><title>x</title></head><body>${around}<main><article data-pagefind-body>${head}<p class="meta" data-pagefind-ignore>${ignored}<img src="/a.png"></p>${body}</article></main></body></html>`

describe('indexedContent', () => {
  it('is the same when only ignored parts or parts outside the indexed element change', () => {
    expect(indexedContent(page({ ignored: '<time>2026 ж. 2 желтоқсан</time>' }))).toBe(indexedContent(page()))
    expect(indexedContent(page({ around: '<nav><a href="/uz/">Oʻzbekcha</a></nav>' }))).toBe(
      indexedContent(page()),
    )
  })

  it('differs when the indexed text, its markup, the title, a picture or the language changes', () => {
    const base = indexedContent(page())
    expect(indexedContent(page({ body: '<p>Балаңыздың мектепке баруға құқығы бар!</p>' }))).not.toBe(base)
    expect(indexedContent(page({ body: '<p id="x">Балаңыздың мектепке баруға құқығы бар</p>' }))).not.toBe(
      base,
    )
    expect(indexedContent(page({ head: '<h1>Мектеп — құқық</h1>' }))).not.toBe(base)
    expect(indexedContent(page({ lang: 'ky' }))).not.toBe(base)
    // An image inside an ignored part is still read for the result's default picture.
    expect(indexedContent(page().replace('/a.png', '/b.png'))).not.toBe(base)
  })

  it('counts the first heading and Pagefind settings outside the indexed element', () => {
    const outside = (h1: string, meta: string) =>
      `<html lang="en"><body><h1>${h1}</h1><span data-pagefind-meta="author">${meta}</span><div data-pagefind-body><p>Text</p></div></body></html>`
    expect(indexedContent(outside('A', 'B'))).not.toBe(indexedContent(outside('A2', 'B')))
    expect(indexedContent(outside('A', 'B'))).not.toBe(indexedContent(outside('A', 'B2')))
  })

  it('is undefined for a page Pagefind does not index (no data-pagefind-body)', () => {
    expect(indexedContent('<html lang="en"><body><h1>Fallback</h1><p>Text</p></body></html>')).toBeUndefined()
  })
})
