import encodeQR from 'qr'

/**
 * A QR code as one vector path (sharp at any print size, a few hundred bytes). Error correction
 * level M survives a crease or a coffee stain on a leaflet. The encoder (`qr`) picks the mask by the
 * standard's penalty rules like any other, on rows packed into words: a tenth of the instructions of
 * the `qrcode` package, which had been a sixth of a leaflet's.
 */

/** Four modules of white around the code: scanners need that quiet zone to find it. */
const QUIET_ZONE = 4

/** The modules of the code, quiet zone included, as rows of dark (true) and light. */
export function qrModules(url: string): boolean[][] {
  return encodeQR(url, 'raw', { ecc: 'medium', border: QUIET_ZONE })
}

/** The dark modules of the code as one SVG path, a run of modules in a row being one rectangle. */
export function qrPath(url: string): { size: number; d: string } {
  const modules = qrModules(url)
  const size = modules.length
  const parts: string[] = []
  modules.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x++
        continue
      }
      const start = x
      while (x < size && row[x]) x++
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`)
    }
  })
  return { size, d: parts.join('') }
}

/** The code as an SVG file, which the template places as a picture (the URL is a string of our own, never markup). */
export function qrSvg(url: string): string {
  const { size, d } = qrPath(url)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#ffffff"/><path d="${d}" fill="#000000"/></svg>`
}
