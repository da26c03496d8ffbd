import { topicSchema, type FaqEntry, type LocaleCode, type Snapshot, type Topic } from '@jol/content-schemas'

import { resolveTranslation, type Resolved } from './fallback'

/**
 * The FAQ page of one locale: answers grouped by topic (in the vocabulary's order), each in the
 * reader's language or, by the usual fallback chain, the first language that has it (said so on the
 * page). A topic with nothing to show is left out; an entry no language of the chain has is too.
 */

export interface FaqItem {
  slug: string
  text: Resolved<FaqEntry['translations'][LocaleCode] & object>
}

export interface FaqGroup {
  topic: Topic
  items: FaqItem[]
}

export function faqByTopic(entries: readonly FaqEntry[], locale: LocaleCode): FaqGroup[] {
  const newestFirst = [...entries].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.slug.localeCompare(b.slug),
  )
  return topicSchema.options.flatMap((topic) => {
    const items = newestFirst.flatMap((entry): FaqItem[] => {
      if (entry.topic !== topic) return []
      const text = resolveTranslation(entry.translations, locale)
      return text ? [{ slug: entry.slug, text }] : []
    })
    return items.length > 0 ? [{ topic, items }] : []
  })
}

export const faqOf = (snapshot: Snapshot, locale: LocaleCode): FaqGroup[] =>
  faqByTopic(snapshot.questions, locale)

/** An answer is plain text: its paragraphs are separated by blank lines. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
