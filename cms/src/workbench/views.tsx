import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { calendar } from './calendar'
import { translationTasks } from './toTranslate'

const table: React.CSSProperties = { width: '100%', borderCollapse: 'collapse', fontSize: '0.875rem' }
const cell: React.CSSProperties = {
  textAlign: 'left',
  padding: '0.4rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
}
const day = (iso: string) => iso.slice(0, 10)

function Page({
  props,
  title,
  children,
}: {
  props: AdminViewServerProps
  title: string
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{title}</h1>
        {req.user ? children : <p>Sign in first.</p>}
      </Gutter>
    </DefaultTemplate>
  )
}

/** /admin/to-translate: a translator's work, in their locales, outdated and missing first. */
export async function ToTranslateView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = req.payload.config.routes.admin
  const tasks = req.user ? await translationTasks(req.payload, req.user) : []
  return (
    <Page props={props} title="To translate">
      {tasks.length === 0 ? (
        <p>Nothing to translate: every translation in your languages is up to date.</p>
      ) : (
        <table style={table} data-to-translate>
          <thead>
            <tr>
              {['Status', 'Language', 'Entry', 'Kind', 'Campaign', 'Deadline'].map((heading) => (
                <th key={heading} style={cell}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={`${task.collection}.${task.id}.${task.locale}`} data-status={task.status}>
                <td style={cell}>{task.status}</td>
                <td style={cell}>{task.locale}</td>
                <td style={cell}>
                  <a href={`${admin}/collections/${task.collection}/${task.id}?locale=${task.locale}`}>
                    {task.title}
                  </a>
                </td>
                <td style={cell}>{task.collection}</td>
                <td style={cell}>{task.campaign ?? ''}</td>
                <td style={cell}>{task.deadline ? day(task.deadline) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  )
}

const labels: Record<string, string> = {
  publish: 'Scheduled publication',
  unpublish: 'Scheduled unpublication',
  'embargo-ends': 'Embargo ends',
  newsletter: 'Newsletter date',
  release: 'Release date',
  post: 'Post date',
  'campaign-start': 'Campaign starts',
  'campaign-end': 'Campaign ends',
}

/** /admin/calendar: what is scheduled from today on, as a dated list. */
export async function CalendarView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const admin = req.payload.config.routes.admin
  const today = new Date(new Date().toISOString().slice(0, 10))
  const items = req.user ? await calendar(req.payload, req.user, today) : []
  return (
    <Page props={props} title="Calendar">
      {items.length === 0 ? (
        <p>Nothing scheduled.</p>
      ) : (
        <table style={table} data-calendar>
          <tbody>
            {items.map((item, index) => (
              <tr key={index} data-what={item.what}>
                <td style={cell}>{item.date.slice(0, 16).replace('T', ' ')}</td>
                <td style={cell}>
                  {labels[item.what]}
                  {item.locale ? ` (${item.locale})` : ''}
                </td>
                <td style={cell}>
                  <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  )
}
