import { defaultLocale, localeCodes, type LocaleCode } from '@jol/content-schemas'

import { tagOf } from './locale'

/**
 * hreflang alternates: only real translations are announced (a fallback page is a copy of another
 * language's page, not a translation), plus `x-default`: English if it is real, else the first real one.
 */

export interface Alternate {
  hreflang: string
  href: string
}

/** `xDefaultPath` overrides x-default (the home pages point it at the language chooser). */
export function alternatesFor(
  realLocales: readonly LocaleCode[],
  pathFor: (locale: LocaleCode) => string,
  site: string,
  xDefaultPath?: string,
): Alternate[] {
  const real = localeCodes.filter((code) => realLocales.includes(code))
  if (real.length === 0) return []
  const links = real.map((code) => ({ hreflang: tagOf(code), href: new URL(pathFor(code), site).href }))
  const xDefault = real.includes(defaultLocale) ? defaultLocale : real[0]!
  links.push({ hreflang: 'x-default', href: new URL(xDefaultPath ?? pathFor(xDefault), site).href })
  return links
}
