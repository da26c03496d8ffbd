import { createRequire } from 'node:module'

import juice from 'juice'

import { layoutFingerprint } from './cache'

/**
 * A newsletter issue as an e-mail a communications officer pastes into a mailing tool: a table
 * layout 600 px wide (the one layout every mail client renders), every style inlined (clients drop
 * `<style>` and never load a stylesheet), images and links as absolute URLs, no script, and a
 * plain-text alternative that carries every link of the HTML.
 */

export interface EmailImage {
  src: string
  alt: string
  width: number
  height: number
  /** The language of `alt` when it is not the e-mail's. */
  lang?: string | undefined
}

export type EmailSection =
  | {
      kind: 'story'
      headline: string
      blurb?: string | undefined
      href: string
      image?: EmailImage | undefined
    }
  | { kind: 'event'; title: string; when: string; where: string; description?: string | undefined }
  | { kind: 'call-to-action'; label: string; href?: string | undefined; description?: string | undefined }

export interface EmailNewsletter {
  languageTag: string
  direction: 'ltr' | 'rtl'
  siteName: string
  subject: string
  preheader?: string | undefined
  intro: string
  /** "Issue 1 · 27 February 2025" */
  issueLine: string
  /** The issue's page in the web archive. */
  webUrl: string
  hotline: { label: string; phone: string; href: string }
  labels: { viewOnline: string; event: string; when: string; where: string; readMore: string }
  sections: EmailSection[]
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** Styles by class; juice copies them onto each element and drops the classes' rules. */
const CSS = `
body { margin: 0; padding: 0; background-color: #f2f4f3; }
.outer { width: 100%; background-color: #f2f4f3; }
.outer-cell { padding: 16px 0; }
.frame { width: 600px; max-width: 100%; background-color: #ffffff; font-family: Arial, Helvetica, sans-serif; color: #111111; font-size: 16px; line-height: 1.5; }
.cell { padding: 16px 24px; }
.brand { padding: 16px 24px; background-color: #0b6e4f; color: #ffffff; font-size: 14px; font-weight: bold; }
.issue { color: #444444; font-size: 13px; }
.subject { margin: 4px 0 8px 0; font-size: 24px; line-height: 1.25; font-weight: bold; }
.headline { margin: 0 0 6px 0; font-size: 19px; line-height: 1.3; font-weight: bold; }
.headline-link { color: #0b4f8a; text-decoration: none; }
.text { margin: 0 0 8px 0; }
.picture-link { display: block; }
.picture { display: block; width: 100%; height: auto; border: 0; margin: 0 0 8px 0; }
.label { color: #444444; font-size: 13px; }
.button { display: inline-block; padding: 10px 18px; background-color: #0b6e4f; color: #ffffff; font-weight: bold; text-decoration: none; border-radius: 4px; }
.rule { border-top: 1px solid #d8dedb; }
.footer { padding: 16px 24px; color: #444444; font-size: 13px; }
.footer-link { color: #0b4f8a; }
.preheader { display: none; font-size: 1px; line-height: 1px; max-height: 0; max-width: 0; opacity: 0; overflow: hidden; }
`

const row = (content: string, cellClass = 'cell') => `<tr><td class="${cellClass}">${content}</td></tr>`

function sectionHtml(section: EmailSection, labels: EmailNewsletter['labels']): string {
  switch (section.kind) {
    case 'story': {
      const href = escapeHtml(section.href)
      const image = section.image
        ? `<a class="picture-link" href="${href}"><img class="picture" src="${escapeHtml(section.image.src)}" alt="${escapeHtml(section.image.alt)}"${section.image.lang ? ` lang="${escapeHtml(section.image.lang)}"` : ''} width="552" height="${Math.round((552 * section.image.height) / section.image.width)}"></a>`
        : ''
      return row(
        `${image}<h2 class="headline"><a class="headline-link" href="${href}">${escapeHtml(section.headline)}</a></h2>${section.blurb ? `<p class="text">${escapeHtml(section.blurb)}</p>` : ''}<p class="text"><a class="footer-link" href="${href}">${escapeHtml(labels.readMore)}</a></p>`,
      )
    }
    case 'event':
      return row(
        `<p class="label">${escapeHtml(labels.event)}</p><h2 class="headline">${escapeHtml(section.title)}</h2><p class="text"><span class="label">${escapeHtml(labels.when)}:</span> ${escapeHtml(section.when)}<br><span class="label">${escapeHtml(labels.where)}:</span> ${escapeHtml(section.where)}</p>${section.description ? `<p class="text">${escapeHtml(section.description)}</p>` : ''}`,
      )
    case 'call-to-action':
      return row(
        `${section.description ? `<p class="text">${escapeHtml(section.description)}</p>` : ''}<p class="text">${section.href ? `<a class="button" href="${escapeHtml(section.href)}">${escapeHtml(section.label)}</a>` : escapeHtml(section.label)}</p>`,
      )
  }
}

export function newsletterEmailHtml(letter: EmailNewsletter): string {
  const hotline = `${escapeHtml(letter.hotline.label)}: <a class="footer-link" href="${escapeHtml(letter.hotline.href)}">${escapeHtml(letter.hotline.phone)}</a>`
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(letter.languageTag)}" dir="${letter.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(letter.subject)}</title>
<style>${CSS}</style>
</head>
<body>
${letter.preheader ? `<div class="preheader">${escapeHtml(letter.preheader)}</div>` : ''}
<table role="presentation" class="outer" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td class="outer-cell" align="center">
<table role="presentation" class="frame" width="600" cellpadding="0" cellspacing="0" border="0">
${row(escapeHtml(letter.siteName), 'brand')}
${row(`<p class="issue">${escapeHtml(letter.issueLine)}</p><h1 class="subject">${escapeHtml(letter.subject)}</h1><p class="text">${escapeHtml(letter.intro)}</p>`)}
${letter.sections.map((section) => sectionHtml(section, letter.labels)).join('\n')}
${row(`<p class="text">${hotline}</p><p class="text"><a class="footer-link" href="${escapeHtml(letter.webUrl)}">${escapeHtml(letter.labels.viewOnline)}</a></p>`, 'footer rule')}
</table>
</td></tr></table>
</body>
</html>
`
  return juice(html, juiceOptions)
}

const juiceOptions = {
  removeStyleTags: true,
  preserveMediaQueries: false,
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  applyAttributesTableElements: true,
}

const require = createRequire(import.meta.url)
/**
 * Changes whenever the code that writes an e-mail's HTML changes, juice's version included (part of
 * the cache key: inlining the styles costs more than the rest of an e-mail).
 */
export const newsletterEmailLayout = layoutFingerprint(
  newsletterEmailHtml,
  sectionHtml,
  row,
  escapeHtml,
  CSS,
  juiceOptions,
  `juice@${(require('juice/package.json') as { version: string }).version}`,
)

/** The plain-text part: the same content, every link written out in full after its text. */
export function newsletterEmailText(letter: EmailNewsletter): string {
  const rule = '-'.repeat(40)
  const blocks = [
    letter.siteName,
    letter.issueLine,
    letter.subject,
    letter.intro,
    ...letter.sections.map((section) => {
      switch (section.kind) {
        case 'story':
          return [section.headline, section.blurb, `${letter.labels.readMore}: ${section.href}`]
            .filter(Boolean)
            .join('\n')
        case 'event':
          return [
            `${letter.labels.event}: ${section.title}`,
            `${letter.labels.when}: ${section.when}`,
            `${letter.labels.where}: ${section.where}`,
            section.description,
          ]
            .filter(Boolean)
            .join('\n')
        case 'call-to-action':
          return [section.description, section.href ? `${section.label}: ${section.href}` : section.label]
            .filter(Boolean)
            .join('\n')
      }
    }),
    rule,
    `${letter.hotline.label}: ${letter.hotline.phone} (${letter.hotline.href})`,
    `${letter.labels.viewOnline}: ${letter.webUrl}`,
  ]
  return `${blocks.join('\n\n')}\n`
}
