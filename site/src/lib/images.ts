import type { LocaleCode, Media } from '@jol/content-schemas'
import type { ImageMetadata, ImageOutputFormat } from 'astro'
import { getImage } from 'astro:assets'
import svgUrls from 'virtual:jol/svg-media'

import { resolveAny } from './fallback'
import { getSnapshot } from './site'
import { isRaster, rasterPicture } from './snapshot-pictures'

/**
 * Responsive pictures from the snapshot's media through Astro's image service (sharp): AVIF and
 * WebP at a few widths, and a fallback `<img>` in a format every browser reads.
 */

const WIDTHS = [360, 720, 1080]
const FALLBACK_WIDTH = 720

export interface PictureSource {
  type: string
  srcset: string
}

export interface PictureData {
  sources: PictureSource[]
  src: string
  srcset?: string
  width: number
  height: number
  alt: string
  /** BCP-47 code of the alt text and caption, when it differs from the text around the picture. */
  altLocale: LocaleCode
  caption?: string
  credit: string
}

function fallbackFormat(meta: ImageMetadata): ImageOutputFormat {
  return meta.format === 'png' || meta.format === 'gif' ? meta.format : 'jpg'
}

const pictures = new Map<string, Promise<PictureData | undefined>>()

/**
 * The picture of a media file for text in `locale`. One answer per picture and language for the
 * whole build: a cover appears on its entry's pages in six languages and on index pages, and each
 * `getImage` call hashes its options again.
 */
export function pictureOf(mediaId: string, locale: LocaleCode): Promise<PictureData | undefined> {
  const key = `${mediaId}:${locale}`
  let picture = pictures.get(key)
  if (!picture) pictures.set(key, (picture = makePicture(mediaId, locale)))
  return picture
}

async function makePicture(mediaId: string, locale: LocaleCode): Promise<PictureData | undefined> {
  const entry: Media | undefined = (await getSnapshot()).media.find((m) => m.id === mediaId)
  if (!entry) return undefined
  const asset = isRaster(entry) ? await rasterPicture(entry) : svgUrls.get(mediaId)
  if (asset === undefined) return undefined
  const text = resolveAny(entry.translations, locale)
  const common = {
    alt: text.value.alt,
    altLocale: text.locale,
    caption: text.value.caption || undefined,
    credit: entry.credit,
  }

  if (typeof asset === 'string') {
    // SVG: no raster versions; shown as is (an <img> cannot run script).
    return { ...common, sources: [], src: asset, width: entry.width ?? 800, height: entry.height ?? 600 }
  }

  const widths = WIDTHS.filter((w) => w < asset.width)
  widths.push(Math.min(asset.width, WIDTHS.at(-1)!))
  const uniqueWidths = [...new Set(widths)]
  const sources: PictureSource[] = []
  for (const format of ['avif', 'webp'] as const) {
    const image = await getImage({ src: asset, format, widths: uniqueWidths })
    sources.push({ type: `image/${format}`, srcset: image.srcSet.attribute })
  }
  const fallbackWidth = Math.min(asset.width, FALLBACK_WIDTH)
  const fallback = await getImage({ src: asset, format: fallbackFormat(asset), width: fallbackWidth })
  return {
    ...common,
    sources,
    src: fallback.src,
    width: fallbackWidth,
    height: Math.round((asset.height * fallbackWidth) / asset.width),
  }
}
