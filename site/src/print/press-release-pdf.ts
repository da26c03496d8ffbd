import type { LocaleCode, MediaContact, PressRelease, RichText } from '@jol/content-schemas'
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import { createElement as h, type ReactElement } from 'react'

import { PRINT_FONT_FAMILY } from './fonts'
import { renderPdf } from './render'
import { layoutFingerprint } from './cache'
import { RichTextBlocks, richTextLayout, type PrintedPicture, type RichTextContext } from './rich-text'
import { printTheme } from './theme'

/** A press release on A4, as journalists expect it: dateline, text, quotes, media contacts, "about us". */

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
  campaign: string
  pageUrl: string
  labels: { quotes: string; mediaContacts: string; about: string }
  richText: Omit<RichTextContext, 'pictures'>
  pictures: ReadonlyMap<string, PrintedPicture>
}

/** Text column width on A4 with these margins: what pictures in the body are scaled to. */
export const RELEASE_MARGIN = 56
export const releaseColumnWidth = 595.28 - 2 * RELEASE_MARGIN

const styles = StyleSheet.create({
  page: { fontFamily: PRINT_FONT_FAMILY, fontSize: printTheme.bodySize + 0.5, lineHeight: 1.4, color: printTheme.text, padding: RELEASE_MARGIN, paddingBottom: RELEASE_MARGIN + 10 },
  note: { fontSize: 8.5, fontWeight: 700, color: printTheme.accent, textTransform: 'uppercase', marginBottom: 8 },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.2, marginBottom: 6 },
  dateline: { fontSize: 9, color: printTheme.muted, marginBottom: 8 },
  summary: { fontSize: 12, lineHeight: 1.35, marginBottom: 10 },
  heading: { fontSize: 12, fontWeight: 700, lineHeight: 1.25, marginTop: 8, marginBottom: 4 },
  quote: { marginBottom: 6, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: printTheme.accent },
  quoteText: { fontStyle: 'italic' },
  speaker: { fontSize: 9, color: printTheme.muted },
  contact: { marginBottom: 4 },
  footer: { position: 'absolute', left: 0, right: 0, bottom: 20, textAlign: 'center', fontSize: 7.5, color: printTheme.muted },
})

export function PressReleaseDocument({ release }: { release: ReleasePrint }): ReactElement {
  const { text, labels } = release
  const date = new Date(release.updatedAt)
  return h(
    Document,
    { title: text.title, subject: text.summary, author: release.campaign, creator: release.campaign, producer: 'Jol', language: release.languageTag, creationDate: date, modificationDate: date },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Text, { style: styles.note }, release.releaseNote),
      h(Text, { style: styles.title }, text.title),
      h(Text, { style: styles.dateline }, release.dateline),
      h(Text, { style: styles.summary }, text.summary),
      h(RichTextBlocks, { tree: text.body, context: { ...release.richText, pictures: release.pictures } }),
      text.quotes.length > 0
        ? h(
            View,
            null,
            h(Text, { style: styles.heading, minPresenceAhead: 40 }, labels.quotes),
            text.quotes.map((q, index) => h(View, { key: index, style: styles.quote, wrap: false }, h(Text, { style: styles.quoteText }, q.quote), h(Text, { style: styles.speaker }, [q.speaker, q.role].filter(Boolean).join(', ')))),
          )
        : null,
      release.mediaContacts.length > 0
        ? h(
            View,
            { wrap: false },
            h(Text, { style: styles.heading }, labels.mediaContacts),
            release.mediaContacts.map((c, index) => h(Text, { key: index, style: styles.contact }, [[c.name, c.role].filter(Boolean).join(', '), c.phone, c.email].filter(Boolean).join(' · '))),
          )
        : null,
      h(View, { wrap: false }, h(Text, { style: styles.heading }, labels.about), h(RichTextBlocks, { tree: release.boilerplate, context: { ...release.richText, pictures: new Map() } })),
      h(Text, { style: styles.footer, fixed: true }, `${release.campaign} · ${release.pageUrl}`),
    ),
  )
}

/** Changes whenever the release's layout code or styles change (see `layoutFingerprint`). */
export const pressReleaseLayout = layoutFingerprint(PressReleaseDocument, styles, printTheme, ...richTextLayout())

export const renderPressReleasePdf = (release: ReleasePrint): Promise<Uint8Array> => renderPdf(h(PressReleaseDocument, { release }))
