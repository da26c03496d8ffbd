import { isDraftedCollection, isLocaleCode, sourceLocale } from '@jol/content-schemas'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { assignedLocalesOf, roleOf } from '../access/roles'
import { jolText } from '../i18n/jolText'
import { exportXliff, importXliff, readXliff, XliffError, type EntryRef, type XliffFile } from './xliff'

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** The exchange's words in the translator's admin language (the payload-lng cookie), else English. */
const wordsOf = (req: PayloadRequest) => jolText(req.i18n, 'jolTranslations')

/** Signed-in staff only; a translator only for the languages assigned to them. */
function refusal(req: PayloadRequest, target?: string): Response | undefined {
  if (!req.user) return json({ errors: [{ message: wordsOf(req)('signIn') }] }, 401)
  if (target && roleOf(req) === 'translator' && !assignedLocalesOf(req).includes(target))
    return json({ errors: [{ message: wordsOf(req)('notYourLanguage', { target }) }] }, 403)
  return undefined
}

/** A refused file: the refusal in the translator's language, each problem as found (file and unit). */
const xliffFailure = (req: PayloadRequest, error: unknown) => {
  if (!(error instanceof XliffError)) throw error
  const message = wordsOf(req)(error.refusal, error.vars)
  return json({ errors: [{ message, problems: error.problems }] }, error.status)
}

/**
 * GET /api/translations/xliff?target=kk&entries=leaflets:3,posts:7 — the entries' source text as XLIFF 2.0.
 * POST /api/translations/xliff (the XLIFF file as the body) — its translations saved as drafts.
 */
export const xliffEndpoints: Endpoint[] = [
  {
    path: '/translations/xliff',
    method: 'get',
    handler: async (req) => {
      const url = new URL(req.url ?? '', 'http://localhost')
      const target = url.searchParams.get('target') ?? ''
      const denied = refusal(req, target)
      if (denied) return denied
      if (!isLocaleCode(target) || target === sourceLocale)
        return json({ errors: [{ message: wordsOf(req)('unknownTarget', { target }) }] }, 400)
      const refs: EntryRef[] = []
      for (const item of (url.searchParams.get('entries') ?? '').split(',').filter(Boolean)) {
        const [collection, id] = item.split(':')
        if (!isDraftedCollection(collection) || !id)
          return json({ errors: [{ message: wordsOf(req)('unknownEntryRef', { entry: item }) }] }, 400)
        refs.push({ collection, id: /^\d+$/.test(id) ? Number(id) : id })
      }
      if (refs.length === 0) return json({ errors: [{ message: wordsOf(req)('nameAnEntry') }] }, 400)
      try {
        const xml = await exportXliff(req, refs, target)
        const name =
          refs.length === 1 ? `${refs[0]!.collection}-${refs[0]!.id}` : `jol-${refs.length}-entries`
        return new Response(xml, {
          headers: {
            'Content-Type': 'application/xliff+xml; charset=utf-8',
            'Content-Disposition': `attachment; filename="${name}.${target}.xlf"`,
            'Cache-Control': 'no-store',
          },
        })
      } catch (error) {
        return xliffFailure(req, error)
      }
    },
  },
  {
    path: '/translations/xliff',
    method: 'post',
    handler: async (req) => {
      const denied = refusal(req)
      if (denied) return denied
      let file: XliffFile
      try {
        file = readXliff(req.text ? await req.text() : '')
      } catch (error) {
        return xliffFailure(req, error)
      }
      // The language the file really translates into, as parsed (not a first match in its text).
      const localeDenied = refusal(req, file.target)
      if (localeDenied) return localeDenied
      const ownTransaction = await initTransaction(req)
      try {
        const result = await importXliff(req, file)
        if (ownTransaction) await commitTransaction(req)
        return json({ target: result.target, updated: result.entries }, 200)
      } catch (error) {
        if (ownTransaction) await killTransaction(req)
        return xliffFailure(req, error)
      }
    },
  },
]
