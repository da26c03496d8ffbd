import QRCode from 'qrcode'

/**
 * A QR code as one vector path (sharp at any print size, a few hundred bytes). Error correction
 * level M survives a crease or a coffee stain on a leaflet.
 */

/** The dark modules of the code as one SVG path, a run of modules in a row being one rectangle. */
export function qrPath(url: string): { size: number; d: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const { size } = modules
  const parts: string[] = []
  for (let row = 0; row < size; row++) {
    let col = 0
    while (col < size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < size && modules.get(row, col)) col++
      parts.push(`M${start} ${row}h${col - start}v1h${start - col}z`)
    }
  }
  return { size, d: parts.join('') }
}

/** Four modules of white around the code: scanners need that quiet zone to find it. */
const QUIET_ZONE = 4

/** The code as an SVG file, which the template places as a picture (the URL is a string of our own, never markup). */
export function qrSvg(url: string): string {
  const { size, d } = qrPath(url)
  const box = size + 2 * QUIET_ZONE
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}" width="${box}" height="${box}"><rect x="${-QUIET_ZONE}" y="${-QUIET_ZONE}" width="${box}" height="${box}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`
}
