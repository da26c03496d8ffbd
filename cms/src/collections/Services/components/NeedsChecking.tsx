import type { Payload, TypedUser } from 'payload'
import type { CSSProperties } from 'react'

import { countNeedsChecking, needsCheckingHref } from '../needsChecking'

const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
}

async function NeedsChecking({
  payload,
  user,
  list,
}: {
  payload: Payload
  user?: TypedUser | null
  list: boolean
}) {
  if (!user) return null
  const now = new Date()
  const { period, needsChecking, offSite } = await countNeedsChecking(payload, now)
  const href = needsCheckingHref(period, now)
  return (
    <section style={box} data-testid="services-needs-checking" data-needs-checking={needsChecking}>
      <h3 style={{ marginTop: 0 }}>Help directory: {needsChecking} service(s) need checking</h3>
      <p>
        Not verified for {period} days (site settings). {offSite} of them, not verified for {period * 2} days
        or never, are off the public site until verified again.
      </p>
      <p>
        <a href={href}>Show the services that need checking</a>
        {list ? (
          <>
            {' · '}
            <a href="/admin/collections/services">Show all services</a>
          </>
        ) : null}
      </p>
    </section>
  )
}

/** On the dashboard: how many services need checking, with a link to them. */
export const NeedsCheckingDashboard = (props: { payload: Payload; user?: TypedUser | null }) =>
  NeedsChecking({ ...props, list: false })

/** Above the list of services: the "needs checking" filter. */
export const NeedsCheckingList = (props: { payload: Payload; user?: TypedUser | null }) =>
  NeedsChecking({ ...props, list: true })
