import type { LocaleCode } from './locales'

/**
 * Proposes an entry's ASCII slug (see `slugSchema`) from its title in any of Jol's languages.
 *
 * Each language is romanized by a published scheme, folded to plain ASCII (diacritics dropped) so the
 * slug is typeable and survives any URL handling:
 * - Russian (and Cyrillic met in any other language): BGN/PCGN 1947, without apostrophes
 *   (ж zh, х kh, ц ts, щ shch, й y, ю yu, я ya; ъ and ь dropped).
 * - Kazakh: the Kazakh Latin alphabet of 2021 (қ q, ғ ğ→g, ң ñ→n, ә ä→a, ө ö→o, ұ ū→u, ү ü→u,
 *   і ı→i, ж j, ш ş→sh, х and һ h, й i, ю iu, я ia).
 * - Kyrgyz: BGN/PCGN 1979 (ж j, ң ng, ө ö→o, ү ü→u).
 * - Tajik: BGN/PCGN 1994 (ғ gh, ӣ i, қ q, ӯ u, ҳ h, ҷ j).
 * - Uzbek: already Latin; oʻ and gʻ become o and g, the tutuq belgisi is dropped. Uzbek Cyrillic
 *   follows the official Latin alphabet of 1995 (ў o, қ q, ғ g, ҳ h, х x, ж j).
 * - English: accents folded (é e).
 *
 * Returns '' when the title has no letter or digit to make a slug of.
 */
export function slugFromTitle(title: string, locale: LocaleCode): string {
  const letters = localeLetters[locale]
  let text = title.toLowerCase()
  // Uzbek oʻ/gʻ are often typed with an apostrophe of another kind: all mean the same letter.
  if (locale === 'uz') text = text.replace(/([og])[\u02BB\u02BC'`\u2018\u2019]/g, '$1')
  // Apostrophes inside words (don't, maʼlumot, Malika’s) join the word rather than split it.
  text = text.replace(/[\u02BB\u02BC'`\u2018\u2019]/g, '')
  const romanized = [...text].map((ch) => letters[ch] ?? russian[ch] ?? latinExtras[ch] ?? ch).join('')
  // Compatibility forms may decompose to capitals (№ to No): lowercase once more.
  const ascii = romanized.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  return shorten(ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
}

/** Slugs stay short enough to read and type: cut at a word boundary. */
export const proposedSlugMaxLength = 80

function shorten(slug: string): string {
  if (slug.length <= proposedSlugMaxLength) return slug
  const cut = slug.slice(0, proposedSlugMaxLength + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, proposedSlugMaxLength)).replace(/-+$/, '')
}

type Letters = Readonly<Record<string, string>>

const table = (pairs: string): Letters =>
  Object.fromEntries(pairs.split(' ').map((pair) => [pair[0]!, pair.slice(1)]))

// Each entry: a lowercase Cyrillic letter, then its romanization ("шsh"); a lone letter is dropped.
const russian = table(
  'аa бb вv гg дd еe ёe жzh зz иi йy кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ъ ыy ь эe ' +
    'юyu яya',
)

const localeLetters: Readonly<Record<LocaleCode, Letters>> = {
  en: {},
  ru: {},
  kk: table('әa ғg қq ңn өo ұu үu һh іi жj йi хh ёio юiu яia'),
  ky: table('жj ңng өo үu ёyo'),
  tg: table('ғgh ӣi қq ӯu ҳh ҷj ёyo'),
  uz: table('ўo қq ғg ҳh хx жj ёyo'),
}

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const latinExtras: Letters = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' }
