import { defaultLocale, fallbackChain, getLocale, localeCodes, locales } from '@jol/content-schemas'
import { localization } from '@jol/cms/localization'
import { describe, expect, it } from 'vitest'

describe('the locale registry', () => {
  it('has the six languages with their BCP-47 tags and native names', () => {
    expect(localeCodes).toEqual(['en', 'ru', 'kk', 'ky', 'tg', 'uz'])
    expect(getLocale('uz')).toMatchObject({ tag: 'uz-Latn', script: 'Latn', nativeName: 'Oʻzbekcha' })
    expect(getLocale('kk')).toMatchObject({ tag: 'kk', script: 'Cyrl', nativeName: 'Қазақша' })
    expect(getLocale('tg').nativeName).toBe('Тоҷикӣ')
  })

  it('falls back kk, ky, tg, uz → ru → en and ru → en', () => {
    for (const code of ['kk', 'ky', 'tg', 'uz'] as const)
      expect(fallbackChain(code)).toEqual([code, 'ru', 'en'])
    expect(fallbackChain('ru')).toEqual(['ru', 'en'])
    expect(fallbackChain('en')).toEqual(['en'])
  })

  it('every chain ends at the default locale and never loops', () => {
    for (const locale of locales) {
      const chain = fallbackChain(locale.code)
      expect(new Set(chain).size).toBe(chain.length)
      expect(chain.at(-1)).toBe(defaultLocale)
    }
  })
})

describe("the CMS's localization", () => {
  it('is read from the registry, with fallback on and the same chains', () => {
    expect(localization.locales.map((l) => (typeof l === 'string' ? l : l.code))).toEqual([...localeCodes])
    expect(localization.defaultLocale).toBe(defaultLocale)
    expect(localization.fallback).toBe(true)
    const kk = localization.locales.find((l) => typeof l !== 'string' && l.code === 'kk')
    expect(kk).toMatchObject({ fallbackLocale: ['ru', 'en'] })
  })
})
