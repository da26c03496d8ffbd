/**
 * The last gate before an href from content reaches a page. The snapshot's schema already allows only
 * these schemes; this check keeps a page safe even if that ever changes. Anything else renders as text.
 */
const SAFE = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9 ()-]+)$/i

export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined
  const trimmed = href.trim()
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"); refuse any control character.
  if (/[\u0000-\u001f\u007f]/.test(trimmed) || !SAFE.test(trimmed)) return undefined
  return trimmed.startsWith('tel:') ? `tel:${trimmed.slice(4).replace(/[^+0-9]/g, '')}` : trimmed
}

/** Links that leave the site: opened without telling the other site where the reader came from. */
export const isOutbound = (href: string): boolean => /^https?:/i.test(href)
