import type { DocumentViewServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { formatDay, jolText, type JolText } from '../../../i18n/jolText'
import type { DashboardTable } from './aggregate'
import { Chart } from './Chart'
import { seesDashboard } from './csvEndpoint'
import { PeriodError } from './period'
import { readCampaignDashboard } from './read'

const cell: CSSProperties = {
  padding: '0.25rem 0.5rem',
  borderBottom: '1px solid var(--theme-elevation-150, #ddd)',
  textAlign: 'start',
}
const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

function Table({ table, csv, text }: { table: DashboardTable; csv: string; text: JolText<'jolDashboard'> }) {
  return (
    <section aria-labelledby={`table-${table.id}`} style={{ marginBottom: '2rem', overflowX: 'auto' }}>
      <h3 id={`table-${table.id}`}>
        {table.title}{' '}
        <small>
          (<a href={csv}>CSV</a>)
        </small>
      </h3>
      {table.rows.length === 0 ? (
        <p>{text('nothingInPeriod')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid={`table-${table.id}`}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} style={cell} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, c) => (
                  <td key={c} style={{ ...cell, textAlign: typeof value === 'number' ? 'end' : 'start' }}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/**
 * The campaign's dashboard tab, for editors and admins: a period form (a plain GET form), totals, two
 * charts drawn as inline SVG and every table with its CSV export. All counting is in `aggregate.ts`.
 */
export async function CampaignDashboardView({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { req, docID } = initPageResult
  const text = jolText(req.i18n, 'jolDashboard')
  if (!seesDashboard(req)) return <p style={{ padding: '2rem' }}>{text('editorsOnly')}</p>
  if (docID === undefined) return <p style={{ padding: '2rem' }}>{text('saveFirst')}</p>
  const asked = { from: first(searchParams?.from), to: first(searchParams?.to) }
  let read
  try {
    read = await readCampaignDashboard(req.payload, docID, asked, req)
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error
    return <p style={{ padding: '2rem' }}>{text('badPeriod', { reason: text(error.problem, error.vars) })}</p>
  }
  const { dashboard } = read
  const { period, totals } = dashboard
  const csv = (table: string) =>
    `/api/campaigns/${docID}/dashboard.csv?${new URLSearchParams({ table, ...period }).toString()}`
  return (
    <div style={{ padding: '1.5rem var(--gutter-h, 2rem)' }} data-testid="campaign-dashboard">
      <h2>{text('heading', { name: read.name })}</h2>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', margin: '1rem 0' }}>
        <label>
          {text('from')} <input type="date" name="from" defaultValue={period.from} />
        </label>
        <label>
          {text('to')} <input type="date" name="to" defaultValue={period.to} />
        </label>
        <button type="submit">{text('show')}</button>
      </form>
      <p data-testid="dashboard-summary">
        {text('summary', {
          from: formatDay(req.i18n.language, period.from),
          to: formatDay(req.i18n.language, period.to),
          ...totals,
        })}{' '}
        {text('untracked')}
      </p>
      <Chart chart={dashboard.charts.reachByWeek} id="reach-by-week" />
      {dashboard.tables.map((table) => (
        <div key={table.id}>
          {table.id === 'questions' && (
            <Chart chart={dashboard.charts.questionsByMonth} id="questions-by-month" />
          )}
          <Table table={table} csv={csv(table.id)} text={text} />
        </div>
      ))}
    </div>
  )
}
