import { safeHrefSchema } from '@jol/content-schemas'

/**
 * The last gate before an href from content reaches a page: the snapshot's own rule, checked again
 * here so a page stays safe even if a snapshot was produced by something else. Anything else renders as text.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined || !safeHrefSchema.safeParse(href).success) return undefined
  const trimmed = href.trim()
  return trimmed.toLowerCase().startsWith('tel:') ? `tel:${trimmed.slice(4).replace(/[^+0-9]/g, '')}` : trimmed
}

/** Links that leave the site: opened without telling the other site where the reader came from. */
export const isOutbound = (href: string): boolean => /^https?:/i.test(href)
