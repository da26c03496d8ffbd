import { z } from 'astro/zod'

import en from './en.json'

/**
 * The schema every UI-strings file must meet, derived from `en.json`: the same keys, no others,
 * and for each plural key exactly the plural forms the language needs (from Intl.PluralRules, the
 * rules i18next uses), e.g. Russian `_one`, `_few`, `_many`, `_other`.
 */

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

export type UIStrings = Record<keyof typeof en, string>

/** The keys of `en.json`, plural ones without their suffix. */
export function baseKeys(reference: Record<string, string> = en): { plain: string[]; plural: string[] } {
  const plain: string[] = []
  const plural = new Set<string>()
  for (const key of Object.keys(reference)) {
    const match = PLURAL_SUFFIX.exec(key)
    if (match) plural.add(key.slice(0, match.index))
    else plain.push(key)
  }
  return { plain, plural: [...plural] }
}

export function uiStringsSchema(tag: string, reference: Record<string, string> = en) {
  const { plain, plural } = baseKeys(reference)
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories
  const text = z.string().trim().min(1, 'is empty')
  const shape: Record<string, typeof text> = {}
  for (const key of plain) shape[key] = text
  for (const key of plural) for (const category of categories) shape[`${key}_${category}`] = text
  return z.strictObject(shape)
}

export class UIStringsError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`UI strings are incomplete:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'UIStringsError'
    this.problems = problems
  }
}

/** Problems with one locale's file, as "translations/<code>.json: <key>: <problem>". */
export function uiStringsProblems(code: string, tag: string, data: unknown): string[] {
  // Each schema checks one file once a build: zod's compiled fast path would cost more to compile
  // than it saves (6 files: ~0.1 s with it, ~3 ms without, at the start of every build).
  const result = uiStringsSchema(tag).safeParse(data, { jitless: true })
  if (result.success) return []
  return result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `translations/${code}.json: unknown key(s) ${issue.keys.join(', ')}`
    const key = issue.path.join('.')
    return `translations/${code}.json: ${key}: ${issue.code === 'invalid_type' ? 'is missing' : issue.message}`
  })
}
