import type { FaqEntry } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

import { faqByTopic, paragraphsOf } from '../../../site/src/lib/faq'

const entry = (
  slug: string,
  topic: FaqEntry['topic'],
  updatedAt: string,
  translations: FaqEntry['translations'],
): FaqEntry => ({ slug, topic, updatedAt, translations })
const qa = (question: string) => ({ question, answer: `${question}: answer` })

const entries = [
  entry('question-aaaa0001', 'employment', '2026-03-01T00:00:00.000Z', {
    ru: qa('Патент'),
    tg: qa('Патент tg'),
  }),
  entry('question-aaaa0002', 'employment', '2026-03-05T00:00:00.000Z', { en: qa('Wages') }),
  entry('question-aaaa0003', 'children-rights', '2026-02-01T00:00:00.000Z', { uz: qa('Maktab') }),
]

describe('the FAQ by topic', () => {
  it('groups by topic in the vocabulary’s order, newest first inside a topic', () => {
    const groups = faqByTopic(entries, 'en')
    expect(groups.map((g) => g.topic)).toEqual(['employment'])
    expect(groups[0]!.items.map((i) => i.slug)).toEqual(['question-aaaa0002'])
    const ru = faqByTopic(entries, 'ru')
    expect(ru.map((g) => [g.topic, g.items.map((i) => i.slug)])).toEqual([
      ['employment', ['question-aaaa0002', 'question-aaaa0001']],
    ])
  })

  it('follows the fallback chain and says which language is shown', () => {
    const kk = faqByTopic(entries, 'kk')
    const shown = kk.flatMap((g) => g.items.map((i) => [i.slug, i.text.locale, i.text.isFallback]))
    expect(shown).toEqual([
      ['question-aaaa0002', 'en', true],
      ['question-aaaa0001', 'ru', true],
    ])
    const uz = faqByTopic(entries, 'uz')
    expect(uz.map((g) => g.topic)).toEqual(['children-rights', 'employment'])
    expect(uz[0]!.items[0]!.text).toMatchObject({ locale: 'uz', isFallback: false })
    expect(
      faqByTopic(entries, 'tg')[0]!.items.find((i) => i.slug === 'question-aaaa0001')!.text.value.question,
    ).toBe('Патент tg')
  })

  it('splits an answer into paragraphs at blank lines', () => {
    expect(paragraphsOf('One.\n\nTwo,\nstill two.\n \n\nThree. ')).toEqual([
      'One.',
      'Two,\nstill two.',
      'Three.',
    ])
  })
})
