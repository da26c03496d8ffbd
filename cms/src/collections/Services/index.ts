import {
  cities,
  cityOf,
  coordinatesSchema,
  phoneNumberSchema,
  serviceCountrySchema,
  serviceKindSchema,
  serviceLabels,
  slugSchema,
  spokenLanguageSchema,
  telegramSchema,
  verificationMethodSchema,
  websiteSchema,
  enumLabels,
} from '@jol/content-schemas'
import type { CollectionConfig, FieldAccess, PayloadRequest, Validate } from 'payload'

import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { roleOf } from '../../access/roles'
import { rebuildOnServiceChange, rebuildOnServiceDelete } from './rebuild'
import { verifyEndpoint } from './verifyEndpoint'

const isStaff = (req: PayloadRequest): boolean => roleOf(req) !== undefined
/** Who verified a service is staff knowledge: never on the public API, never in the snapshot. */
const staffOnly: FieldAccess = ({ req }) => isStaff(req)

/** A zod schema as a Payload field validation: empty is fine (required says otherwise), else its message. */
const validateWith =
  (schema: {
    safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } }
  }) =>
  (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return true
    const result = schema.safeParse(value)
    return result.success ? true : `"${String(value)}" ${result.error?.issues[0]?.message ?? 'is not valid'}.`
  }

const cityInCountry: Validate<string | null | undefined> = (value, { siblingData }) => {
  if (!value) return true
  const city = cityOf(value)
  const country = (siblingData as { country?: string }).country
  if (!city) return `"${value}" is not a city of the directory.`
  return city.country === country
    ? true
    : `${city.names.en} is not in ${enumLabels.country[city.country]}… choose its country.`
}

/**
 * The help directory: services a migrant in trouble can call or walk into, with when, how and by whom
 * they were last verified. A service never verified, or not verified for twice the period in site
 * settings (default 90 days), is left off the site; past the period it is shown with a notice and
 * listed under "needs checking" here. A change rebuilds the site (its number is on pages and PDFs).
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: 'Service', plural: 'Services' },
  admin: {
    group: 'Help directory',
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'kind', 'city', 'verification.verifiedAt'],
    description:
      'Verified services for the public help directory. Verify a service by calling or visiting it, then press "Verified today".',
    components: { beforeList: ['/collections/Services/components/NeedsChecking#NeedsCheckingList'] },
  },
  // Services are public as soon as they are verified: reading is open, the verifier's name is not.
  access: { read: () => true, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  endpoints: [verifyEndpoint],
  hooks: { afterChange: [rebuildOnServiceChange], afterDelete: [rebuildOnServiceDelete] },
  fields: [
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: 'Its address in the directory; lowercase ASCII and hyphens.',
      },
      validate: validateWith(slugSchema),
    },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', localized: true, required: true },
        { name: 'name', label: 'Service name', type: 'text', localized: true, required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: serviceKindSchema.options.map((value) => ({ value, label: serviceLabels.kind[value] })),
        },
        {
          name: 'country',
          type: 'select',
          required: true,
          index: true,
          options: serviceCountrySchema.options.map((value) => ({ value, label: enumLabels.country[value] })),
        },
        {
          name: 'city',
          type: 'select',
          required: true,
          index: true,
          validate: cityInCountry,
          options: cities.map((city) => ({ value: city.id, label: `${city.names.en} (${city.country})` })),
        },
      ],
    },
    { name: 'address', type: 'text', localized: true },
    {
      name: 'directions',
      type: 'textarea',
      localized: true,
      admin: { description: 'How to find the door.' },
    },
    {
      name: 'coordinates',
      type: 'group',
      admin: { description: 'Optional: opens the reader’s own map app (a geo: link), no map tiles.' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'lat',
              label: 'Latitude',
              type: 'number',
              validate: validateWith(coordinatesSchema.shape.lat),
            },
            {
              name: 'lng',
              label: 'Longitude',
              type: 'number',
              validate: validateWith(coordinatesSchema.shape.lng),
            },
          ],
        },
      ],
    },
    {
      name: 'phones',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', required: true, validate: validateWith(phoneNumberSchema) },
            { name: 'label', type: 'text', localized: true },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'whatsapp',
          label: 'WhatsApp number',
          type: 'text',
          validate: validateWith(phoneNumberSchema),
        },
        {
          name: 'telegram',
          label: 'Telegram username',
          type: 'text',
          validate: validateWith(telegramSchema),
        },
        { name: 'signal', label: 'Signal number', type: 'text', validate: validateWith(phoneNumberSchema) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'website', type: 'text', validate: validateWith(websiteSchema) },
      ],
    },
    { name: 'hours', label: 'Opening hours', type: 'text', localized: true },
    {
      name: 'languages',
      label: 'Languages spoken',
      type: 'select',
      hasMany: true,
      options: spokenLanguageSchema.options.map((value) => ({ value, label: serviceLabels.language[value] })),
    },
    {
      name: 'cost',
      type: 'text',
      localized: true,
      admin: { description: 'e.g. "Free", "Free for migrants"' },
    },
    { name: 'serves', label: 'Who it serves', type: 'textarea', localized: true },
    {
      name: 'demo',
      label: 'Demo data (made-up numbers)',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'verification',
      label: 'Last verified',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'verify',
          type: 'ui',
          admin: { components: { Field: '/collections/Services/components/VerifyButton#VerifyButton' } },
        },
        { name: 'verifiedAt', label: 'When', type: 'date', index: true, admin: { readOnly: true } },
        {
          name: 'verifiedHow',
          label: 'How',
          type: 'select',
          options: verificationMethodSchema.options.map((value) => ({
            value,
            label: serviceLabels.method[value],
          })),
          admin: { readOnly: true },
        },
        {
          name: 'verifiedBy',
          label: 'By',
          type: 'text',
          access: { read: staffOnly, create: staffOnly, update: staffOnly },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
