import { localeCodes, type LocaleCode } from '@jol/content-schemas'

import { entryKey } from './page-keys'
import { entryPagesOf, type EntryPage } from './pages'
import { planned } from './render-plan'
import type { SectionId } from './routes'
import { entriesOf } from './sections'
import { getSnapshot } from './site'

/**
 * `getStaticPaths` for the entry pages of a section: one page per reader's locale that can show it
 * (those unchanged since the live release are carried over, see `render-plan.ts`).
 */
export async function entryStaticPaths(section: SectionId) {
  const snapshot = await getSnapshot()
  const paths = entriesOf(snapshot, section).flatMap((ref) => {
    const pages = entryPagesOf(ref)
    return pages.map((page) => ({ params: { locale: page.locale, slug: page.slug }, props: { page, pages } }))
  })
  return planned(snapshot, `/[locale]/${section}/[slug]`, paths, ({ props }) => [
    props.page,
    entryKey(snapshot, section, props.page.slug),
  ])
}

export interface EntryPageProps {
  page: EntryPage
  pages: EntryPage[]
}

export const localeStaticPaths = () => localeCodes.map((locale) => ({ params: { locale } }))

export const localeParam = (value: string | undefined): LocaleCode => {
  const code = localeCodes.find((c) => c === value)
  if (!code) throw new Error(`Unknown locale in URL: ${value}`)
  return code
}
