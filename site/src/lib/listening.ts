import { sectionCollections, withSource, type LocaleCode } from '@jol/content-schemas'

import type { SectionId } from './routes'
import { absoluteUrl, site } from './site'

/**
 * Where the site's forms post (the CMS, the only other origin the Content-Security-Policy allows for
 * `form-action`) and where the CMS sends the reader back: a thank-you page in their language.
 */
export const feedbackAction = (): string => `${site.cmsUrl}/api/feedback/answer`
export const feedbackThanksPath = (locale: LocaleCode) => `/${locale}/feedback/thanks/`

/** The "Ask a question" page, its form's action and the page the CMS sends the reader back to. */
export const askPath = (locale: LocaleCode) => `/${locale}/ask/`
export const askAction = (): string => `${site.cmsUrl}/api/questions/ask`
export const askThanksPath = (locale: LocaleCode) => `/${locale}/ask/thanks/`

export const collectionOf = (section: SectionId) => sectionCollections[section]

/** Share links are plain links to the messenger's own share page: no script, no button widget. */
export function shareLinks(path: string, title: string) {
  const url = withSource(absoluteUrl(path), 'share')
  const q = encodeURIComponent
  return {
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(title)}`,
    whatsapp: `https://wa.me/?text=${q(`${title} ${url}`)}`,
    email: `mailto:?subject=${q(title)}&body=${q(url)}`,
  }
}
