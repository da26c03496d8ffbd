import { z } from 'zod'

/**
 * Vocabularies shared by the CMS (select options) and the site (filters, labels).
 * Values are stable identifiers; their labels live in each side's translations.
 */

export const audienceSchema = z.enum([
  'migrant-families',
  'irregular-migrants',
  'departing-migrants',
  'returning-migrants',
  'ngos-and-associations',
  'journalists-and-bloggers',
  'public-authorities',
])
export type Audience = z.infer<typeof audienceSchema>

export const topicSchema = z.enum([
  'children-rights',
  'regularisation',
  'safe-migration',
  'employment',
  'health-and-education',
  'trafficking',
  'where-to-get-help',
])
export type Topic = z.infer<typeof topicSchema>

/** Channels a campaign uses; each content type is one of them. */
export const channelSchema = z.enum([
  'leaflet',
  'press-release',
  'newsletter',
  'blog-post',
  'meeting',
  'social-media',
  'hotline',
])
export type Channel = z.infer<typeof channelSchema>

/** Countries a campaign runs in (ISO 3166-1 alpha-2): where migrants of the region live, work and come from. */
export const countrySchema = z.enum(['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU', 'TR'])
export type Country = z.infer<typeof countrySchema>

export const printFormatSchema = z.enum(['A4', 'A5'])
export type PrintFormat = z.infer<typeof printFormatSchema>

export const userRoleSchema = z.enum(['admin', 'editor', 'translator'])
export type UserRole = z.infer<typeof userRoleSchema>

/** English labels, used where a UI has no translation of its own (the CMS admin). */
export const enumLabels = {
  audience: {
    'migrant-families': 'Migrant families with children',
    'irregular-migrants': 'Irregular migrants',
    'departing-migrants': 'Departing migrants',
    'returning-migrants': 'Returning migrants',
    'ngos-and-associations': 'NGOs and ethno-cultural associations',
    'journalists-and-bloggers': 'Journalists and bloggers',
    'public-authorities': 'Public authorities',
  },
  topic: {
    'children-rights': "Children's rights",
    regularisation: 'Regularising status',
    'safe-migration': 'Safe migration',
    employment: 'Work and employment',
    'health-and-education': 'Health and education',
    trafficking: 'Trafficking and exploitation',
    'where-to-get-help': 'Where to get help',
  },
  channel: {
    leaflet: 'Leaflet',
    'press-release': 'Press release',
    newsletter: 'Newsletter',
    'blog-post': 'Blog post',
    meeting: 'Meeting',
    'social-media': 'Social media',
    hotline: 'Hotline',
  },
  country: {
    KZ: 'Kazakhstan',
    KG: 'Kyrgyzstan',
    TJ: 'Tajikistan',
    UZ: 'Uzbekistan',
    TM: 'Turkmenistan',
    RU: 'Russia',
    TR: 'Türkiye',
  },
} as const satisfies {
  audience: Record<Audience, string>
  topic: Record<Topic, string>
  channel: Record<Channel, string>
  country: Record<Country, string>
}

/** One ASCII slug per entry, shared by all languages so every version lives at the same path. */
export const slugSchema = z
  .string()
  .min(1, 'a slug is required')
  .max(96, 'a slug is at most 96 characters')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lowercase ASCII letters, digits and single hyphens (e.g. "know-your-rights")',
  )
