import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaInRichText, plainText, type LocaleCode, type Media, type RichText } from '@jol/content-schemas'

import { resolveAny } from '../../lib/fallback'
import { tagOf } from '../../lib/locale'
import type { Translate } from '../../lib/i18n'
import { getSnapshot, site } from '../../lib/site'
import { bytesInKey, contentKey, layoutFingerprint } from '../cache'
import { PrintInputError } from '../errors'
import { describePrintImage, imageForPrint, printPixels } from '../images'
import type { PrintLabels } from '../labels'
import type { PrintedPicture } from '../rich-text'
import { store, type PressPhoto } from './store'

/** Media for print (pictures read once, scaled once per size, proven readable) and what every document's text needs. */

export async function mediaBytes(media: Media): Promise<Buffer> {
  return fs.readFile(path.join(site.snapshotDir, media.file))
}

export async function mediaEntry(id: string, where: string): Promise<Media> {
  const media = (await getSnapshot()).media.find((m) => m.id === id)
  if (!media) throw new PrintInputError(where, `refers to media ${id}, which is not in the snapshot`)
  return media
}

/** A picture read and scaled for print, with its caption in `locale` (or along its fallback chain). */
export async function printedPicture(
  id: string,
  locale: LocaleCode,
  widthPoints: number,
  where: string,
): Promise<PrintedPicture> {
  const media = await mediaEntry(id, where)
  if (!media.mimeType.startsWith('image/'))
    throw new PrintInputError(where, `media ${id} (${media.filename}) is ${media.mimeType}, not an image`)
  let image
  try {
    // Keyed by the media's content address and the pixels printed: the same photo in six languages is scaled once, ever.
    const key = contentKey('print-image', {
      media: media.id,
      pixels: printPixels(widthPoints),
      scaling: printImageCode,
    })
    const { data } = await store.images.get(
      key,
      'img',
      async () => (await imageForPrint(await mediaBytes(media), widthPoints)).data,
    )
    image = await describePrintImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
  } catch (error) {
    throw new PrintInputError(
      where,
      `the image ${media.file} (${media.filename}) cannot be read: ${(error as Error).message}`,
    )
  }
  const text = resolveAny(media.translations, locale)
  return {
    ...image,
    alt: text.value.alt,
    altLang: text.locale !== locale ? tagOf(text.locale) : undefined,
    caption: text.value.caption,
    credit: media.credit,
  }
}

export async function picturesOf(
  tree: RichText,
  locale: LocaleCode,
  widthPoints: number,
  where: string,
): Promise<Map<string, PrintedPicture>> {
  const pictures = new Map<string, PrintedPicture>()
  for (const id of mediaInRichText(tree))
    if (!pictures.has(id)) pictures.set(id, await printedPicture(id, locale, widthPoints, where))
  return pictures
}

/** How pictures are scaled (quality, formats): another way of scaling means other files. */
const printImageCode = layoutFingerprint(imageForPrint)

/**
 * A photo a press kit ships, read once per build however many kits ship it (each language's kit of a
 * release holds the same photos; at full resolution, hashing them for every kit was most of a full
 * build's work for kits): its hash and size for the kit's key, and the proof, by decoding it, that it
 * is a readable image (a failure is the caller's to report). A kit found in the print cache needs
 * nothing more of it; only a kit zipped again reads the photo a second time.
 */
export function pressPhoto(media: Media): Promise<PressPhoto> {
  const file = path.join(site.snapshotDir, media.file)
  let photo = store.pressPhotos.get(file)
  if (!photo) {
    photo = mediaBytes(media).then((data) => {
      const readable = media.mimeType.startsWith('image/')
        ? imageForPrint(data, 1).then(() => undefined)
        : Promise.resolve()
      // Awaited by each kit; this keeps a failure from counting as unhandled before the first kit does.
      readable.catch(() => {})
      return { inKey: bytesInKey(data), readable }
    })
    store.pressPhotos.set(file, photo)
  }
  return photo
}

export function requireBody(tree: RichText, where: string) {
  if (plainText(tree).trim() === '' && mediaInRichText(tree).length === 0)
    throw new PrintInputError(where, 'is empty, there is nothing to print')
}

export const printLabels = (t: Translate): PrintLabels => ({
  keyMessages: t('leaflet.keyMessages'),
  help: t('leaflet.help'),
  hotline: t('hotline.label'),
  hours: t('contact.hours', { hours: '{{hours}}' }),
  website: t('contact.website'),
  photoCredit: t('image.credit', { credit: '{{credit}}' }),
  scan: t('print.scan'),
  callout: { hotline: t('callout.hotline'), info: t('callout.info'), warning: t('callout.warning') },
})
