import type { Payload, TypedUser } from 'payload'
import type { CSSProperties } from 'react'

import { readBuildStatus } from '../buildStatus'
import { siteUrl } from '@jol/content-schemas/deployment'
import { describeTrigger } from '../triggers'
import { RefreshWhileBuilding } from './RefreshWhileBuilding'

const stateText = {
  idle: 'Not built from the CMS yet',
  queued: 'Rebuild queued',
  building: 'Building…',
  succeeded: 'Live site up to date',
  failed: 'The last build failed: the previous site is still live',
} as const

const stateColour = {
  idle: '#666',
  queued: '#8a6d00',
  building: '#8a6d00',
  succeeded: '#1b7a3a',
  failed: '#b3261e',
} as const

const formatTime = (value?: string | null) =>
  value
    ? new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }) +
      ' UTC'
    : '—'
const formatDuration = (ms?: number | null) => (typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : '—')

const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  marginBottom: '1.5rem',
}

/**
 * The public site's state for editors: shown on the dashboard and on the "Public site" page.
 * Server-rendered from the `site-build` global; refreshes itself while a build is on its way.
 */
export async function SiteBuildStatus({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  // Like the global's own read access: editors and admins.
  const role = user?.role
  if (role !== 'admin' && role !== 'editor') return null
  const status = await readBuildStatus(payload)
  // A production CMS without JOL_SITE_URL cannot build; the failed build's message says why.
  const liveSiteUrl = (() => {
    try {
      return siteUrl()
    } catch {
      return undefined
    }
  })()
  const lastTriggers = status.triggers.slice(-5)
  return (
    <section style={box} data-site-build-state={status.state} aria-labelledby="site-build-heading">
      <h3 id="site-build-heading" style={{ marginTop: 0 }}>
        Public site
      </h3>
      <p>
        <strong style={{ color: stateColour[status.state] }} data-testid="site-build-state">
          {stateText[status.state]}
        </strong>
        {liveSiteUrl && ' · '}
        {liveSiteUrl && (
          <a href={liveSiteUrl} target="_blank" rel="noopener noreferrer" data-testid="site-build-link">
            {liveSiteUrl}
          </a>
        )}
      </p>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
        <dt>Last build</dt>
        <dd style={{ margin: 0 }}>{formatTime(status.finishedAt ?? status.startedAt)}</dd>
        <dt>Duration</dt>
        <dd style={{ margin: 0 }}>{formatDuration(status.durationMs)}</dd>
        <dt>Triggered by</dt>
        <dd style={{ margin: 0 }} data-testid="site-build-triggers">
          {lastTriggers.length === 0 ? '—' : lastTriggers.map(describeTrigger).join('; ')}
          {status.triggers.length > lastTriggers.length
            ? ` and ${status.triggers.length - lastTriggers.length} more`
            : ''}
        </dd>
        <dt>Live site last updated</dt>
        <dd style={{ margin: 0 }}>{formatTime(status.lastSucceededAt)}</dd>
        {status.pendingTriggers.length > 0 && (
          <>
            <dt>Waiting</dt>
            <dd style={{ margin: 0 }}>
              {status.pendingTriggers.length} change(s) for the next build, last at{' '}
              {formatTime(status.requestedAt)}
            </dd>
          </>
        )}
      </dl>
      {status.state === 'failed' && status.message && (
        <pre
          data-testid="site-build-message"
          style={{
            whiteSpace: 'pre-wrap',
            marginTop: '1rem',
            padding: '0.75rem',
            background: 'var(--theme-error-50, #fdecea)',
            color: 'var(--theme-error-800, #5f1a14)',
          }}
        >
          {status.message}
        </pre>
      )}
      {status.leftOut.length > 0 && (
        <section data-testid="site-build-left-out" style={{ marginTop: '1rem' }}>
          <h4 style={{ margin: '0 0 0.5rem' }}>
            Left out of the live site ({status.leftOut.length}): fix these and publish again
          </h4>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {status.leftOut.map((line) => (
              <li key={line}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RefreshWhileBuilding
        active={status.state === 'queued' || status.state === 'building' || status.pendingTriggers.length > 0}
      />
    </section>
  )
}
