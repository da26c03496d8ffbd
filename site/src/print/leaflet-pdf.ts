import type { Leaflet, LocaleCode, PrintFormat } from '@jol/content-schemas'
import { Document, Image, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer'
import { createElement as h, type ReactElement } from 'react'

import { PRINT_FONT_FAMILY } from './fonts'
import { renderPdf } from './render'
import { fill, type PrintLabels } from './labels'
import { layoutFingerprint } from './cache'
import { QrCode, qrPath } from './qr'
import { RichTextBlocks, richTextLayout, type PrintedPicture, type RichTextContext } from './rich-text'
import { printTheme } from './theme'

/**
 * The printable leaflet: title, summary, key messages, body, a "where to get help" box with the
 * contacts and the emergency hotline, a QR code to the same leaflet on the web in the same
 * language, and the campaign and version date in the footer of every page.
 */

export type LeafletText = NonNullable<Leaflet['translations'][LocaleCode]>

export interface LeafletPrint {
  slug: string
  locale: LocaleCode
  /** BCP-47 tag written into the PDF (screen readers, text extraction). */
  languageTag: string
  format: PrintFormat
  /** The version date: also the PDF's creation date, so the same content gives the same bytes. */
  updatedAt: string
  text: LeafletText
  /** Absolute URL of the leaflet's page in the same language (the QR code's target). */
  pageUrl: string
  campaign: string
  /** "Version of 10 February 2025", already formatted in the leaflet's language and the site's time zone. */
  versionLine: string
  hotline: { label: string; phone: string; hours?: string | undefined }
  labels: PrintLabels
  cover?: PrintedPicture | undefined
  /** Pictures of the body, by media id. */
  pictures: ReadonlyMap<string, PrintedPicture>
}

/** Sizes per paper format: A5 is folded and handed out, so its type is a little smaller. */
const layoutOf = (format: PrintFormat) =>
  format === 'A5' ? { margin: 28, size: 9.5, title: 17, qr: 64 } : { margin: 42, size: printTheme.bodySize + 1, title: 22, qr: 80 }

/** Width of the text column in points: what pictures are scaled to. */
export const leafletColumnWidth = (format: PrintFormat) => (format === 'A5' ? 419.53 : 595.28) - 2 * layoutOf(format).margin

const styles = StyleSheet.create({
  campaign: { color: printTheme.accent, fontWeight: 700, fontSize: 8, textTransform: 'uppercase', marginBottom: 4 },
  // Line heights are set wherever the size differs from the page's: an inherited one is in points.
  title: { fontWeight: 700, lineHeight: 1.2, marginBottom: 6 },
  summary: { fontSize: 11, lineHeight: 1.35, marginBottom: 8 },
  cover: { marginBottom: 8 },
  coverImage: { maxHeight: 170, objectFit: 'cover' },
  caption: { fontSize: 7.5, color: printTheme.muted, marginTop: 2 },
  box: { backgroundColor: printTheme.box, padding: 8, marginBottom: 8, borderRadius: 3 },
  boxTitle: { fontWeight: 700, marginBottom: 4, fontSize: 11, lineHeight: 1.25 },
  row: { flexDirection: 'row', marginBottom: 2 },
  bullet: { width: 12 },
  grow: { flex: 1 },
  help: { flexDirection: 'row', borderWidth: 1.5, borderColor: printTheme.accent, borderRadius: 3, padding: 8, marginTop: 6 },
  contact: { marginBottom: 4 },
  strong: { fontWeight: 700 },
  hotline: { marginTop: 4, paddingTop: 4, borderTopWidth: 0.5, borderTopColor: printTheme.accent },
  hotlinePhone: { fontWeight: 700, fontSize: 13, lineHeight: 1.25 },
  qr: { marginLeft: 10, alignItems: 'center' },
  qrCaption: { fontSize: 6.5, color: printTheme.muted, marginTop: 2, textAlign: 'center' },
  link: { color: printTheme.link },
  footer: { position: 'absolute', left: 0, right: 0, bottom: 14, textAlign: 'center', fontSize: 7, color: printTheme.muted },
})

function HelpBox({ leaflet, qrWidth }: { leaflet: LeafletPrint; qrWidth: number }): ReactElement {
  const { text, labels, hotline } = leaflet
  return h(
    View,
    { style: styles.help, wrap: false },
    h(
      View,
      { style: styles.grow },
      h(Text, { style: styles.boxTitle }, labels.help),
      text.contacts.map((contact, index) =>
        h(
          View,
          { key: index, style: styles.contact },
          h(Text, { style: styles.strong }, contact.label),
          contact.phone ? h(Text, null, contact.phone) : null,
          contact.hours ? h(Text, null, fill(labels.hours, { hours: contact.hours })) : null,
          contact.url ? h(Link, { src: contact.url, style: styles.link }, contact.url) : null,
        ),
      ),
      h(
        View,
        { style: styles.hotline },
        h(Text, { style: styles.strong }, `${labels.hotline}: ${hotline.label}`),
        h(Text, { style: styles.hotlinePhone }, hotline.phone),
        hotline.hours ? h(Text, null, hotline.hours) : null,
      ),
    ),
    h(View, { style: [styles.qr, { width: qrWidth + 16 }] }, h(QrCode, { url: leaflet.pageUrl, width: qrWidth }), h(Text, { style: styles.qrCaption }, labels.scan)),
  )
}

export function LeafletDocument({ leaflet }: { leaflet: LeafletPrint }): ReactElement {
  const layout = layoutOf(leaflet.format)
  const { text, labels } = leaflet
  const context: RichTextContext = { pictures: leaflet.pictures, calloutLabels: labels.callout, creditLine: (credit) => fill(labels.photoCredit, { credit }) }
  const version = new Date(leaflet.updatedAt)
  return h(
    Document,
    { title: text.title, subject: text.summary, author: leaflet.campaign, creator: leaflet.campaign, producer: 'Jol', language: leaflet.languageTag, creationDate: version, modificationDate: version },
    h(
      Page,
      { size: leaflet.format, style: { fontFamily: PRINT_FONT_FAMILY, fontSize: layout.size, lineHeight: 1.35, color: printTheme.text, padding: layout.margin, paddingBottom: layout.margin + 12 } },
      h(Text, { style: styles.campaign }, leaflet.campaign),
      h(Text, { style: [styles.title, { fontSize: layout.title }] }, text.title),
      h(Text, { style: styles.summary }, text.summary),
      leaflet.cover
        ? h(
            View,
            { style: styles.cover, wrap: false },
            h(Image, { src: { data: leaflet.cover.data, format: leaflet.cover.format }, style: styles.coverImage }),
            h(Text, { style: styles.caption }, [leaflet.cover.caption, context.creditLine(leaflet.cover.credit)].filter(Boolean).join(' ')),
          )
        : null,
      text.keyMessages.length > 0
        ? h(
            View,
            { style: styles.box, wrap: false },
            h(Text, { style: styles.boxTitle }, labels.keyMessages),
            text.keyMessages.map((message, index) => h(View, { key: index, style: styles.row }, h(Text, { style: styles.bullet }, '•'), h(Text, { style: styles.grow }, message))),
          )
        : null,
      h(RichTextBlocks, { tree: text.body, context }),
      h(HelpBox, { leaflet, qrWidth: layout.qr }),
      h(Text, { style: styles.footer, fixed: true }, `${leaflet.campaign} · ${leaflet.versionLine}`),
    ),
  )
}

/** Changes whenever the leaflet's layout code or styles change (see `layoutFingerprint`). */
export const leafletLayout = layoutFingerprint(LeafletDocument, HelpBox, layoutOf, styles, printTheme, QrCode, qrPath, ...richTextLayout())

export const renderLeafletPdf = (leaflet: LeafletPrint): Promise<Uint8Array> => renderPdf(h(LeafletDocument, { leaflet }))
