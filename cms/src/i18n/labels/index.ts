import { getLocale, isLocaleCode, localeCodes, type LocaleCode } from '@jol/content-schemas'
import type { Block } from 'payload'

import { en } from './en'
import { kk } from './kk'
import { ky } from './ky'
import { ru } from './ru'
import { tg } from './tg'
import { uz } from './uz'
import { labelPlaces, walkLabels, type Labelled } from './walk'

/**
 * Jol's own admin words (collection, field and option labels, help texts), one table per admin
 * language, keyed as `walk.ts` describes. A word is looked up under its place's own key first, then
 * under the shared one (`fields.phone.label`), so a word used in many places is written once and a
 * place that needs other words gets its own key. tests/cms/admin-labels.test.ts fails when a place
 * lacks a word in one language, or a table keeps a key nothing uses.
 */
export type LabelTable = Readonly<Record<string, string>>

export const labelTables: Record<LocaleCode, LabelTable> = { en, ru, kk, ky, tg, uz }

/** The word of `keys` (own key first) in every language that has it. */
export function wordsFor(keys: readonly string[]): Partial<Record<LocaleCode, string>> {
  const words: Partial<Record<LocaleCode, string>> = {}
  for (const code of localeCodes) {
    const table = labelTables[code]
    const key = keys.find((candidate) => candidate in table)
    if (key !== undefined) words[code] = table[key]
  }
  return words
}

/**
 * Puts the tables' words into a configuration in Payload's per-language form ({ en: …, ru: …, … }).
 * A place without words in the tables keeps what its collection file says (its English), so a field
 * just added still shows a label; the test names it until it is translated.
 */
export function withAdminLabels<T extends Labelled>(config: T): T {
  return walkLabels(config, localeCodes, (keys, current) => {
    if (isLocaleOption(keys[0]!, current)) return languageName(current as LocaleCode)
    const words = wordsFor(keys)
    return words.en === undefined ? current : words
  })
}

/** A block of the rich-text editor with its words (`blocks.<slug>.…`). */
export function editorBlockWithLabels(block: Block): Block {
  return withAdminLabels({ blocks: [block] }).blocks![0]!
}

/** An option that is a bare language code (`kk`), as lists of Jol's languages give them. */
const isLocaleOption = (key: string, current: unknown) =>
  typeof current === 'string' && isLocaleCode(current) && key.endsWith(`.options.${current}`)

/** A language named in itself in every admin language (`Қазақша (kk)`): how its readers know it. */
const languageName = (code: LocaleCode) =>
  Object.fromEntries(localeCodes.map((admin) => [admin, `${getLocale(code).nativeName} (${code})`]))

/** The places of a configuration that lack a word in some admin language: `key (languages)`. */
export function unlabelledPlaces(config: Labelled): string[] {
  return labelPlaces(config, localeCodes).map(({ keys, current }) => {
    const have = typeof current === 'object' && current !== null ? Object.keys(current) : []
    return `${keys[0]} (${localeCodes.filter((code) => !have.includes(code)).join(', ')})`
  })
}

/**
 * The keys of `table` no place of the configuration reads: a place reads its own key if the table
 * has it, else its shared one.
 */
export function unusedKeys(config: Labelled, table: LabelTable): string[] {
  const used = new Set<string>()
  for (const { keys } of labelPlaces(config, localeCodes, { everyWord: true })) {
    const read = keys.find((key) => key in table)
    if (read !== undefined) used.add(read)
  }
  return Object.keys(table).filter((key) => !used.has(key))
}
