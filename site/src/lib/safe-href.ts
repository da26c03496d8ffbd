import { safeHrefSchema } from '@jol/content-schemas'

/**
 * The last gate before an href from content reaches a page: the snapshot's own rule, checked again
 * here so a page stays safe even if a snapshot was produced by something else. Anything else renders as text.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined || !safeHrefSchema.safeParse(href).success) return undefined
  const trimmed = href.trim()
  return trimmed.toLowerCase().startsWith('tel:') ? telHref(trimmed.slice(4)) : trimmed
}

/** `tel:` href of a phone number as written ("+7 800 080 12 34" → "tel:+78000801234"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+0-9]/g, '')}`

/** Links that leave the site: opened without telling the other site where the reader came from. */
export const isOutbound = (href: string): boolean => /^https?:/i.test(href)
