import { channelSchema, countrySchema, enumLabels, localeCodes } from '@jol/content-schemas'
import type { CollectionConfig, DateField, Field } from 'payload'

import { validateWebUrl } from '../../fields/contacts'
import { slugField } from '../../fields/slug'
import { contentCollection } from '../contentCollection'
import { brandColourField, refuseIllegibleBrandColour } from './brandColour'
import { objectiveMeasures } from './dashboard/aggregate'
import { dashboardCsvEndpoint, seesDashboard } from './dashboard/csvEndpoint'

const day = { date: { pickerAppearance: 'dayOnly' } } as const satisfies DateField['admin']

const select = <T extends string>(
  name: string,
  values: readonly T[],
  labels: Record<T, string>,
  extra: Partial<Field> = {},
): Field =>
  ({
    name,
    type: 'select',
    hasMany: true,
    options: values.map((value) => ({ value, label: labels[value] })),
    ...extra,
  }) as Field

/**
 * A campaign: designed from objectives, for defined audiences (personas), with key messages, on chosen
 * channels, in chosen places and for a period. Readers see its name, slogan, summary, key messages,
 * cities and partners (the localized text is what translators translate); objectives and personas are
 * the team's plan and stay in the CMS. Leaflets, releases, newsletters and posts name their campaigns.
 */
export const Campaigns: CollectionConfig = contentCollection({
  slug: 'campaigns',
  labels: { singular: 'Campaign', plural: 'Campaigns' },
  defaultSort: '-startDate',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startDate', 'endDate', '_status'],
    components: {
      views: {
        edit: {
          dashboard: {
            Component: '/collections/Campaigns/dashboard/DashboardView#CampaignDashboardView',
            path: '/dashboard',
            tab: {
              label: 'Dashboard',
              href: '/dashboard',
              order: 150,
              condition: ({ req }) => seesDashboard(req),
            },
          },
        },
      },
    },
  },
  hooks: { beforeChange: [refuseIllegibleBrandColour] },
  endpoints: [dashboardCsvEndpoint],
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, maxLength: 120 },
    { name: 'slogan', type: 'text', localized: true, required: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, required: true, maxLength: 600 },
    {
      name: 'coverage',
      type: 'ui',
      admin: { components: { Field: '/collections/Campaigns/CampaignCoverage#CampaignCoverage' } },
    },
    {
      name: 'keyMessages',
      label: 'Key messages',
      type: 'array',
      maxRows: 8,
      fields: [{ name: 'text', type: 'text', localized: true, required: true, maxLength: 200 }],
    },
    {
      name: 'objectives',
      type: 'array',
      admin: {
        description: 'What the campaign must achieve, and how it is measured (monitoring and evaluation).',
      },
      fields: [
        { name: 'indicator', type: 'text', required: true, maxLength: 200 },
        { name: 'unit', type: 'text', required: true, maxLength: 60 },
        { name: 'baseline', type: 'number', required: true },
        { name: 'target', label: 'Target value', type: 'number', required: true },
        { name: 'targetDate', label: 'Target date', type: 'date', required: true, admin: day },
        {
          name: 'measure',
          label: 'Measured in Jol by',
          type: 'select',
          options: Object.entries(objectiveMeasures).map(([value, label]) => ({ value, label })),
          admin: {
            description:
              'What the campaign dashboard counts for this indicator over its period; leave empty when it is measured elsewhere.',
          },
        },
      ],
    },
    {
      name: 'personas',
      label: 'Target audiences (personas)',
      type: 'array',
      fields: [
        { name: 'who', type: 'text', required: true, maxLength: 200 },
        { name: 'where', label: 'Where they are', type: 'text', maxLength: 200 },
        select(
          'languages',
          localeCodes,
          Object.fromEntries(localeCodes.map((code) => [code, code])) as Record<string, string>,
          {
            label: 'Languages they read',
          },
        ),
        select('channels', channelSchema.options, enumLabels.channel, { label: 'Channels that reach them' }),
        { name: 'needToKnow', label: 'What they need to know', type: 'textarea', maxLength: 1000 },
      ],
    },
    {
      name: 'cities',
      type: 'array',
      fields: [{ name: 'name', type: 'text', localized: true, required: true, maxLength: 80 }],
    },
    {
      name: 'partners',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'logo', type: 'upload', relationTo: 'media' },
        { name: 'url', type: 'text', validate: validateWebUrl },
      ],
    },
    slugField(),
    {
      name: 'startDate',
      label: 'Start date',
      type: 'date',
      required: true,
      admin: { position: 'sidebar', ...day },
    },
    {
      name: 'endDate',
      label: 'End date',
      type: 'date',
      admin: { position: 'sidebar', ...day },
      validate: (
        value: Date | string | null | undefined,
        { siblingData }: { siblingData: Record<string, unknown> },
      ) => {
        const start = siblingData.startDate
        if (!value || (typeof start !== 'string' && !(start instanceof Date))) return true
        return new Date(value).getTime() >= new Date(start).getTime()
          ? true
          : 'The end date must not be before the start date.'
      },
    },
    select('channels', channelSchema.options, enumLabels.channel, {
      label: 'Planned channels',
      admin: { position: 'sidebar' },
    }),
    select('countries', countrySchema.options, enumLabels.country, { admin: { position: 'sidebar' } }),
    brandColourField(),
    { name: 'logo', type: 'upload', relationTo: 'media', admin: { position: 'sidebar' } },
  ],
})
