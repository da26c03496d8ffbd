import {
  nextTranslationState,
  translationStatuses,
  unitPlainText,
  unitsTranslated,
  wordDiff,
  type TranslationState,
} from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

const now = '2026-12-02T10:00:00.000Z'
const saveSource = (state: TranslationState, hash: string, title: string, minor = false) =>
  nextTranslationState(state, {
    locale: 'en',
    sourceHash: hash,
    sourceUnits: { title },
    written: true,
    minor,
    now,
  })
const saveTranslation = (state: TranslationState, locale: 'ru' | 'kk', written = true) =>
  nextTranslationState(state, { locale, written, minor: false, now })

describe('translation status (pure logic)', () => {
  it('follows the source: missing, up to date, outdated; minor changes carry up-to-date ones over', () => {
    let state = saveSource({}, 'h1', 'Hello world')
    expect(translationStatuses(state)).toMatchObject({ en: 'source', ru: 'missing', kk: 'missing' })
    state = saveTranslation(saveTranslation(state, 'ru'), 'kk')
    state = saveSource(state, 'h2', 'Hello wide world')
    expect(translationStatuses(state)).toMatchObject({ ru: 'outdated', kk: 'outdated' })
    state = saveTranslation(state, 'kk')
    state = saveSource(state, 'h3', 'Hello wide world!', true)
    expect(translationStatuses(state)).toMatchObject({ ru: 'outdated', kk: 'up-to-date' })
    // What ru was made from is still known (for the diff); nothing else is kept.
    expect(unitsTranslated(state, 'ru')).toEqual({ title: 'Hello world' })
    expect(Object.keys(state.previous ?? {})).toEqual(['h1'])
  })

  it('an emptied translation is missing again; an unchanged source changes nothing', () => {
    let state = saveTranslation(saveSource({}, 'h1', 'Hello'), 'ru')
    expect(saveSource(state, 'h1', 'Hello')).toEqual(state)
    state = saveTranslation(state, 'ru', false)
    expect(translationStatuses(state).ru).toBe('missing')
  })
})

describe('word diff', () => {
  it('names the words added and removed, markup left out', () => {
    expect(wordDiff('Call the <pc id="1" type="fmt">hotline</pc> today', 'Call the hotline now')).toEqual([
      { kind: 'same', text: 'Call the hotline ' },
      { kind: 'removed', text: 'today' },
      { kind: 'added', text: 'now' },
    ])
    expect(unitPlainText('a &lt;b&gt; &amp; c<ph id="1" type="fmt" subType="xlf:lb"/>d')).toBe('a <b> & c\nd')
  })
})
