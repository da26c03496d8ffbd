import sharp from 'sharp'

/**
 * Pictures for print: the CMS's file scaled to the width it is printed at, at 300 dpi, as JPEG
 * (or PNG when it has transparency), the two formats a PDF embeds natively. Never enlarged.
 */

export const PRINT_DPI = 300
const POINTS_PER_INCH = 72

export interface PrintImage {
  data: Buffer
  format: 'jpg' | 'png'
  width: number
  height: number
}

/** Pixels needed to print `points` wide at `PRINT_DPI`. */
export const printPixels = (points: number) => Math.ceil((points / POINTS_PER_INCH) * PRINT_DPI)

/** Throws sharp's own error when the bytes are not a readable image; the caller names the field. */
export async function imageForPrint(bytes: Uint8Array, widthPoints: number): Promise<PrintImage> {
  const image = sharp(bytes, { failOn: 'error' })
  const meta = await image.metadata()
  const keepAlpha = meta.hasAlpha === true
  const pipeline = image.rotate().resize({ width: printPixels(widthPoints), withoutEnlargement: true })
  const { data, info } = keepAlpha
    ? await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
    : await pipeline
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 85, mozjpeg: true })
        .toBuffer({ resolveWithObject: true })
  return { data, format: keepAlpha ? 'png' : 'jpg', width: info.width, height: info.height }
}

/** What a print image is, read back from its bytes (a header read, no decoding). */
export async function describePrintImage(data: Buffer): Promise<PrintImage> {
  const meta = await sharp(data).metadata()
  return {
    data,
    format: meta.format === 'png' ? 'png' : 'jpg',
    width: meta.width ?? 0,
    height: meta.height ?? 0,
  }
}
