/** What asked for a rebuild: shown in the admin's site status. */
export interface BuildTrigger {
  source: 'edit' | 'schedule' | 'embargo' | 'media' | 'settings' | 'manual'
  collection?: string
  /** Site settings or the press room: shown on every page or in every press kit. */
  global?: string
  slug?: string
  locale?: string
  operation?: 'publish' | 'unpublish' | 'update' | 'delete' | 'create' | 'lapse'
  at: string
}

/** The most triggers kept per build: enough to see what happened, bounded however busy editors are. */
export const maxTriggersKept = 100

/** The words a trigger is described with: what asked (by source) and the whole site. */
export type TriggerWords = Record<BuildTrigger['source'] | 'site', string>

const englishWords: TriggerWords = {
  site: 'site',
  edit: 'edit',
  schedule: 'scheduled publication',
  embargo: 'embargo lapsed',
  media: 'media change',
  settings: 'settings change',
  manual: 'manual',
}

/** "leaflets/know-your-rights (ky): publish, scheduled publication" */
export function describeTrigger(trigger: BuildTrigger, words: TriggerWords = englishWords): string {
  const what = [trigger.collection ?? trigger.global, trigger.slug].filter(Boolean).join('/')
  const locale = trigger.locale && trigger.locale !== 'all' ? ` (${trigger.locale})` : ''
  const operation = trigger.operation ? `: ${trigger.operation}` : ''
  return `${what || words.site}${locale}${operation}, ${words[trigger.source]}`
}

/** Triggers as stored in a JSON field (anything else is dropped rather than trusted). */
export function triggersOf(value: unknown): BuildTrigger[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is BuildTrigger =>
      typeof item === 'object' && item !== null && typeof (item as BuildTrigger).source === 'string',
  )
}
