import { mapTranslations, type SiteKind } from './kind'

/** A FAQ entry in lists: its question as the title, the start of its answer as the summary. */
export const questions: SiteKind<'questions'> = {
  listed: (e) => ({
    date: e.updatedAt,
    translations: mapTranslations(e.translations, (t) => ({
      title: t.question,
      summary: t.answer.split('\n')[0]!,
    })),
  }),
  // The FAQ is read by topic, on its own page: not among the home page's news.
  onHome: 0,
}
