import { describe, expect, it } from 'vitest'

import { alternatesFor } from '../../../site/src/lib/alternates'
import { resolveAny, resolveTranslation } from '../../../site/src/lib/fallback'

describe('fallback', () => {
  it('takes the first language of the reader’s chain that has a value, and says which', () => {
    expect(resolveTranslation({ en: 'E', ru: 'R' }, 'kk')).toEqual({
      value: 'R',
      locale: 'ru',
      isFallback: true,
    })
    expect(resolveTranslation({ en: 'E' }, 'kk')).toEqual({ value: 'E', locale: 'en', isFallback: true })
    expect(resolveTranslation({ en: 'E', kk: 'K' }, 'kk')).toEqual({
      value: 'K',
      locale: 'kk',
      isFallback: false,
    })
  })

  it('gives nothing when no language of the chain has it (no page is made)', () => {
    expect(resolveTranslation({ kk: 'K' }, 'ru')).toBeUndefined()
    expect(resolveTranslation({}, 'en')).toBeUndefined()
  })

  it('resolveAny falls back to any translation at all, for what every page needs', () => {
    expect(resolveAny({ kk: 'K' }, 'ru')).toEqual({ value: 'K', locale: 'kk', isFallback: true })
    expect(resolveAny({ ru: 'R' }, 'ru')).toEqual({ value: 'R', locale: 'ru', isFallback: false })
  })
})

describe('hreflang alternates', () => {
  const site = 'https://jol.test'
  const pathFor = (locale: string) => `/${locale}/blog/x/`

  it('announce only real translations, in registry order, with BCP-47 tags and x-default on English', () => {
    expect(alternatesFor(['ru', 'en', 'uz'], pathFor, site)).toEqual([
      { hreflang: 'en', href: 'https://jol.test/en/blog/x/' },
      { hreflang: 'ru', href: 'https://jol.test/ru/blog/x/' },
      { hreflang: 'uz-Latn', href: 'https://jol.test/uz/blog/x/' },
      { hreflang: 'x-default', href: 'https://jol.test/en/blog/x/' },
    ])
  })

  it('point x-default at the first real language without English, or at the given path', () => {
    expect(alternatesFor(['ky', 'kk'], pathFor, site).at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://jol.test/kk/blog/x/',
    })
    expect(alternatesFor(['en'], pathFor, site, '/').at(-1)).toEqual({
      hreflang: 'x-default',
      href: 'https://jol.test/',
    })
    expect(alternatesFor([], pathFor, site)).toEqual([])
  })
})
