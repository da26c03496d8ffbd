import { localeCodes, type LocaleCode, type Snapshot } from '@jol/content-schemas'

import { entryKey } from './page-keys'
import { allEntryPages, entryPagesOf, type EntryPage } from './pages'
import { planned } from './render-plan'
import type { SectionId } from './routes'
import { entriesOf } from './sections'
import { getSnapshot, site } from './site'

/**
 * A preview build (the CMS showing an editor a draft, see scripts/preview) makes one entry page and
 * what that page links to as its own (a leaflet's PDF): every other page's static paths are empty,
 * so the build takes seconds and renders nothing else.
 */
const previewPage: string | undefined = site.previewPage

/** The getStaticPaths of a page a preview never shows: the same, with no paths in a preview build. */
export function notInPreview<F extends (...args: never[]) => unknown>(staticPaths: F): F {
  return ((...args: Parameters<F>) => (previewPage === undefined ? staticPaths(...args) : [])) as F
}

/** The page a preview build makes (undefined in a full build, or when the snapshot has no such page). */
export const previewedPage = (snapshot: Snapshot): EntryPage | undefined =>
  previewPage === undefined ? undefined : allEntryPages(snapshot).find((page) => page.path === previewPage)

/**
 * `getStaticPaths` for the entry pages of a section: one page per reader's locale that can show it
 * (those unchanged since the live release are carried over, see `render-plan.ts`).
 */
export async function entryStaticPaths(section: SectionId) {
  const snapshot = await getSnapshot()
  const paths = entriesOf(snapshot, section).flatMap((ref) => {
    const pages = entryPagesOf(ref)
    return pages
      .filter((page) => previewPage === undefined || page.path === previewPage)
      .map((page) => ({ params: { locale: page.locale, slug: page.slug }, props: { page, pages } }))
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

export const localeStaticPaths = notInPreview(() => localeCodes.map((locale) => ({ params: { locale } })))

/**
 * `getStaticPaths` of a page that is not an entry's, one path per item of `paths`: each carried over
 * from the live release while `pageData` of it is unchanged (see `render-plan.ts`). `pageData` is
 * what the page shows from the snapshot beyond what every key covers (settings, campaigns, strings
 * and templates): nothing, for a page made of the interface's own words.
 */
export function keyedStaticPaths<P extends Record<string, string>, Props = undefined>(
  route: string,
  paths: (snapshot: Snapshot) => { params: P; props?: Props }[],
  pageData: (snapshot: Snapshot, path: { params: P; props?: Props }) => unknown,
) {
  return notInPreview(async () => {
    const snapshot = await getSnapshot()
    return planned(snapshot, route, paths(snapshot), (path) => [path.params, pageData(snapshot, path)])
  })
}

/** A page in every reader's language showing `pageData` of the snapshot (`keyedStaticPaths`). */
export const keyedLocaleStaticPaths = (
  route: string,
  pageData: (snapshot: Snapshot, locale: LocaleCode) => unknown = () => null,
) =>
  keyedStaticPaths(
    route,
    () => localeCodes.map((locale) => ({ params: { locale } })),
    (snapshot, { params }) => pageData(snapshot, params.locale),
  )

export const localeParam = (value: string | undefined): LocaleCode => {
  const code = localeCodes.find((c) => c === value)
  if (!code) throw new Error(`Unknown locale in URL: ${value}`)
  return code
}
