import { plainText, type LocaleCode, type Media } from '@jol/content-schemas'

import { resolveAny } from '../../lib/fallback'
import { formatDate, useTranslations } from '../../lib/i18n'
import { tagOf } from '../../lib/locale'
import { entryPath } from '../../lib/routes'
import { absoluteUrl, getSnapshot, siteSettings } from '../../lib/site'
import { creditsText, type PhotoCredit } from '../credits'
import { contentKey, type BytesInKey } from '../cache'
import { fieldPath, PrintInputError } from '../errors'
import {
  pressReleaseLayout,
  releaseColumnWidth,
  renderPressReleasePdf,
  type ReleasePrint,
} from '../press-release-pdf'
import { safeFileName, zipFiles, zipLayout, type KitFile } from '../presskit'
import { releasePlainText } from '../release-text'
import { vCardsOf } from '../vcard'
import { mediaBytes, mediaEntry, picturesOf, pressPhoto, printLabels, requireBody } from './media'
import {
  cachedOnDisk,
  cachedPdf,
  documentStaticPaths,
  log,
  once,
  type BuiltDocument,
  type Made,
} from './store'
import { notInPreview } from '../../lib/static-paths'

/** Press kits: `/{locale}/press/{slug}/press-kit.zip`, the release as PDF and text, photos, credits, contacts. */

export const pressKitPath = (locale: LocaleCode, slug: string) => `/${locale}/press/${slug}/press-kit.zip`

export async function pressKitLocales(): Promise<{ slug: string; locale: LocaleCode }[]> {
  return (await getSnapshot())['press-releases'].flatMap((release) =>
    (Object.keys(release.translations) as LocaleCode[]).map((locale) => ({ slug: release.slug, locale })),
  )
}

/** "For immediate release", or when it was held back, the moment the embargo ended. */
export function releaseNote(embargoUntil: string | undefined, locale: LocaleCode): string {
  const t = useTranslations(locale)
  return embargoUntil
    ? t('press.embargoLifted', { date: formatDate(embargoUntil, locale, true) })
    : t('press.immediate')
}

export function pressKit(slug: string, locale: LocaleCode): Promise<Made<BuiltDocument>> {
  const urlPath = pressKitPath(locale, slug)
  return once(urlPath, async () => {
    const snapshot = await getSnapshot()
    const release = snapshot['press-releases'].find((r) => r.slug === slug)
    const text = release?.translations[locale]
    if (!release || !text)
      throw new Error(
        `${urlPath}: press-releases/${slug} has no ${locale} translation (no press kit is made from a fallback)`,
      )
    const where = (field: string) => fieldPath('press-releases', slug, locale, field)
    requireBody(text.body, where('body'))
    const t = useTranslations(locale)
    const settings = await siteSettings(locale)
    const room = settings.pressRoom.value
    const base = `${slug}-${locale}`
    const release4print: ReleasePrint = {
      slug,
      locale,
      languageTag: tagOf(locale),
      updatedAt: release.updatedAt,
      text,
      dateline: `${text.datelineCity}, ${formatDate(release.releaseDate, locale)}`,
      releaseNote: releaseNote(release.embargoUntil, locale),
      mediaContacts: text.mediaContacts.length > 0 ? text.mediaContacts : room.mediaContacts,
      boilerplate: room.boilerplate,
      boilerplateLanguageTag:
        settings.pressRoom.locale !== locale ? tagOf(settings.pressRoom.locale) : undefined,
      campaign: settings.text.value.siteName,
      pageUrl: absoluteUrl(entryPath(locale, 'press', slug)),
      labels: { quotes: t('press.quotes'), mediaContacts: t('press.mediaContacts'), about: t('press.about') },
      richText: {
        calloutLabels: printLabels(t).callout,
        creditLine: (credit) => t('image.credit', { credit }),
      },
      pictures: await picturesOf(text.body, locale, releaseColumnWidth, where('body')),
    }
    // The key holds the labels as strings: `richText.creditLine` is a function, which JSON leaves out.
    const pdf = await cachedPdf(
      `${urlPath}#${base}.pdf`,
      `press-release:${pressReleaseLayout}`,
      { release: release4print, labels: printLabels(t) },
      () => renderPressReleasePdf(release4print),
    )

    // A photo is held by its hash, as the key would hold its bytes: they are read only to zip a kit
    // the print cache does not have.
    const files: (KitFile | { name: string; data: BytesInKey; stored: true })[] = [
      { name: `${base}.pdf`, data: pdf, stored: false },
      { name: `${base}.txt`, data: releasePlainText(release4print) },
      { name: 'media-contacts.vcf', data: vCardsOf(release4print.mediaContacts, release4print.campaign) },
      { name: 'about.txt', data: `${plainText(room.boilerplate)}\n` },
    ]
    const photos = new Map<string, Media>()
    const credits: PhotoCredit[] = []
    const usedNames = new Set<string>()
    for (const [index, id] of release.photos.entries()) {
      // No photo of people without recorded consent gets this far: the snapshot contract refuses it.
      const media = await mediaEntry(id, where(`photos.${index}`))
      const photo = await pressPhoto(media)
      try {
        await photo.readable
      } catch (error) {
        throw new PrintInputError(
          where(`photos.${index}`),
          `the image ${media.file} (${media.filename}) cannot be read: ${(error as Error).message}`,
        )
      }
      let name = `photos/${safeFileName(media.filename)}`
      if (usedNames.has(name)) name = `photos/${index + 1}-${safeFileName(media.filename)}`
      usedNames.add(name)
      files.push({ name, data: photo.inKey, stored: true })
      photos.set(name, media)
      credits.push({
        file: name,
        caption: resolveAny(media.translations, locale).value.caption,
        credit: media.credit,
        licence: media.licence,
      })
    }
    if (credits.length > 0) {
      files.push({
        name: 'credits.txt',
        data: creditsText(credits, {
          file: t('press.credits.file'),
          caption: t('press.credits.caption'),
          credit: t('press.credits.credit'),
          licence: t('press.credits.licence'),
        }),
      })
    }
    // Zipping (deflating the PDF and texts) costs more than hashing what goes in: kept in the print cache.
    const started = performance.now()
    let zipped = false
    const kit = await cachedOnDisk(
      urlPath,
      contentKey(`press-kit:${zipLayout}`, { files, modifiedAt: release.updatedAt }),
      async () => {
        zipped = true
        const withBytes = await Promise.all(
          files.map(async (file): Promise<KitFile> => {
            const media = photos.get(file.name)
            return media
              ? { name: file.name, data: await mediaBytes(media), stored: true }
              : (file as KitFile)
          }),
        )
        return zipFiles(withBytes, release.updatedAt)
      },
    )
    log(
      `${urlPath}: ${Math.ceil(kit.length / 1024)} KB, ${files.length} files, ${zipped ? `zipped in ${Math.round(performance.now() - started)} ms` : 'from the cache'}`,
    )
    return kit
  })
}

export const pressKitStaticPaths = notInPreview(() =>
  documentStaticPaths('/[locale]/press/[slug]/press-kit.zip', 'press', pressKitLocales, pressKit),
)
