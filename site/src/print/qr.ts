import encodeQR from 'qr'

import type { PrintFiles } from './engine'

/**
 * A QR code for print: a grey picture of its modules, which a template draws with `qr-code` from
 * `typst/jol.typ`, a link to the address it holds and a figure with that address as its alt text.
 * Error correction level M survives a crease or a coffee stain on a leaflet. The encoder (`qr`)
 * picks the mask by the standard's penalty rules, on rows packed into words (the `qrcode` package
 * took ten times the instructions, a sixth of a text-only leaflet's).
 *
 * Pixels rather than a vector path: Typst parsed the path (an SVG of some 350 rectangles) in every
 * document, 6 % of a leaflet's instructions; the picture costs it next to nothing and is some 500
 * bytes in the PDF. Drawn without smoothing, it is as sharp as the path at any size.
 */

/** Four modules of white around the code: scanners need that quiet zone to find it. */
const QUIET_ZONE = 4

/**
 * Pixels a side to a module: a viewer that smooths an enlarged picture anyway (the template asks it
 * not to) blurs only a quarter of a module's edge, not the whole module.
 */
const PIXELS_PER_MODULE = 4

/** The modules of the code, quiet zone included, as rows of dark (true) and light. */
export function qrModules(url: string): boolean[][] {
  return encodeQR(url, 'raw', { ecc: 'medium', border: QUIET_ZONE })
}

/** The code as 8-bit grey pixels (0 dark, 255 light), row by row, `scale` pixels a side to a module. */
export function qrPixels(url: string, scale: number): { width: number; pixels: Uint8Array } {
  const modules = qrModules(url)
  const width = modules.length * scale
  const pixels = new Uint8Array(width * width).fill(255)
  modules.forEach((row, y) => {
    const top = y * scale * width
    row.forEach((dark, x) => {
      if (dark) pixels.fill(0, top + x * scale, top + (x + 1) * scale)
    })
    for (let line = 1; line < scale; line++) pixels.copyWithin(top + line * width, top, top + width)
  })
  return { width, pixels }
}

/** A QR code as a template's data (`qr-code` in `typst/jol.typ`). */
export interface QrPrint {
  url: string
  /** The file of its pixels (`luma8`), `width` a side. */
  src: string
  width: number
  /** "Scan to read this leaflet online: <url>": what a screen reader says of it. */
  alt: string
  /** The line under it ("Scan to read this leaflet online"). */
  caption: string
}

/** The code of `url` with its pixels added to `files`; `scan` is the line under it, in the document's language. */
export function qrPrint(url: string, scan: string, files: PrintFiles): QrPrint {
  const { width, pixels } = qrPixels(url, PIXELS_PER_MODULE)
  return { url, src: files.add(pixels, 'luma8'), width, alt: `${scan}: ${url}`, caption: scan }
}
