import { renderToBuffer } from '@react-pdf/renderer'
import type { ReactElement } from 'react'

import { registerPrintFonts } from './fonts'

/** Renders a react-pdf `<Document>` to the bytes of a PDF file. */
export async function renderPdf(document: ReactElement): Promise<Uint8Array> {
  registerPrintFonts()
  // renderToBuffer is typed for DocumentProps elements; every caller passes a <Document>.
  const buffer = await renderToBuffer(document as Parameters<typeof renderToBuffer>[0])
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
