import { localeCodes, type CoverageState } from '@jol/content-schemas'
import { getTranslation } from '@payloadcms/translations'
import type { UIFieldServerProps } from 'payload'
import type { CSSProperties } from 'react'

import { jolText } from '../../i18n/jolText'
import { readCampaignCoverage } from './coverage'

const mark: Record<CoverageState, { text: string; colour: string }> = {
  written: { text: '✓', colour: '#1b7a3a' },
  fallback: { text: '↪', colour: '#8a5a00' },
  missing: { text: '✗', colour: '#b3261e' },
}
const cell: CSSProperties = {
  padding: '0.25rem 0.5rem',
  borderBottom: '1px solid var(--theme-elevation-150, #ddd)',
  textAlign: 'start',
}

/**
 * The campaign's coverage in the admin: every entry linked to it against the six languages, so a
 * team sees what is still untranslated before launch. Read on the server with the user's own access.
 */
export async function CampaignCoverage({ id, payload, req, i18n }: UIFieldServerProps) {
  const text = jolText(i18n, 'jolCoverage')
  if (id === undefined) return <p>{text('saveFirst')}</p>
  const { rows, totals } = await readCampaignCoverage(payload, id, { req })
  const kindName = (collection: string) => {
    const config = payload.collections[collection as 'posts']?.config
    return config ? getTranslation(config.labels.singular, i18n) : collection
  }
  const labelOf = (state: CoverageState, shown?: string) =>
    state === 'fallback' ? text('fallsBackTo', { language: shown ?? '' }) : text(state)
  return (
    <section
      aria-labelledby="campaign-coverage-heading"
      data-testid="campaign-coverage"
      style={{ marginBottom: '1.5rem' }}
    >
      <h3 id="campaign-coverage-heading">{text('coverage')}</h3>
      {rows.length === 0 ? (
        <p>{text('noEntries')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={cell} scope="col">
                {text('entry')}
              </th>
              {localeCodes.map((code) => (
                <th key={code} style={cell} scope="col">
                  {code}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.collection}:${row.id}`}>
                <th style={cell} scope="row">
                  <a href={`/admin/collections/${row.collection}/${row.id}`}>{row.title}</a>{' '}
                  <small>
                    ({kindName(row.collection)}
                    {row.published ? '' : `, ${text('draft')}`})
                  </small>
                </th>
                {localeCodes.map((code) => {
                  const { state, shown } = row.locales[code]
                  const label = labelOf(state, shown)
                  return (
                    <td key={code} style={{ ...cell, color: mark[state].colour }} title={label}>
                      {mark[state].text} <span>{state === 'fallback' ? shown : ''}</span>
                      <span style={{ position: 'absolute', left: -9999 }}>{label}</span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th style={cell} scope="row">
                {text('totals')}
              </th>
              {localeCodes.map((code) => (
                <td key={code} style={cell}>
                  {totals[code].written} / {totals[code].fallback} / {totals[code].missing}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}
