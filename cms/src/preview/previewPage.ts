import { getLocale, type LocaleCode } from '@jol/content-schemas'

import type { PreviewTexts } from '../i18n/previewTexts'

/**
 * What the CMS adds to a rendered draft before an editor sees it, and the page it answers with when
 * the draft cannot be shown. Kept apart from the site's templates: these words are the admin's
 * (in the editor's admin language), not the reader's.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** Search engines must never index a preview, whoever gets hold of its address. */
export const robotsMeta = '<meta name="robots" content="noindex, nofollow">'

// Inline styles: the page has no stylesheet of the CMS's own, and the banner must stand out from the site's.
const bannerStyle =
  'position:sticky;top:0;z-index:1000;margin:0;padding:0.75rem 1rem;background:#7a1f00;color:#fff;font:600 1rem/1.4 system-ui,sans-serif'
const linkStyle = 'color:#fff;text-decoration:underline'

export interface PreviewBanner {
  texts: PreviewTexts
  /** The admin language the banner speaks. */
  language: LocaleCode
  /** For a leaflet: the preview of its PDF. */
  pdfHref?: string
  /** Parts the export left out of the page (`collection/slug/locale/field: why`). */
  notes: string[]
}

function banner({ texts, language, pdfHref, notes }: PreviewBanner): string {
  const pdf = pdfHref
    ? ` <a style="${linkStyle}" href="${escapeHtml(pdfHref)}">${escapeHtml(texts.pdf)}</a>`
    : ''
  const left =
    notes.length > 0
      ? `<p style="margin:0.5rem 0 0;font-weight:400">${escapeHtml(texts.notes)}</p><ul style="margin:0;font-weight:400">${notes.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`
      : ''
  return `<div role="note" data-jol-preview lang="${getLocale(language).tag}" style="${bannerStyle}"><p style="margin:0">${escapeHtml(texts.banner)}${pdf}</p>${left}</div>`
}

/** The site's page with the robots meta in its head and the preview banner at the top of its body. */
export function markAsPreview(html: string, options: PreviewBanner): string {
  const withMeta = html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${robotsMeta}`)
  return withMeta.replace(/<body(\s[^>]*)?>/i, (body) => `${body}${banner(options)}`)
}

/** A page of its own: why the draft cannot be shown (each line names collection/slug/locale/field), or why the preview failed. */
export function problemsPage(options: {
  texts: PreviewTexts
  language: LocaleCode
  title: string
  intro?: string
  lines: string[]
}): string {
  const { texts, language, title, intro, lines } = options
  const tag = getLocale(language).tag
  return `<!DOCTYPE html><html lang="${tag}"><head><meta charset="utf-8">${robotsMeta}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font:1rem/1.5 system-ui,sans-serif;margin:0">${banner({ texts, language, notes: [] })}<main style="padding:1rem;max-width:60rem"><h1>${escapeHtml(title)}</h1>${intro ? `<p>${escapeHtml(intro)}</p>` : ''}<ul>${lines.map((line) => `<li><code style="white-space:pre-wrap">${escapeHtml(line)}</code></li>`).join('')}</ul></main></body></html>`
}
