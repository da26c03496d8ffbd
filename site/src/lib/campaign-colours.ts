import type { Campaign } from '@jol/content-schemas'

/**
 * The rules that give each campaign its colour: `[data-campaign="<slug>"]{--campaign:#…}`. Slugs are
 * ASCII letters, digits and hyphens and colours `#rrggbb` (the snapshot's contract), so nothing here
 * can break out of the rule.
 */
export function campaignColoursCss(campaigns: readonly Pick<Campaign, 'slug' | 'brandColour'>[]): string {
  return campaigns.map((c) => `[data-campaign="${c.slug}"]{--campaign:${c.brandColour}}`).join('\n') + '\n'
}
