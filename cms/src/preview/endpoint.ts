import {
  isLocaleCode,
  isPreviewCollection,
  type LocaleCode,
  type PreviewCollection,
} from '@jol/content-schemas'
import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { previewTexts } from '../i18n/previewTexts'
import { markAsPreview, problemsPage } from './previewPage'
import { runPreview, type PreviewFormat } from './runPreview'

/** Every answer of a preview, whatever it says: never kept by a cache, never indexed. */
const previewHeaders = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const

const answer = (status: number, body: BodyInit, contentType: string) =>
  new Response(body, { status, headers: { ...previewHeaders, 'Content-Type': contentType } })
const html = (status: number, page: string) => answer(status, page, 'text/html; charset=utf-8')
const text = (status: number, message: string) => answer(status, message, 'text/plain; charset=utf-8')

/** The editor's admin language (Payload's, from the `payload-lng` cookie), else English. */
const adminLanguageOf = (req: PayloadRequest): LocaleCode => {
  const language = req.i18n?.language
  return isLocaleCode(language) ? language : 'en'
}

/** The preview's address for an entry, in a locale and format (relative: same origin as the admin). */
export function previewPath(
  apiRoute: string,
  collection: PreviewCollection,
  id: string | number,
  locale: string,
  format: PreviewFormat = 'html',
): string {
  const query = new URLSearchParams({ locale, ...(format === 'pdf' ? { format } : {}) })
  return `${apiRoute}/${collection}/${encodeURIComponent(String(id))}/preview?${query}`
}

/**
 * GET /api/{collection}/:id/preview?locale=ky[&format=pdf]: the entry's latest draft as the site
 * would show it in that locale (a leaflet's PDF with `format=pdf`), for signed-in staff who may read
 * the draft. An anonymous request is refused before anything is read or rendered.
 */
export function previewEndpoint(collection: PreviewCollection): Endpoint {
  return {
    path: '/:id/preview',
    method: 'get',
    handler: async (req) => {
      const language = adminLanguageOf(req)
      const texts = previewTexts[language]
      if (!req.user) return text(401, texts.signIn)
      const id = req.routeParams?.id
      const locale = req.searchParams.get('locale') ?? 'en'
      const format = req.searchParams.get('format') ?? 'html'
      if ((typeof id !== 'string' && typeof id !== 'number') || !isLocaleCode(locale))
        return text(400, 'Which entry, in which locale? (/:id/preview?locale=ky)')
      if (format !== 'html' && (format !== 'pdf' || collection !== 'leaflets'))
        return text(400, 'format must be html, or pdf for a leaflet.')
      // The user's own read access decides: the same rule as the edit screen's.
      const readable = await req.payload.findByID({
        collection,
        id,
        locale,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
        req,
      })
      if (!readable) return text(404, `There is no ${collection} #${String(id)} you can read.`)

      const outcome = await runPreview({ collection, id: String(id), locale, format })
      if (outcome.kind === 'failed')
        return html(500, problemsPage({ texts, language, title: texts.failed, lines: [outcome.message] }))
      if (outcome.kind === 'invalid')
        return html(
          422,
          problemsPage({
            texts,
            language,
            title: texts.invalidTitle,
            intro: texts.invalidIntro,
            lines: outcome.problems,
          }),
        )
      if (format === 'pdf') return answer(200, new Uint8Array(outcome.body), 'application/pdf')
      const apiRoute = req.payload.config.routes.api
      return html(
        200,
        markAsPreview(outcome.body.toString('utf8'), {
          texts,
          language,
          notes: outcome.notes,
          ...(collection === 'leaflets'
            ? { pdfHref: previewPath(apiRoute, collection, id, locale, 'pdf') }
            : {}),
        }),
      )
    },
  }
}

/**
 * A content collection with a Preview button on its edit screen (Payload's `admin.preview`, given
 * the document and the locale being edited) and the endpoint behind it; other collections unchanged.
 */
export function withPreview(config: CollectionConfig): CollectionConfig {
  const collection = config.slug
  if (!isPreviewCollection(collection)) return config
  return {
    ...config,
    endpoints: [...(config.endpoints || []), previewEndpoint(collection)],
    admin: {
      ...config.admin,
      preview: (doc, { locale, req }) =>
        doc.id === undefined || doc.id === null
          ? null
          : previewPath(req.payload.config.routes.api, collection, doc.id as string | number, locale),
    },
  }
}
