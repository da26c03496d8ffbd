import { z } from 'zod'

import { entryBase, translationsOf } from '../snapshot/shared'
import { dateTimeSchema, emailSchema, optionalTextSchema, requiredTextSchema } from '../snapshot/text'
import {
  cityIdSchema,
  cityOf,
  serviceCountrySchema,
  serviceKindSchema,
  spokenLanguageSchema,
  verificationMethodSchema,
} from './vocabulary'

/**
 * A service of the help directory as the public sees it (`services.json` in the snapshot). Who
 * verified it stays in the CMS; how and when it was verified is shown ("last checked on …").
 */

/** A phone number as dialled from abroad: `+`, digits, spaces, brackets and hyphens. */
export const phoneNumberSchema = z
  .string()
  .refine(
    (value) => /^\+[0-9][0-9 ()-]{4,24}$/.test(value.trim()),
    'must be a phone number in international form, e.g. +7 700 000 0012',
  )
export type PhoneNumber = z.infer<typeof phoneNumberSchema>

/** A Telegram username (5–32 letters, digits or _), written with or without its @. */
export const telegramSchema = z
  .string()
  .refine(
    (value) => /^@?[A-Za-z][A-Za-z0-9_]{4,31}$/.test(value.trim()),
    'must be a Telegram username (e.g. @jol_help)',
  )

/** A website: https only (a reader on a shared phone should not be sent to plain http). */
export const websiteSchema = z
  .string()
  .refine((value) => /^https:\/\/[^\s/?#]+[^\s]*$/.test(value.trim()), 'must be an https:// address')

export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90, 'must be a latitude (-90 to 90)').max(90, 'must be a latitude (-90 to 90)'),
  lng: z
    .number()
    .min(-180, 'must be a longitude (-180 to 180)')
    .max(180, 'must be a longitude (-180 to 180)'),
})

export const serviceSchema = z
  .strictObject({
    ...entryBase,
    kind: serviceKindSchema,
    country: serviceCountrySchema,
    city: cityIdSchema,
    coordinates: coordinatesSchema.optional(),
    phones: z.array(phoneNumberSchema),
    whatsapp: phoneNumberSchema.optional(),
    telegram: telegramSchema.optional(),
    signal: phoneNumberSchema.optional(),
    email: emailSchema.optional(),
    website: websiteSchema.optional(),
    languages: z.array(spokenLanguageSchema),
    verifiedAt: dateTimeSchema,
    verifiedHow: verificationMethodSchema,
    /** Demo data: made-up numbers, marked as such wherever it is shown. */
    demo: z.boolean(),
    translations: translationsOf(
      z.strictObject({
        organisation: requiredTextSchema,
        name: requiredTextSchema,
        address: optionalTextSchema,
        directions: optionalTextSchema,
        hours: optionalTextSchema,
        cost: optionalTextSchema,
        serves: optionalTextSchema,
        /** What each phone number is, in this language, by position ('' when it has no label). */
        phoneLabels: z.array(z.string()).optional(),
      }),
    ),
  })
  .superRefine((service, context) => {
    const city = cityOf(service.city)
    if (city && city.country !== service.country)
      context.addIssue({
        code: 'custom',
        path: ['city'],
        message: `${city.names.en} is not in ${service.country}`,
      })
  })
export type Service = z.infer<typeof serviceSchema>

/** The digits of a phone number with its +, for `tel:` links, wa.me and vCards. */
export const dialable = (phone: string): string => `+${phone.replace(/[^0-9]/g, '')}`
