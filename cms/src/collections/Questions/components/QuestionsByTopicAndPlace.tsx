import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import type { CSSProperties } from 'react'

import { isEditorOrAdminRole } from '../../../access/isEditorOrAdmin'
import { jolText } from '../../../i18n/jolText'
import { questionWordsIn, readResponseMap } from '../responseMap'

const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
  overflowX: 'auto',
}
const cell: CSSProperties = {
  padding: '0.25rem 0.75rem',
  borderBottom: '1px solid var(--theme-elevation-100, #eee)',
  textAlign: 'right',
}
const head: CSSProperties = { ...cell, textAlign: 'left' }

/** The last twelve months' first day, UTC. */
const yearAgo = (): string => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth() + 1, 1)).toISOString().slice(0, 10)
}

/**
 * Above the list of questions, for editors and admins: questions by topic and place, month by month
 * over the last twelve months. Server-rendered HTML, no script or chart library, nothing fetched from
 * another origin.
 */
export async function QuestionsByTopicAndPlace({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}) {
  if (!isEditorOrAdminRole((user as { role?: string } | null | undefined)?.role)) return null
  const { months, rows } = await readResponseMap(payload, yearAgo(), questionWordsIn(i18n.language))
  const text = jolText(i18n, 'jolCoverage')
  return (
    <section style={box} aria-labelledby="questions-map-heading" data-testid="questions-by-topic-and-place">
      <h3 id="questions-map-heading" style={{ marginTop: 0 }}>
        {text('questionsHeading')}
      </h3>
      {rows.length === 0 ? (
        <p>{text('noQuestions')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={head} scope="col">
                {text('topic')}
              </th>
              <th style={head} scope="col">
                {text('place')}
              </th>
              {months.map((month) => (
                <th key={month} style={cell} scope="col">
                  {month}
                </th>
              ))}
              <th style={cell} scope="col">
                {text('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.topic}/${row.place}`}>
                <th style={head} scope="row">
                  {row.topic}
                </th>
                <td style={head}>{row.place}</td>
                {row.counts.map((count, i) => (
                  <td key={months[i]} style={cell}>
                    {count || ''}
                  </td>
                ))}
                <td style={cell}>
                  <strong>{row.total}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
