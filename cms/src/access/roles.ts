import type { UserRole } from '@jol/content-schemas'
import type { PayloadRequest } from 'payload'

/** The signed-in user's role, or undefined for an anonymous reader (or an API key without a role). */
export function roleOf(req: PayloadRequest): UserRole | undefined {
  return req.user?.role
}

/** The locales a translator may write; editors and admins may write all of them. */
export function assignedLocalesOf(req: PayloadRequest): string[] {
  return req.user?.translatorLocales ?? []
}
