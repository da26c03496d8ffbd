import { fallbackChain, localeCodes, type LocaleCode } from '../locales'

/**
 * A campaign's coverage: for every entry linked to it, what a reader of each language gets.
 * `written`: the entry has that language; `fallback`: the reader is shown another language of the
 * fallback chain (the notice says so); `missing`: nothing in the chain, so no page in that language.
 */

export type CoverageState = 'written' | 'fallback' | 'missing'

export interface CoverageInput {
  collection: string
  id: string | number
  title: string
  /** The locales really written (read with fallback off). */
  written: readonly LocaleCode[]
  /** Whether the entry is published (drafts count too: a team wants to see them before launch). */
  published: boolean
}

export interface CoverageRow extends CoverageInput {
  locales: Record<LocaleCode, { state: CoverageState; shown?: LocaleCode }>
}

export interface Coverage {
  rows: CoverageRow[]
  /** Per locale: how many entries are written, falling back, missing. */
  totals: Record<LocaleCode, Record<CoverageState, number>>
}

export function localeCoverage(
  written: readonly LocaleCode[],
  locale: LocaleCode,
): { state: CoverageState; shown?: LocaleCode } {
  const shown = fallbackChain(locale).find((code) => written.includes(code))
  if (shown === undefined) return { state: 'missing' }
  return shown === locale ? { state: 'written', shown } : { state: 'fallback', shown }
}

export function campaignCoverage(entries: readonly CoverageInput[]): Coverage {
  const totals = Object.fromEntries(
    localeCodes.map((code) => [code, { written: 0, fallback: 0, missing: 0 }]),
  ) as Coverage['totals']
  const rows = entries.map((entry) => {
    const locales = Object.fromEntries(
      localeCodes.map((code) => [code, localeCoverage(entry.written, code)]),
    ) as CoverageRow['locales']
    for (const code of localeCodes) totals[code][locales[code].state] += 1
    return { ...entry, locales }
  })
  return { rows, totals }
}
