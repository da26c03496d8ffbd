import type { CalloutNode } from '@jol/content-schemas'

/**
 * The words a printed document needs besides its content, in its language, as plain strings:
 * the renderers stay free of the site's i18n set-up (the benchmark runs them outside Astro), and
 * the strings are part of the cache key like the content.
 */
export interface PrintLabels {
  keyMessages: string
  help: string
  hotline: string
  /** "Hours: {{hours}}" */
  hours: string
  website: string
  /** "Photo: {{credit}}" */
  photoCredit: string
  /** "Scan to read this leaflet online" */
  scan: string
  callout: Record<CalloutNode['kind'], string>
}

/** i18next-style `{{name}}` placeholders filled in. */
export const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match)
