import fs from 'node:fs/promises'
import path from 'node:path'

import type { Media } from '@jol/content-schemas'
import type { ImageMetadata } from 'astro'
import { imageMetadata } from 'astro/assets/utils'
import siteConfig from 'virtual:jol/site-config'

import { placeFile } from './place-file'

/**
 * A raster picture of the snapshot as Astro's image service takes an imported image, made without
 * Vite importing the file. An import reads every picture of the snapshot and writes it into the
 * output on every build, though a publish shows few of them: a library of 300 photos (605 MB) was
 * 7–9 s of each publish at 1,000 entries (`./jol bench:publish --entries 1000 --photos 300`). Here
 * only a picture a page being rendered shows is read, once per build:
 *
 * - its size and format are read as Astro reads an imported image's (`imageMetadata`, EXIF
 *   orientation included), so its versions are the same;
 * - its `src` is named by its content (the media id), so its versions keep their names and Astro's
 *   image cache from build to build;
 * - the original is linked where Astro's image generation reads an imported original from (the
 *   output folder, at `src`); as for an import no page links, Astro deletes it there once the
 *   versions are made (`fsPath`, hidden like Astro's own, names it as not linked by any page).
 */

/** What Astro's image service reads. */
const RASTER = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'image/tiff'])
export const isRaster = (media: Media): boolean => RASTER.has(media.mimeType)

const rasters = new Map<string, Promise<ImageMetadata>>()

/** The picture of `media` (a raster image), read once per build. */
export function rasterPicture(media: Media): Promise<ImageMetadata> {
  let picture = rasters.get(media.id)
  if (!picture) rasters.set(media.id, (picture = readPicture(media)))
  return picture
}

async function readPicture(media: Media): Promise<ImageMetadata> {
  const file = path.join(siteConfig.snapshotDir, media.file)
  const { width, height, format, orientation } = await imageMetadata(await fs.readFile(file), file)
  const src = siteConfig.devServer
    ? // As Astro's dev server serves an imported image's original.
      `/@fs${file}?${new URLSearchParams({ origWidth: String(width), origHeight: String(height), origFormat: format })}`
    : `/_astro/${media.id}.${format}`
  // A file there already is the same picture.
  if (!siteConfig.devServer) await placeFile(file, path.join(siteConfig.outDir, src), 'keep')
  const picture: ImageMetadata = {
    src,
    width,
    height,
    format,
    ...(orientation === undefined ? {} : { orientation }),
  }
  Object.defineProperty(picture, 'fsPath', { value: file, enumerable: false, writable: false })
  return picture
}
