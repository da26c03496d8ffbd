import { kindOf, type LocaleCode, type StoryTargetCollection, withSource } from '@jol/content-schemas'

import { pictureOf } from '../../lib/images'
import { formatDate, useTranslations } from '../../lib/i18n'
import { dirOf, tagOf } from '../../lib/locale'
import { entryPagePaths } from '../../lib/pages'
import { entryPath } from '../../lib/routes'
import { isOutbound, safeHref, telHref } from '../../lib/safe-href'
import { absoluteUrl, getSnapshot, siteSettings } from '../../lib/site'
import { contentKey } from '../cache'
import {
  newsletterEmailHtml,
  newsletterEmailLayout,
  newsletterEmailText,
  type EmailNewsletter,
  type EmailSection,
} from '../newsletter-email'
import { documentStaticPaths, once, store, type Made } from './store'
import { notInPreview } from '../../lib/static-paths'

/** Newsletter e-mails: `/{locale}/newsletters/{slug}/email.htm` and `email.txt`, to paste into a mailing tool. */

/**
 * The e-mail's HTML is written as `email.htm`: it is not a page of the site (no site chrome, no
 * stylesheet by design), and the `.htm` extension keeps it out of what treats every `.html` file
 * as a site page (the search index, page-wide checks). Static hosts serve `.htm` as text/html.
 */
export const newsletterEmailPath = (locale: LocaleCode, slug: string, format: 'html' | 'txt') =>
  `/${locale}/newsletters/${slug}/email.${format === 'html' ? 'htm' : 'txt'}`

export async function newsletterLocales(): Promise<{ slug: string; locale: LocaleCode }[]> {
  return (await getSnapshot()).newsletters.flatMap((letter) =>
    (Object.keys(letter.translations) as LocaleCode[]).map((locale) => ({ slug: letter.slug, locale })),
  )
}

/**
 * Where a newsletter story links: the target in the reader's language when that page exists,
 * else in the newsletter's language (used by the web archive page and the e-mail alike).
 */
export async function storyPath(
  readerLocale: LocaleCode,
  shownLocale: LocaleCode,
  collection: StoryTargetCollection,
  slug: string,
): Promise<string> {
  const section = kindOf(collection).section
  const own = entryPath(readerLocale, section, slug)
  return entryPagePaths(await getSnapshot()).has(own) ? own : entryPath(shownLocale, section, slug)
}

async function storyImage(collection: StoryTargetCollection, slug: string, locale: LocaleCode) {
  const cover = (await getSnapshot())[collection].find((entry) => entry.slug === slug)?.cover
  if (!cover) return undefined
  const picture = await pictureOf(cover, locale)
  if (!picture) return undefined
  return {
    src: absoluteUrl(picture.src),
    alt: picture.alt,
    width: picture.width,
    height: picture.height,
    lang: picture.altLocale !== locale ? tagOf(picture.altLocale) : undefined,
  }
}

// Decodes exactly what was encoded: a leading U+FEFF stays.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })

export function newsletterEmail(
  slug: string,
  locale: LocaleCode,
): Promise<Made<{ html: string; text: string }>> {
  const urlPath = newsletterEmailPath(locale, slug, 'html')
  return once(urlPath, async () => {
    const letter = (await getSnapshot()).newsletters.find((n) => n.slug === slug)
    const text = letter?.translations[locale]
    if (!letter || !text)
      throw new Error(
        `${urlPath}: newsletters/${slug} has no ${locale} translation (no e-mail is made from a fallback)`,
      )
    const t = useTranslations(locale)
    const settings = await siteSettings(locale)
    const sections: EmailSection[] = []
    for (const section of text.sections) {
      if (section.kind === 'story') {
        const { collection, slug: target } = section.target
        sections.push({
          kind: 'story',
          headline: section.headline,
          blurb: section.blurb,
          href: withSource(absoluteUrl(await storyPath(locale, locale, collection, target)), 'newsletter'),
          image: await storyImage(collection, target, locale),
        })
      } else if (section.kind === 'event') {
        sections.push({
          kind: 'event',
          title: section.title,
          when: formatDate(section.date, locale, true),
          where: section.place,
          description: section.description,
        })
      } else {
        const href = safeHref(section.url)
        sections.push({
          kind: 'call-to-action',
          label: section.label,
          description: section.description,
          href: href && isOutbound(href) ? new URL(href).href : href,
        })
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
      hotline: {
        label: settings.text.value.hotlineLabel,
        phone: settings.hotlinePhone,
        href: telHref(settings.hotlinePhone),
      },
      labels: {
        viewOnline: t('newsletter.viewOnline'),
        event: t('newsletter.event'),
        when: t('newsletter.when'),
        where: t('newsletter.where'),
        readMore: t('newsletter.readMore'),
      },
      sections,
    }
    const { data } = await store.cache.get(
      contentKey(`newsletter-email:${newsletterEmailLayout}`, email),
      'htm',
      async () => new TextEncoder().encode(newsletterEmailHtml(email)),
    )
    return { html: utf8.decode(data), text: newsletterEmailText(email) }
  })
}

export const newsletterEmailStaticPaths = (file: 'email.htm' | 'email.txt') =>
  notInPreview(() =>
    documentStaticPaths(
      `/[locale]/newsletters/[slug]/${file}`,
      'newsletters',
      newsletterLocales,
      newsletterEmail,
    ),
  )()
