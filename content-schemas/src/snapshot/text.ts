import { z } from 'zod'

/**
 * The small field types every snapshot schema is built from. Their messages are written for people
 * (they end up after "collection/slug/locale/field:"), so they say what is wrong, not which rule failed.
 */

/** A text a reader must see: present and not only blanks. */
export const requiredTextSchema = z.string().refine((value) => value.trim() !== '', 'must not be empty')

/** A text that may be left out; when present it is not empty. */
export const optionalTextSchema = requiredTextSchema.optional()

/** Links from content may only go to the web, to an e-mail address or to a phone number. */
const SAFE_HREF = /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+|tel:\+?[0-9 ()-]+)$/i

export const safeHrefSchema = z
  .string()
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"): any control character is refused.
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value) && SAFE_HREF.test(value.trim()), 'a link must be an https://, http://, mailto: or tel: address')

/** A point in time, ISO 8601 with its offset (the exporter writes UTC). */
export const dateTimeSchema = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), 'must be a date and time in ISO 8601 (e.g. 2026-03-01T09:00:00.000Z)')

/** Media are addressed by their content: the first 16 hex digits of the file's SHA-256. */
export const mediaIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'is not a media id (16 lowercase hex digits)')
export type MediaId = z.infer<typeof mediaIdSchema>

export const emailSchema = z.email('is not an e-mail address')
