import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { mediaInRichText, plainText, withSource, type LocaleCode, type Media, type RichText } from '@jol/content-schemas'

import { resolveAny } from '../lib/fallback'
import { pictureOf } from '../lib/images'
import { formatDate, useTranslations, type Translate } from '../lib/i18n'
import { dirOf, tagOf } from '../lib/locale'
import { entryPagePaths } from '../lib/pages'
import { entryPath } from '../lib/routes'
import { isOutbound, safeHref, telHref } from '../lib/safe-href'
import { absoluteUrl, getSnapshot, site, siteSettings } from '../lib/site'
import { contentKey, defaultCacheDir, layoutFingerprint, PrintCache } from './cache'
import { creditsText, type PhotoCredit } from './credits'
import { fieldPath, PrintInputError } from './errors'
import { describePrintImage, imageForPrint, printPixels } from './images'
import type { PrintLabels } from './labels'
import { leafletColumnWidth, leafletLayout, renderLeafletPdf, type LeafletPrint } from './leaflet-pdf'
import { newsletterEmailHtml, newsletterEmailText, type EmailNewsletter, type EmailSection } from './newsletter-email'
import { pressReleaseLayout, releaseColumnWidth, renderPressReleasePdf, type ReleasePrint } from './press-release-pdf'
import { safeFileName, zipFiles, type KitFile } from './presskit'
import { releasePlainText } from './release-text'
import type { PrintedPicture } from './rich-text'
import { vCardsOf } from './vcard'

/**
 * The site's printed and downloadable documents, made from the snapshot: leaflet PDFs, press kits,
 * newsletter e-mails. Each is made once per build (the page that links it and the endpoint that
 * writes it share one promise) and only for real translations.
 *
 * A document that cannot be made (a leaflet without a body, a picture that cannot be read) is left
 * out and the build goes on: its endpoint does not list it, its page shows no link to it, and one
 * line on stderr says which document, and `collection/slug/locale/field` what is wrong:
 *   [jol:print] not built /en/leaflets/x.pdf: leaflets/x/en/body: is empty, there is nothing to print
 */

export type Made<T> = { ok: true; value: T } | { ok: false; error: string }

/** A document made during the build, kept on disk until its endpoint writes it out. */
export interface BuiltDocument {
  file: string
  /** Bytes, for the size shown next to its link. */
  length: number
}

interface Store {
  made: Map<string, Promise<Made<unknown>>>
  cache: PrintCache
  /** Pictures scaled for print, by media and size: scaling a photo costs more than rendering a page. */
  images: PrintCache
  /** Media already proven readable (a press kit ships the original, but only a readable one). */
  readable: Map<string, Promise<void>>
  /** Where made documents wait for their endpoint: a build makes them all while listing paths, and press kits hold full-resolution photos, too many to keep in memory. */
  spillDir?: string
}
const storeKey = Symbol.for('jol.site.print')
const store: Store = ((globalThis as Record<symbol, unknown>)[storeKey] as Store | undefined) ??
  ((globalThis as Record<symbol, unknown>)[storeKey] = { made: new Map(), cache: new PrintCache(), images: new PrintCache(path.join(defaultCacheDir(), 'images')), readable: new Map() } satisfies Store)

const log = (line: string) => console.log(`[jol:print] ${line}`)

/** Makes the document at `urlPath` once; a `PrintInputError` leaves it out, anything else stops the build. */
function once<T>(urlPath: string, make: () => Promise<T>): Promise<Made<T>> {
  const key = `${site.snapshotDir}|${urlPath}`
  let made = store.made.get(key) as Promise<Made<T>> | undefined
  if (!made) {
    made = make().then(
      (value): Made<T> => ({ ok: true, value }),
      (error: unknown): Made<T> => {
        if (!(error instanceof PrintInputError)) throw error
        console.error(`[jol:print] not built ${urlPath}: ${error.message}`)
        return { ok: false, error: error.message }
      },
    )
    store.made.set(key, made)
  }
  return made
}

function spillDir(): string {
  if (!store.spillDir) {
    store.spillDir = mkdtempSync(path.join(os.tmpdir(), 'jol-print-'))
    const dir = store.spillDir
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  }
  return store.spillDir
}

/** Like `once`, for a binary document: its bytes go to a file, only its path and size stay in memory. */
function onceOnDisk(urlPath: string, make: () => Promise<Uint8Array>): Promise<Made<BuiltDocument>> {
  return once(urlPath, async () => {
    const data = await make()
    const file = path.join(spillDir(), `${createHash('sha256').update(urlPath).digest('hex')}${path.extname(urlPath)}`)
    await fs.writeFile(file, data)
    return { file, length: data.length }
  })
}

/** The bytes of a made document, for its endpoint. */
export async function documentResponse(made: Made<BuiltDocument>, contentType: string): Promise<Response> {
  if (!made.ok) throw new Error(made.error)
  return new Response(await fs.readFile(made.value.file), { headers: { 'Content-Type': contentType } })
}

async function cachedPdf(urlPath: string, kind: string, input: unknown, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const started = performance.now()
  const { data, hit } = await store.cache.get(contentKey(kind, input), 'pdf', render)
  const { hits, misses } = store.cache.stats
  log(`${urlPath}: ${Math.ceil(data.length / 1024)} KB, ${hit ? 'from the cache' : `rendered in ${Math.round(performance.now() - started)} ms`} (print cache: ${hits} hits, ${misses} misses)`)
  return data
}

// ---------------------------------------------------------------------------------------------
// Media

async function mediaBytes(media: Media): Promise<Buffer> {
  return fs.readFile(path.join(site.snapshotDir, media.file))
}

async function mediaEntry(id: string, where: string): Promise<Media> {
  const media = (await getSnapshot()).media.find((m) => m.id === id)
  if (!media) throw new PrintInputError(where, `refers to media ${id}, which is not in the snapshot`)
  return media
}

/** A picture read and scaled for print, with its caption in `locale` (or along its fallback chain). */
async function printedPicture(id: string, locale: LocaleCode, widthPoints: number, where: string): Promise<PrintedPicture> {
  const media = await mediaEntry(id, where)
  if (!media.mimeType.startsWith('image/')) throw new PrintInputError(where, `media ${id} (${media.filename}) is ${media.mimeType}, not an image`)
  let image
  try {
    // Keyed by the media's content address and the pixels printed: the same photo in six languages is scaled once, ever.
    const key = contentKey('print-image', { media: media.id, pixels: printPixels(widthPoints), scaling: printImageCode })
    const { data } = await store.images.get(key, 'img', async () => (await imageForPrint(await mediaBytes(media), widthPoints)).data)
    image = await describePrintImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
  } catch (error) {
    throw new PrintInputError(where, `the image ${media.file} (${media.filename}) cannot be read: ${(error as Error).message}`)
  }
  return { ...image, caption: resolveAny(media.translations, locale).value.caption, credit: media.credit }
}

async function picturesOf(tree: RichText, locale: LocaleCode, widthPoints: number, where: string): Promise<Map<string, PrintedPicture>> {
  const pictures = new Map<string, PrintedPicture>()
  for (const id of mediaInRichText(tree)) if (!pictures.has(id)) pictures.set(id, await printedPicture(id, locale, widthPoints, where))
  return pictures
}

/** How pictures are scaled (quality, formats): another way of scaling means other files. */
const printImageCode = layoutFingerprint(imageForPrint)

/** Decodes a picture once per build to prove it is a readable image. */
function provenReadable(media: Media, data: Uint8Array): Promise<void> {
  let proof = store.readable.get(media.id)
  if (!proof) store.readable.set(media.id, (proof = imageForPrint(data, 1).then(() => undefined)))
  return proof
}

function requireBody(tree: RichText, where: string) {
  if (plainText(tree).trim() === '' && mediaInRichText(tree).length === 0) throw new PrintInputError(where, 'is empty, there is nothing to print')
}

const printLabels = (t: Translate): PrintLabels => ({
  keyMessages: t('leaflet.keyMessages'),
  help: t('leaflet.help'),
  hotline: t('hotline.label'),
  hours: t('contact.hours', { hours: '{{hours}}' }),
  website: t('contact.website'),
  photoCredit: t('image.credit', { credit: '{{credit}}' }),
  scan: t('print.scan'),
  callout: { hotline: t('callout.hotline'), info: t('callout.info'), warning: t('callout.warning') },
})

// ---------------------------------------------------------------------------------------------
// Leaflets

export const leafletPdfPath = (locale: LocaleCode, slug: string) => `/${locale}/leaflets/${slug}.pdf`

export async function leafletPdfLocales(): Promise<{ slug: string; locale: LocaleCode }[]> {
  return (await getSnapshot()).leaflets.flatMap((leaflet) => (Object.keys(leaflet.translations) as LocaleCode[]).map((locale) => ({ slug: leaflet.slug, locale })))
}

/** The PDF of a leaflet in a language it is written in. */
export function leafletPdf(slug: string, locale: LocaleCode): Promise<Made<BuiltDocument>> {
  const urlPath = leafletPdfPath(locale, slug)
  return onceOnDisk(urlPath, async () => {
    const leaflet = (await getSnapshot()).leaflets.find((l) => l.slug === slug)
    const text = leaflet?.translations[locale]
    if (!leaflet || !text) throw new Error(`${urlPath}: leaflets/${slug} has no ${locale} translation (no PDF is made from a fallback)`)
    const where = (field: string) => fieldPath('leaflets', slug, locale, field)
    requireBody(text.body, where('body'))
    const t = useTranslations(locale)
    const settings = await siteSettings(locale)
    const width = leafletColumnWidth(leaflet.printFormat)
    const print: LeafletPrint = {
      slug,
      locale,
      languageTag: tagOf(locale),
      format: leaflet.printFormat,
      updatedAt: leaflet.updatedAt,
      text,
      pageUrl: withSource(absoluteUrl(entryPath(locale, 'leaflets', slug)), 'print'),
      campaign: settings.text.value.siteName,
      versionLine: t('print.version', { date: formatDate(leaflet.updatedAt, locale) }),
      hotline: { label: settings.text.value.hotlineLabel, phone: settings.hotlinePhone, hours: settings.text.value.hotlineHours },
      labels: printLabels(t),
      cover: leaflet.cover ? await printedPicture(leaflet.cover, locale, width, where('cover')) : undefined,
      pictures: await picturesOf(text.body, locale, width, where('body')),
    }
    return cachedPdf(urlPath, `leaflet:${leafletLayout}`, print, () => renderLeafletPdf(print))
  })
}

// ---------------------------------------------------------------------------------------------
// Press kits

export const pressKitPath = (locale: LocaleCode, slug: string) => `/${locale}/press/${slug}/press-kit.zip`

export async function pressKitLocales(): Promise<{ slug: string; locale: LocaleCode }[]> {
  return (await getSnapshot())['press-releases'].flatMap((release) => (Object.keys(release.translations) as LocaleCode[]).map((locale) => ({ slug: release.slug, locale })))
}

/** "For immediate release", or when it was held back, the moment the embargo ended. */
export function releaseNote(embargoUntil: string | undefined, locale: LocaleCode): string {
  const t = useTranslations(locale)
  return embargoUntil ? t('press.embargoLifted', { date: formatDate(embargoUntil, locale, true) }) : t('press.immediate')
}

/** A photo of identifiable people goes into a press kit only with their recorded consent. */
export const mayGoInPressKit = (media: Media) => !media.showsIdentifiablePeople || media.consentRecorded

export function pressKit(slug: string, locale: LocaleCode): Promise<Made<BuiltDocument>> {
  const urlPath = pressKitPath(locale, slug)
  return onceOnDisk(urlPath, async () => {
    const snapshot = await getSnapshot()
    const release = snapshot['press-releases'].find((r) => r.slug === slug)
    const text = release?.translations[locale]
    if (!release || !text) throw new Error(`${urlPath}: press-releases/${slug} has no ${locale} translation (no press kit is made from a fallback)`)
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
      campaign: settings.text.value.siteName,
      pageUrl: absoluteUrl(entryPath(locale, 'press', slug)),
      labels: { quotes: t('press.quotes'), mediaContacts: t('press.mediaContacts'), about: t('press.about') },
      richText: { calloutLabels: printLabels(t).callout, creditLine: (credit) => t('image.credit', { credit }) },
      pictures: await picturesOf(text.body, locale, releaseColumnWidth, where('body')),
    }
    // The key holds the labels as strings: `richText.creditLine` is a function, which JSON leaves out.
    const pdf = await cachedPdf(`${urlPath}#${base}.pdf`, `press-release:${pressReleaseLayout}`, { release: release4print, labels: printLabels(t) }, () => renderPressReleasePdf(release4print))

    const files: KitFile[] = [
      { name: `${base}.pdf`, data: pdf, stored: false },
      { name: `${base}.txt`, data: releasePlainText(release4print) },
      { name: 'media-contacts.vcf', data: vCardsOf(release4print.mediaContacts, release4print.campaign) },
      { name: 'about.txt', data: `${plainText(room.boilerplate)}\n` },
    ]
    const credits: PhotoCredit[] = []
    const usedNames = new Set<string>()
    for (const [index, id] of release.photos.entries()) {
      const media = await mediaEntry(id, where(`photos.${index}`))
      if (!mayGoInPressKit(media)) {
        console.warn(`[jol:print] ${urlPath}: left out the photo ${media.file} (${media.filename}) of ${where(`photos.${index}`)}: it shows identifiable people and no consent is recorded`)
        continue
      }
      const data = await mediaBytes(media)
      try {
        if (media.mimeType.startsWith('image/')) await provenReadable(media, data)
      } catch (error) {
        throw new PrintInputError(where(`photos.${index}`), `the image ${media.file} (${media.filename}) cannot be read: ${(error as Error).message}`)
      }
      let name = `photos/${safeFileName(media.filename)}`
      if (usedNames.has(name)) name = `photos/${index + 1}-${safeFileName(media.filename)}`
      usedNames.add(name)
      files.push({ name, data, stored: true })
      credits.push({ file: name, caption: resolveAny(media.translations, locale).value.caption, credit: media.credit, licence: media.licence })
    }
    if (credits.length > 0) {
      files.push({ name: 'credits.txt', data: creditsText(credits, { file: t('press.credits.file'), caption: t('press.credits.caption'), credit: t('press.credits.credit'), licence: t('press.credits.licence') }) })
    }
    const started = performance.now()
    const zip = zipFiles(files, release.updatedAt)
    log(`${urlPath}: ${Math.ceil(zip.length / 1024)} KB, ${files.length} files, zipped in ${Math.round(performance.now() - started)} ms`)
    return zip
  })
}

// ---------------------------------------------------------------------------------------------
// Newsletter e-mails

/**
 * The e-mail's HTML is written as `email.htm`: it is not a page of the site (no site chrome, no
 * stylesheet by design), and the `.htm` extension keeps it out of what treats every `.html` file
 * as a site page (the search index, page-wide checks). Static hosts serve `.htm` as text/html.
 */
export const newsletterEmailPath = (locale: LocaleCode, slug: string, format: 'html' | 'txt') => `/${locale}/newsletters/${slug}/email.${format === 'html' ? 'htm' : 'txt'}`

export async function newsletterLocales(): Promise<{ slug: string; locale: LocaleCode }[]> {
  return (await getSnapshot()).newsletters.flatMap((letter) => (Object.keys(letter.translations) as LocaleCode[]).map((locale) => ({ slug: letter.slug, locale })))
}

/**
 * Where a newsletter story links: the target in the reader's language when that page exists,
 * else in the newsletter's language (used by the web archive page and the e-mail alike).
 */
export async function storyPath(readerLocale: LocaleCode, shownLocale: LocaleCode, collection: 'posts' | 'leaflets', slug: string): Promise<string> {
  const section = collection === 'posts' ? 'blog' : 'leaflets'
  const own = entryPath(readerLocale, section, slug)
  return entryPagePaths(await getSnapshot()).has(own) ? own : entryPath(shownLocale, section, slug)
}

async function storyImage(collection: 'posts' | 'leaflets', slug: string, locale: LocaleCode) {
  const snapshot = await getSnapshot()
  const cover = collection === 'posts' ? snapshot.posts.find((p) => p.slug === slug)?.cover : snapshot.leaflets.find((l) => l.slug === slug)?.cover
  if (!cover) return undefined
  const picture = await pictureOf(cover, locale)
  if (!picture) return undefined
  return { src: absoluteUrl(picture.src), alt: picture.alt, width: picture.width, height: picture.height, lang: picture.altLocale !== locale ? tagOf(picture.altLocale) : undefined }
}

export function newsletterEmail(slug: string, locale: LocaleCode): Promise<Made<{ html: string; text: string }>> {
  const urlPath = newsletterEmailPath(locale, slug, 'html')
  return once(urlPath, async () => {
    const letter = (await getSnapshot()).newsletters.find((n) => n.slug === slug)
    const text = letter?.translations[locale]
    if (!letter || !text) throw new Error(`${urlPath}: newsletters/${slug} has no ${locale} translation (no e-mail is made from a fallback)`)
    const t = useTranslations(locale)
    const settings = await siteSettings(locale)
    const sections: EmailSection[] = []
    for (const section of text.sections) {
      if (section.kind === 'story') {
        const { collection, slug: target } = section.target
        sections.push({ kind: 'story', headline: section.headline, blurb: section.blurb, href: withSource(absoluteUrl(await storyPath(locale, locale, collection, target)), 'newsletter'), image: await storyImage(collection, target, locale) })
      } else if (section.kind === 'event') {
        sections.push({ kind: 'event', title: section.title, when: formatDate(section.date, locale, true), where: section.place, description: section.description })
      } else {
        const href = safeHref(section.url)
        sections.push({ kind: 'call-to-action', label: section.label, description: section.description, href: href && isOutbound(href) ? new URL(href).href : href })
      }
    }
    const email: EmailNewsletter = {
      languageTag: tagOf(locale),
      direction: dirOf(locale),
      siteName: settings.text.value.siteName,
      subject: text.subject,
      preheader: text.preheader,
      intro: text.intro,
      issueLine: `${t('newsletter.issue', { number: letter.issueNumber })} · ${formatDate(letter.date, locale)}`,
      webUrl: withSource(absoluteUrl(entryPath(locale, 'newsletters', slug)), 'newsletter'),
      hotline: { label: settings.text.value.hotlineLabel, phone: settings.hotlinePhone, href: telHref(settings.hotlinePhone) },
      labels: { viewOnline: t('newsletter.viewOnline'), event: t('newsletter.event'), when: t('newsletter.when'), where: t('newsletter.where'), readMore: t('newsletter.readMore') },
      sections,
    }
    return { html: newsletterEmailHtml(email), text: newsletterEmailText(email) }
  })
}

// ---------------------------------------------------------------------------------------------
// Endpoints

/** `getStaticPaths` of a document endpoint: every (slug, written locale) whose document could be made. */
async function documentStaticPaths(list: () => Promise<{ slug: string; locale: LocaleCode }[]>, make: (slug: string, locale: LocaleCode) => Promise<Made<unknown>>) {
  const paths: { params: { locale: LocaleCode; slug: string } }[] = []
  for (const { slug, locale } of await list()) if ((await make(slug, locale)).ok) paths.push({ params: { locale, slug } })
  return paths
}

export const leafletPdfStaticPaths = () => documentStaticPaths(leafletPdfLocales, leafletPdf)
export const pressKitStaticPaths = () => documentStaticPaths(pressKitLocales, pressKit)
export const newsletterEmailStaticPaths = () => documentStaticPaths(newsletterLocales, newsletterEmail)
