import type { LocaleCode } from '@jol/content-schemas'

import { layoutFingerprint } from './cache'
import { PrintFiles, renderTypstPdf, templateFingerprint, typstDate } from './engine'
import { qrPixels, qrPrint } from './qr'
import { printTheme } from './theme'

/**
 * The printable directory of one city in one language (`typst/help-directory.typ`): everything it
 * shows is already worded in that language; texts shown from another language name it (`lang`).
 */

export interface HelpDirectoryService {
  name: string
  organisation: string
  phones: string[]
  /** Hours, address, languages…: one line each, already worded. */
  lines: string[]
  /** "Last checked on …, by phone". */
  checked: string
  /** The out-of-date notice, when the last check is older than the period. */
  notice?: string | undefined
  /** BCP-47 tag when the service's text is shown from another language. */
  lang?: string | undefined
}

export interface HelpDirectoryPrint {
  city: string
  locale: LocaleCode
  languageTag: string
  /** The snapshot's time: also the PDF's date, so the same content gives the same bytes. */
  /** The day it is dated (`YYYY-MM-DD`, the snapshot's day in the site's time zone). */
  day: string
  siteName: string
  title: string
  intro: string
  hotline: { label: string; phone: string }
  groups: { label: string; services: HelpDirectoryService[] }[]
  /** The live page of the city in the same language, for the QR code. */
  pageUrl: string
  scan: string
  footer: string
}

const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T

/** The directory as the template's data (JSON), with the QR code's pixels as a file. */
export function helpDirectoryData(print: HelpDirectoryPrint, files: PrintFiles) {
  return {
    title: print.title,
    subject: print.intro,
    author: print.siteName,
    lang: print.languageTag,
    date: typstDate(print.day),
    theme: printTheme,
    siteName: print.siteName,
    intro: print.intro,
    hotline: print.hotline,
    groups: print.groups.map((group) => ({ label: group.label, services: group.services.map(compact) })),
    qr: qrPrint(print.pageUrl, print.scan, files),
    footer: print.footer,
  }
}

export const helpDirectoryLayout = layoutFingerprint(
  templateFingerprint('help-directory'),
  helpDirectoryData,
  printTheme,
  qrPrint,
  qrPixels,
)

export async function renderHelpDirectoryPdf(print: HelpDirectoryPrint): Promise<Uint8Array> {
  const files = new PrintFiles()
  return renderTypstPdf({
    template: 'help-directory',
    data: helpDirectoryData(print, files),
    files,
    where: { collection: 'services', slug: print.city, locale: print.locale },
  })
}
