import {
  contentKinds,
  isDraftedCollection,
  isLocaleCode,
  readTranslationState,
  sourceLocale,
  statusUrgency,
  targetLocales,
  translationStatus,
  type DraftedCollection,
  type LocaleCode,
  type TranslationStatus,
} from '@jol/content-schemas'
import type { Payload, TypedUser } from 'payload'

/** One translation to do: an entry in one locale, outdated or missing, with its campaign's deadline. */
export interface TranslationTask {
  collection: DraftedCollection
  id: number | string
  title: string
  locale: LocaleCode
  status: Extract<TranslationStatus, 'outdated' | 'missing'>
  campaign?: string
  /** When the entry's campaign starts (the earliest, when it has several): the translation is due then. */
  deadline?: string
}

type Row = Record<string, unknown>
const isRecord = (value: unknown): value is Row => typeof value === 'object' && value !== null

/** The locales a user translates: a translator's own, everyone else's all but the source. */
export function localesOf(user: TypedUser | null | undefined): LocaleCode[] {
  if (!user) return []
  if (user.role !== 'translator') return [...targetLocales]
  return (user.translatorLocales ?? []).filter(
    (code): code is LocaleCode => isLocaleCode(code) && targetLocales.includes(code),
  )
}

function campaignOf(doc: Row, collection: DraftedCollection): { name?: string; start?: string } {
  const own = collection === 'campaigns' ? [doc] : Array.isArray(doc.campaigns) ? doc.campaigns : []
  const campaigns = own.filter(isRecord).filter((c) => typeof c.startDate === 'string')
  campaigns.sort((a, b) => String(a.startDate).localeCompare(String(b.startDate)))
  const first = campaigns[0]
  return first ? { name: String(first.name ?? ''), start: String(first.startDate) } : {}
}

/**
 * What a user has to translate, in their locales only: outdated first, then missing; within each,
 * the nearest deadline first (entries without one last), then by title.
 */
export async function translationTasks(payload: Payload, user: TypedUser | null): Promise<TranslationTask[]> {
  const locales = localesOf(user)
  if (locales.length === 0) return []
  const tasks: TranslationTask[] = []
  for (const kind of contentKinds) {
    const collection = kind.collection
    if (!isDraftedCollection(collection)) continue
    const config = payload.collections[collection].config
    const titleField = config.admin.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection,
      draft: true,
      depth: 1,
      limit: 0,
      pagination: false,
      locale: sourceLocale,
      overrideAccess: false,
      user,
    })
    for (const doc of docs as unknown as Row[]) {
      const state = readTranslationState(doc.translationState)
      const { name, start } = campaignOf(doc, collection)
      for (const locale of locales) {
        const status = translationStatus(state, locale)
        if (status !== 'outdated' && status !== 'missing') continue
        tasks.push({
          collection,
          id: doc.id as number | string,
          title: String(doc[titleField] ?? doc.id),
          locale,
          status,
          ...(name ? { campaign: name } : {}),
          ...(start ? { deadline: start } : {}),
        })
      }
    }
  }
  return tasks.sort(
    (a, b) =>
      statusUrgency[a.status] - statusUrgency[b.status] ||
      (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
      a.title.localeCompare(b.title),
  )
}
