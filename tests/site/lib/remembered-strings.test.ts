import { describe, expect, it } from 'vitest'

import type { Translate } from '../../../site/src/lib/i18n'
import { rememberedStrings } from '../../../site/src/lib/remembered-strings'

/** `rememberedStrings`: each (key, values) resolved once per locale's translator, never mixed up. */

function counted() {
  const calls: string[] = []
  const translate: Translate = (key, values) => {
    calls.push(key)
    if (key === 'nav.campaigns') throw new Error('the UI string "nav.campaigns" is in no translations file')
    return values === undefined ? `<${key}>` : `<${key} ${JSON.stringify(values)}>`
  }
  return { calls, translate }
}

describe('rememberedStrings', () => {
  it('resolves a key once and gives the same string after', () => {
    const { calls, translate } = counted()
    const t = rememberedStrings(translate)
    expect(t('nav.blog')).toBe('<nav.blog>')
    expect(t('nav.blog')).toBe('<nav.blog>')
    expect(t('nav.leaflets')).toBe('<nav.leaflets>')
    expect(calls).toEqual(['nav.blog', 'nav.leaflets'])
  })

  it('tells calls apart by their values, a number from the same digits as text, and no values from empty ones', () => {
    const { calls, translate } = counted()
    const t = rememberedStrings(translate)
    expect(t('leaflets.count', { count: 1 })).toBe('<leaflets.count {"count":1}>')
    expect(t('leaflets.count', { count: '1' })).toBe('<leaflets.count {"count":"1"}>')
    expect(t('leaflets.count', { count: 2 })).toBe('<leaflets.count {"count":2}>')
    expect(t('leaflets.count', {})).toBe('<leaflets.count {}>')
    expect(t('leaflets.count')).toBe('<leaflets.count>')
    expect(t('leaflets.count', { count: 1 })).toBe('<leaflets.count {"count":1}>')
    expect(calls).toHaveLength(5)
  })

  it('remembers no failure: a missing key fails every time it is asked for', () => {
    const { calls, translate } = counted()
    const t = rememberedStrings(translate)
    expect(() => t('nav.campaigns')).toThrow(/nav\.campaigns/)
    expect(() => t('nav.campaigns')).toThrow(/nav\.campaigns/)
    expect(calls).toEqual(['nav.campaigns', 'nav.campaigns'])
  })
})
