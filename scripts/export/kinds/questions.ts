import type { FaqEntry } from '@jol/content-schemas'

import { iso, required, type KindConverter } from './convert'

/**
 * Questions published as FAQ (the reader only ever reads documents whose status is `faq`). Picks the
 * public fields by name, so nothing else a question holds (the reader's own words, place, contact,
 * consent, the day asked, editors' notes) can reach the snapshot, whatever the CMS answered.
 */
export const questions: KindConverter<'questions'> = {
  mediaIds: () => [],
  convert({ slug, shared, written }) {
    const translations: FaqEntry['translations'] = {}
    for (const [locale, doc] of written)
      translations[locale] = { question: required(doc.publicQuestion), answer: required(doc.answer) }
    return {
      slug,
      // When an editor last changed it; never the time a reader asked.
      updatedAt: iso(shared.editedAt),
      topic: shared.topic as FaqEntry['topic'],
      translations,
    }
  },
}
