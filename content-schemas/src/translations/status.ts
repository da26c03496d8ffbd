import { defaultLocale, localeCodes, type LocaleCode } from '../locales'

/**
 * What each translation of an entry was made from. The source language is the site's default
 * locale (every other locale falls back to it, nearest first): its text is what translators translate.
 * Units are the entry's translatable texts by path (`title`, `keyMessages.0.text`, `body.2`); a
 * rich-text block's unit keeps its inline markup (XLIFF `<pc>`/`<ph>`), so a changed link or emphasis
 * counts as a change.
 */
export type TranslationUnits = Record<string, string>

export interface TranslationRecord {
  /** The source hash current when this locale was last saved (or carried over by a minor change). */
  madeFrom: string
  savedAt: string
}

export interface TranslationState {
  source?: { hash: string; units: TranslationUnits }
  /** Earlier source units, by hash, kept while a translation was made from them (for the diff). */
  previous?: Record<string, TranslationUnits>
  locales?: Partial<Record<LocaleCode, TranslationRecord>>
}

export type TranslationStatus = 'source' | 'missing' | 'outdated' | 'up-to-date'

export const sourceLocale: LocaleCode = defaultLocale

/** The locales translated from the source language, in the registry's order. */
export const targetLocales: readonly LocaleCode[] = localeCodes.filter((code) => code !== sourceLocale)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The stored state, or an empty one for entries saved before translations were tracked. */
export function readTranslationState(value: unknown): TranslationState {
  return isRecord(value) ? (value as TranslationState) : {}
}

/** Missing (never written in this locale), outdated (the source changed since) or up to date. */
export function translationStatus(state: TranslationState, locale: LocaleCode): TranslationStatus {
  if (locale === sourceLocale) return state.source ? 'source' : 'missing'
  const record = state.locales?.[locale]
  if (!record) return 'missing'
  return record.madeFrom === state.source?.hash ? 'up-to-date' : 'outdated'
}

export function translationStatuses(state: TranslationState): Record<LocaleCode, TranslationStatus> {
  return Object.fromEntries(localeCodes.map((code) => [code, translationStatus(state, code)])) as Record<
    LocaleCode,
    TranslationStatus
  >
}

/** The source units a locale's translation was made from, when they were kept. */
export function unitsTranslated(state: TranslationState, locale: LocaleCode): TranslationUnits | undefined {
  const hash = state.locales?.[locale]?.madeFrom
  if (!hash) return undefined
  if (hash === state.source?.hash) return state.source.units
  return state.previous?.[hash]
}

/** The order translators work in: outdated first, then missing, then up to date. */
export const statusUrgency: Record<TranslationStatus, number> = {
  outdated: 0,
  missing: 1,
  'up-to-date': 2,
  source: 3,
}

export interface SaveInput {
  locale: LocaleCode
  /** The source units as saved (only when `locale` is the source language). */
  sourceUnits?: TranslationUnits
  sourceHash?: string
  /** Whether this locale now has its text (the kind's `writtenBy` field is filled). */
  written: boolean
  /** A minor change of the source: translations made from the previous source stay up to date. */
  minor: boolean
  now: string
}

/**
 * The state after a save in one locale. Saving the source records its new units; a translation
 * records the source it was made from. A minor source change carries the translations that were up
 * to date over to the new source. Earlier source units are kept only while a translation refers to them.
 */
export function nextTranslationState(state: TranslationState, input: SaveInput): TranslationState {
  const locales: Partial<Record<LocaleCode, TranslationRecord>> = { ...state.locales }
  let source = state.source
  const previous: Record<string, TranslationUnits> = { ...state.previous }
  if (input.locale === sourceLocale) {
    if (input.sourceHash && input.sourceUnits && input.sourceHash !== source?.hash) {
      const oldHash = source?.hash
      if (source) previous[source.hash] = source.units
      if (input.minor && oldHash) {
        for (const code of targetLocales) {
          const record = locales[code]
          if (record?.madeFrom === oldHash) locales[code] = { ...record, madeFrom: input.sourceHash }
        }
      }
      source = { hash: input.sourceHash, units: input.sourceUnits }
    }
  } else if (input.written) {
    locales[input.locale] = { madeFrom: source?.hash ?? '', savedAt: input.now }
  } else {
    delete locales[input.locale]
  }
  const referenced = new Set(Object.values(locales).map((record) => record?.madeFrom))
  for (const hash of Object.keys(previous)) {
    if (!referenced.has(hash) || hash === source?.hash) delete previous[hash]
  }
  return {
    ...(source ? { source } : {}),
    ...(Object.keys(previous).length ? { previous } : {}),
    locales,
  }
}
