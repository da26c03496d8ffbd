import { getLocale, isLocaleCode } from '@jol/content-schemas'
import { getTranslation } from '@payloadcms/translations'
import type { PayloadRequest } from 'payload'

import { formatDay, formatMoment, jolText } from '../i18n/jolText'
import type { WorkbenchTexts } from '../i18n/workbenchTexts'
import { calendar, type CalendarItem } from './calendar'
import { translationTasks } from './toTranslate'

/**
 * What the workbench's two admin pages show (views.tsx puts them in the admin's frame), in the
 * user's admin language: its words, a kind's name from Jol's labels, dates written by Intl.
 */

const table: React.CSSProperties = { width: '100%', borderCollapse: 'collapse', fontSize: '0.875rem' }
const cell: React.CSSProperties = {
  textAlign: 'start',
  padding: '0.4rem 0.6rem',
  borderBottom: '1px solid var(--theme-elevation-100)',
}

/** A language as the admin lists it: its own name, with the code editors know it by. */
const languageName = (code: string) => (isLocaleCode(code) ? `${getLocale(code).nativeName} (${code})` : code)

/** A collection's singular name in the admin language (Jol's labels), or its slug. */
function kindName(req: PayloadRequest, collection: string): string {
  const config = req.payload.collections[collection as 'posts']?.config
  return config ? getTranslation(config.labels.singular, req.i18n) : collection
}

function SignInFirst({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
    </>
  )
}

/** The body of /admin/to-translate in the user's admin language (rendered alone by the tests). */
export async function ToTranslate({ req }: { req: PayloadRequest }) {
  const admin = req.payload.config.routes.admin
  const text = jolText(req.i18n, 'jolWorkbench')
  const status = jolText(req.i18n, 'jolTranslations')
  const headings = ['status', 'language', 'entry', 'kind', 'campaign', 'deadline'] as const
  if (!req.user) return <SignInFirst title={text('toTranslate')} text={text('signInFirst')} />
  const tasks = await translationTasks(req.payload, req.user)
  return (
    <>
      <h1>{text('toTranslate')}</h1>
      {tasks.length === 0 ? (
        <p>{text('nothingToTranslate')}</p>
      ) : (
        <table style={table} data-to-translate>
          <thead>
            <tr>
              {headings.map((heading) => (
                <th key={heading} style={cell}>
                  {text(heading)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={`${task.collection}.${task.id}.${task.locale}`} data-status={task.status}>
                <td style={cell}>{status(task.status === 'outdated' ? 'outdated' : 'missing')}</td>
                <td style={cell}>{languageName(task.locale)}</td>
                <td style={cell}>
                  <a href={`${admin}/collections/${task.collection}/${task.id}?locale=${task.locale}`}>
                    {task.title}
                  </a>
                </td>
                <td style={cell}>{kindName(req, task.collection)}</td>
                <td style={cell}>{task.campaign ?? ''}</td>
                <td style={cell}>{formatDay(req.i18n.language, task.deadline)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}

/** What each calendar item means, as its key in the workbench's words. */
const whatText: Record<CalendarItem['what'], keyof WorkbenchTexts> = {
  publish: 'publish',
  unpublish: 'unpublish',
  'embargo-ends': 'embargoEnds',
  newsletter: 'newsletter',
  release: 'release',
  post: 'post',
  'campaign-start': 'campaignStart',
  'campaign-end': 'campaignEnd',
}

/** The body of /admin/calendar, from `today` on, in the user's admin language. */
export async function Calendar({ req, today }: { req: PayloadRequest; today: Date }) {
  const admin = req.payload.config.routes.admin
  const text = jolText(req.i18n, 'jolWorkbench')
  if (!req.user) return <SignInFirst title={text('calendar')} text={text('signInFirst')} />
  const items = await calendar(req.payload, req.user, today)
  return (
    <>
      <h1>{text('calendar')}</h1>
      {items.length === 0 ? (
        <p>{text('nothingScheduled')}</p>
      ) : (
        <table style={table} data-calendar>
          <thead>
            <tr>
              {(['date', 'what', 'entry'] as const).map((heading) => (
                <th key={heading} style={cell}>
                  {text(heading)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={index} data-what={item.what}>
                <td style={cell}>
                  <time dateTime={item.date}>{formatMoment(req.i18n.language, item.date)}</time>
                </td>
                <td style={cell}>
                  {text(whatText[item.what])}
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
    </>
  )
}
