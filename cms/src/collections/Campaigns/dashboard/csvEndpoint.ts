import type { Endpoint, PayloadRequest } from 'payload'

import { isEditorOrAdminRequest } from '../../../access/isEditorOrAdmin'
import { jolText } from '../../../i18n/jolText'
import { isTableId, tableIds, tableOf } from './aggregate'
import { tableCsv } from './csv'
import { PeriodError } from './period'
import { readCampaignDashboard } from './read'

const text = (status: number, message: string): Response =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/** Whether the campaign dashboard is for this user: editors and admins (it shows readers' comments). */
export const seesDashboard: (req: PayloadRequest) => boolean = isEditorOrAdminRequest

/**
 * GET /api/campaigns/:id/dashboard.csv?table=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD: one table of the
 * campaign dashboard as CSV, for editors and admins (by session cookie or API key).
 */
export const dashboardCsvEndpoint: Endpoint = {
  path: '/:id/dashboard.csv',
  method: 'get',
  handler: async (req) => {
    // Answers in the admin language of the request (the payload-lng cookie), English otherwise.
    const words = jolText(req.i18n, 'jolDashboard')
    if (!req.user) return text(401, words('signIn'))
    if (!seesDashboard(req)) return text(403, words('exportEditorsOnly'))
    const query = new URL(req.url ?? 'http://localhost').searchParams
    const table = query.get('table')
    if (!isTableId(table)) return text(400, words('chooseTable', { tables: tableIds.join(', ') }))
    const id = String(req.routeParams?.id ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) return text(404, words('noSuchCampaign'))
    let read
    try {
      read = await readCampaignDashboard(
        req.payload,
        id,
        { from: query.get('from'), to: query.get('to') },
        req,
      )
    } catch (error) {
      if (error instanceof PeriodError) return text(400, words(error.problem, error.vars))
      if ((error as { status?: number }).status === 404) return text(404, words('noCampaign', { id }))
      throw new Error(`Campaign ${id} dashboard export failed`, { cause: error })
    }
    const { from, to } = read.dashboard.period
    const csv = tableCsv(tableOf(read.dashboard, table))
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="campaign-${id}-${table}-${from}-${to}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
