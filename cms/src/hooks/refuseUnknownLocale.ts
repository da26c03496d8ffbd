import { localeCodes } from '@jol/content-schemas'
import { APIError, type PayloadRequest } from 'payload'

const accepted = new Set<string>([...localeCodes, 'all', '*'])

/**
 * Payload quietly maps an unknown `locale` to the default one, so `?locale=xx` would overwrite
 * English. Refuse it instead, naming the locale and the ones Jol knows.
 */
function assertKnownLocale(req: PayloadRequest): void {
  const candidates = [req.locale, req.searchParams?.get('locale'), req.searchParams?.get('fallback-locale')]
  for (const value of candidates) {
    if (value === undefined || value === null || value === '' || value === 'none' || value === 'false')
      continue
    if (!accepted.has(value)) {
      throw new APIError(
        `Unknown locale "${value}": use one of ${localeCodes.join(', ')} (or "all" to read every locale).`,
        400,
        null,
        true,
      )
    }
  }
}

/** A `beforeOperation` hook for collections and globals alike. */
export const refuseUnknownLocale = ({ req }: { req: PayloadRequest }): void => {
  assertKnownLocale(req)
}
