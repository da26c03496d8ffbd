import type { Audience, Channel, Country, LocaleCode, PrintFormat, Topic } from '@jol/content-schemas'

/**
 * The shape of the demo campaign as authors write it. The seed turns it into Payload documents.
 *
 * Rich text ("Markdown" below) is a small Markdown subset: paragraphs separated by a blank line,
 * `## ` and `### ` headings, `- ` bullet lists, `1. ` numbered lists, `> ` quotes, `**bold**`,
 * `*italic*`, and `[text](https://…)`, `[text](tel:+7…)` or `[text](mailto:…)` links.
 */
export type Markdown = string

/** Text in every locale; `PartialTranslations` marks the one place a locale is deliberately missing. */
export type Translations<T> = Record<LocaleCode, T>
export type PartialTranslations<T> = Partial<Record<LocaleCode, T>> & { en: T }

/** Pictures are drawn locally (no downloads); `palette` picks the colours of the drawing. */
export interface SeedImage {
  key: string
  palette: 'steppe' | 'river' | 'dawn' | 'mountain' | 'city'
  /** What the drawing shows, for the seed's own generator. */
  motif: 'family' | 'road' | 'document' | 'phone' | 'meeting' | 'school'
  credit: string
  licence: 'CC BY 4.0' | 'CC BY-SA 4.0' | 'CC0 1.0' | 'All rights reserved'
  showsIdentifiablePeople: boolean
  consentRecorded: boolean
  text: Translations<{ alt: string; caption: string }>
}

export interface SeedLeaflet {
  slug: string
  audience: Audience[]
  topics: Topic[]
  printFormat: PrintFormat
  cover: SeedImage['key']
  contacts: { phone: string; url?: string; text: Translations<{ label: string; hours: string }> }[]
  /** Written in every language, or (a campaign for countries of origin) in the ones it is for. */
  text: PartialTranslations<{ title: string; summary: string; keyMessages: string[]; body: Markdown }>
  /** The campaigns it belongs to, by slug. */
  campaigns: string[]
}

export interface SeedPressRelease {
  slug: string
  /** ISO date, e.g. "2026-10-02" */
  releaseDate: string
  /** ISO date-time with offset, e.g. "2026-12-10T09:00:00+05:00"; omitted when not embargoed. */
  embargoUntil?: string
  photos: SeedImage['key'][]
  quotes: { speaker: string; text: Translations<{ role: string; quote: string }> }[]
  mediaContacts: { name: string; phone: string; email: string; text: Translations<{ role: string }> }[]
  text: Translations<{ title: string; datelineCity: string; summary: string; body: Markdown }>
  campaigns: string[]
  topics: Topic[]
}

export type SeedNewsletterSection =
  | {
      kind: 'story'
      target: { collection: 'posts' | 'leaflets'; slug: string }
      text: Translations<{ headline: string; blurb: string }>
    }
  | { kind: 'event'; date: string; text: Translations<{ title: string; place: string; description: string }> }
  | { kind: 'call-to-action'; url: string; text: Translations<{ label: string; description: string }> }

export interface SeedNewsletter {
  slug: string
  issueNumber: number
  date: string
  sections: SeedNewsletterSection[]
  text: Translations<{ subject: string; preheader: string; intro: string }>
  campaigns: string[]
  topics: Topic[]
}

export interface SeedPost {
  slug: string
  author: string
  publishDate: string
  topics: Topic[]
  cover: SeedImage['key']
  text: PartialTranslations<{ title: string; excerpt: string; body: Markdown }>
  campaigns: string[]
}

export interface SeedSiteSettings {
  hotlinePhone: string
  footerContacts: { phone?: string; email?: string; url?: string; text: Translations<{ label: string }> }[]
  text: Translations<{ siteName: string; tagline: string; hotlineLabel: string; hotlineHours: string }>
}

export interface SeedPressRoom {
  mediaContacts: SeedPressRelease['mediaContacts']
  text: Translations<{ boilerplate: Markdown }>
}

/**
 * A campaign as the team plans it (objectives, personas from the handbook) and as readers see it
 * (name, slogan, summary, key messages, cities).
 */
export interface SeedCampaignPlan {
  slug: string
  /** ISO dates, e.g. "2026-09-15". */
  startDate: string
  endDate: string
  brandColour: string
  channels: Channel[]
  countries: Country[]
  partners: { name: string; url?: string }[]
  objectives: { indicator: string; unit: string; baseline: number; target: number; targetDate: string }[]
  personas: { who: string; where: string; languages: LocaleCode[]; channels: Channel[]; needToKnow: string }[]
  text: PartialTranslations<{
    name: string
    slogan: string
    summary: string
    keyMessages: string[]
    cities: string[]
  }>
}

export interface SeedCampaign {
  /** The campaigns the content belongs to (seeded before the content). */
  campaigns: SeedCampaignPlan[]
  images: SeedImage[]
  leaflets: SeedLeaflet[]
  pressReleases: SeedPressRelease[]
  newsletters: SeedNewsletter[]
  posts: SeedPost[]
  siteSettings: SeedSiteSettings
  pressRoom: SeedPressRoom
}
