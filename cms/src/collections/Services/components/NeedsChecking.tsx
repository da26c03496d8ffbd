import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import type { CSSProperties } from 'react'

import { jolText } from '../../../i18n/jolText'
import { countNeedsChecking, needsCheckingHref } from '../needsChecking'

const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
}

/** What Payload gives a server component of the admin (the editor's admin language included). */
interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}

async function NeedsChecking({ payload, user, i18n, list }: Props & { list: boolean }) {
  if (!user) return null
  const text = jolText(i18n, 'jolServices')
  const now = new Date()
  const { period, needsChecking, offSite } = await countNeedsChecking(payload, now)
  const href = needsCheckingHref(period, now)
  return (
    <section style={box} data-testid="services-needs-checking" data-needs-checking={needsChecking}>
      <h3 style={{ marginTop: 0 }}>{text('needsChecking', { count: needsChecking })}</h3>
      <p>{text('period', { period, offSite, twice: period * 2 })}</p>
      <p>
        <a href={href}>{text('showNeedsChecking')}</a>
        {list ? (
          <>
            {' · '}
            <a href="/admin/collections/services">{text('showAll')}</a>
          </>
        ) : null}
      </p>
    </section>
  )
}

/** On the dashboard: how many services need checking, with a link to them. */
export const NeedsCheckingDashboard = (props: Props) => NeedsChecking({ ...props, list: false })

/** Above the list of services: the "needs checking" filter. */
export const NeedsCheckingList = (props: Props) => NeedsChecking({ ...props, list: true })
