import { sectionIds, type LocaleCode, type SectionId, type Topic } from '@jol/content-schemas'

/** Every URL the site builds, in one place. All are root-relative with a trailing slash. */

/** The sections (one per kind of content) come from the registry of kinds in content-schemas. */
export { sectionIds, type SectionId }

/** The sections with an RSS feed. */
export const feedSections = ['press', 'blog'] as const satisfies readonly SectionId[]
export type FeedSection = (typeof feedSections)[number]

export const PAGE_SIZE = 10

export const homePath = (locale: LocaleCode) => `/${locale}/`
export const searchPath = (locale: LocaleCode) => `/${locale}/search/`
export const indexPath = (locale: LocaleCode, section: SectionId, page = 1) =>
  page <= 1 ? `/${locale}/${section}/` : `/${locale}/${section}/${page}/`
export const entryPath = (locale: LocaleCode, section: SectionId, slug: string) =>
  `/${locale}/${section}/${slug}/`
/** Everything on one topic (a reader's need), across kinds of content. */
export const topicPath = (locale: LocaleCode, topic: Topic, page = 1) =>
  page <= 1 ? `/${locale}/topics/${topic}/` : `/${locale}/topics/${topic}/${page}/`
export const feedPath = (locale: LocaleCode, section: FeedSection) => `/${locale}/${section}/rss.xml`

/** A slug made only of digits would be built at the same path as a page of its section's index. */
export function assertSlugFitsIndex(section: SectionId, slug: string): void {
  if (/^[0-9]+$/.test(slug)) {
    throw new Error(
      `${section}/${slug}: a slug made only of digits collides with the index's page ${slug} (/${section}/${slug}/); give it a word`,
    )
  }
}
