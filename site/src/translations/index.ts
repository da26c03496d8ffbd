import { locales, type LocaleCode } from '@jol/content-schemas'

import { UIStringsError, uiStringsProblems, type UIStrings } from './schema'

/**
 * Every locale of the registry must have a complete `<code>.json` here; a missing file or key stops
 * the build with the file and key named.
 */

const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' })

function load(): Record<LocaleCode, UIStrings> {
  const problems: string[] = []
  const out: Partial<Record<LocaleCode, UIStrings>> = {}
  for (const locale of locales) {
    const data = files[`./${locale.code}.json`]
    if (!data) {
      problems.push(`translations/${locale.code}.json: the file is missing (one is needed for every locale)`)
      continue
    }
    problems.push(...uiStringsProblems(locale.code, locale.tag, data))
    out[locale.code] = data as UIStrings
  }
  if (problems.length > 0) throw new UIStringsError(problems)
  return out as Record<LocaleCode, UIStrings>
}

export const uiStrings: Record<LocaleCode, UIStrings> = load()
