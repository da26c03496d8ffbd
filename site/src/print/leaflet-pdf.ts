import type { Leaflet, LocaleCode, PrintFormat } from '@jol/content-schemas'

import { layoutFingerprint } from './cache'
import { PrintFiles, renderTypstPdf, templateFingerprint, typstDate, type RenderRequest } from './engine'
import { fill, type PrintLabels } from './labels'
import { qrPixels, qrPrint } from './qr'
import { picturePrint, richTextPrint, type PrintedPicture, type RichTextContext } from './rich-text'
import { printTheme } from './theme'

/**
 * The printable leaflet (`typst/leaflet.typ`): title, summary, key messages, body, a "where to get
 * help" box with the contacts and the emergency hotline, a QR code to the same leaflet on the web
 * in the same language, and the campaign and version date in the footer of every page.
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

/** Sizes per paper format in points: A5 is folded and handed out, so its type is a little smaller. */
const layoutOf = (format: PrintFormat) =>
  format === 'A5'
    ? { margin: 28, size: 9.5, title: 17, qr: 64 }
    : { margin: 42, size: printTheme.bodySize + 1, title: 22, qr: 80 }

/** Width of the text column in points: what pictures are scaled to. */
export const leafletColumnWidth = (format: PrintFormat) =>
  (format === 'A5' ? 419.53 : 595.28) - 2 * layoutOf(format).margin

/** The leaflet as the template's data (JSON), with the pictures it shows as files. */
export function leafletData(leaflet: LeafletPrint, files: PrintFiles) {
  const { text, labels, hotline } = leaflet
  const layout = layoutOf(leaflet.format)
  const column = leafletColumnWidth(leaflet.format)
  const context: RichTextContext = {
    pictures: leaflet.pictures,
    calloutLabels: labels.callout,
    creditLine: (credit) => fill(labels.photoCredit, { credit }),
  }
  return {
    // Fields an editor writes come before their copies in the metadata: a letter the font cannot
    // draw is reported at the first place it is found, which must be a field the editor knows.
    title: text.title,
    summary: text.summary,
    campaign: leaflet.campaign,
    subject: text.summary,
    author: leaflet.campaign,
    lang: leaflet.languageTag,
    date: typstDate(leaflet.updatedAt),
    theme: printTheme,
    format: leaflet.format,
    layout,
    // A cover fills the column and is cropped to at most 170 pt high.
    cover: leaflet.cover
      ? picturePrint(
          leaflet.cover,
          files,
          { maxWidth: column, maxHeight: 170, fit: 'cover' },
          context.creditLine,
        )
      : undefined,
    keyMessages: { label: labels.keyMessages, items: text.keyMessages },
    body: richTextPrint(text.body, context, { files, columnWidth: column, underLevel: 1 }),
    help: {
      label: labels.help,
      contacts: text.contacts.map((c) => ({
        label: c.label,
        phone: c.phone,
        hours: c.hours ? fill(labels.hours, { hours: c.hours }) : undefined,
        url: c.url,
      })),
      hotline: { label: `${labels.hotline}: ${hotline.label}`, phone: hotline.phone, hours: hotline.hours },
      qr: qrPrint(leaflet.pageUrl, labels.scan, files),
    },
    footer: `${leaflet.campaign} · ${leaflet.versionLine}`,
  }
}

/** Changes whenever the leaflet's template or the code that builds its data changes (part of the cache key). */
export const leafletLayout = layoutFingerprint(
  templateFingerprint('leaflet'),
  leafletData,
  layoutOf,
  printTheme,
  qrPrint,
  qrPixels,
  richTextPrint,
  picturePrint,
)

/** A leaflet as the print engine takes it: its template, data, pictures, and where it comes from. */
export function leafletRequest(leaflet: LeafletPrint): RenderRequest {
  const files = new PrintFiles()
  return {
    template: 'leaflet',
    data: leafletData(leaflet, files),
    files,
    where: { collection: 'leaflets', slug: leaflet.slug, locale: leaflet.locale },
  }
}

export async function renderLeafletPdf(leaflet: LeafletPrint): Promise<Uint8Array> {
  return renderTypstPdf(leafletRequest(leaflet))
}
