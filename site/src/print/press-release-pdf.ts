import type { LocaleCode, MediaContact, PressRelease, RichText } from '@jol/content-schemas'

import { layoutFingerprint } from './cache'
import { PrintFiles, renderTypstPdf, templateFingerprint, typstDate } from './engine'
import { richTextPrint, type PrintedPicture, type RichTextContext } from './rich-text'
import { printTheme } from './theme'

/** A press release on A4 (`typst/press-release.typ`): dateline, text, quotes, media contacts, "about us". */

export type ReleaseText = NonNullable<PressRelease['translations'][LocaleCode]>

export interface ReleasePrint {
  slug: string
  locale: LocaleCode
  languageTag: string
  updatedAt: string
  text: ReleaseText
  /** "Astana, 20 February 2025", formatted in the release's language. */
  dateline: string
  /** "For immediate release" or "Embargo lifted: …" */
  releaseNote: string
  mediaContacts: MediaContact[]
  boilerplate: RichText
  /** BCP-47 tag of the boilerplate, when the press room has none in the release's language. */
  boilerplateLanguageTag?: string | undefined
  campaign: string
  pageUrl: string
  labels: { quotes: string; mediaContacts: string; about: string }
  richText: Omit<RichTextContext, 'pictures'>
  pictures: ReadonlyMap<string, PrintedPicture>
}

/** Text column width on A4 with these margins: what pictures in the body are scaled to. */
export const RELEASE_MARGIN = 56
export const releaseColumnWidth = 595.28 - 2 * RELEASE_MARGIN

/** The release as the template's data (JSON), with the pictures it shows as files. */
export function pressReleaseData(release: ReleasePrint, files: PrintFiles) {
  const { text, labels } = release
  const options = { files, columnWidth: releaseColumnWidth }
  return {
    title: text.title,
    subject: text.summary,
    author: release.campaign,
    lang: release.languageTag,
    date: typstDate(release.updatedAt),
    theme: printTheme,
    margin: RELEASE_MARGIN,
    releaseNote: release.releaseNote,
    dateline: release.dateline,
    summary: text.summary,
    body: richTextPrint(
      text.body,
      { ...release.richText, pictures: release.pictures },
      { ...options, underLevel: 1 },
    ),
    quotes: {
      label: labels.quotes,
      items: text.quotes.map((q) => ({
        quote: q.quote,
        speaker: [q.speaker, q.role].filter(Boolean).join(', '),
      })),
    },
    mediaContacts: {
      label: labels.mediaContacts,
      items: release.mediaContacts.map((c) =>
        [[c.name, c.role].filter(Boolean).join(', '), c.phone, c.email].filter(Boolean).join(' · '),
      ),
    },
    about: {
      label: labels.about,
      lang: release.boilerplateLanguageTag ?? release.languageTag,
      body: richTextPrint(
        release.boilerplate,
        { ...release.richText, pictures: new Map() },
        { ...options, underLevel: 2 },
      ),
    },
    footer: `${release.campaign} · ${release.pageUrl}`,
  }
}

/** Changes whenever the release's template or the code that builds its data changes (part of the cache key). */
export const pressReleaseLayout = layoutFingerprint(
  templateFingerprint('press-release'),
  pressReleaseData,
  printTheme,
  richTextPrint,
)

export async function renderPressReleasePdf(release: ReleasePrint): Promise<Uint8Array> {
  const files = new PrintFiles()
  const data = pressReleaseData(release, files)
  return renderTypstPdf({
    template: 'press-release',
    data,
    files,
    where: { collection: 'press-releases', slug: release.slug, locale: release.locale },
  })
}
