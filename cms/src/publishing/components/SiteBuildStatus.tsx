import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import type { CSSProperties } from 'react'

import { siteUrl } from '@jol/content-schemas/deployment'

import { isEditorOrAdminRole } from '../../access/isEditorOrAdmin'
import { formatMoment, intlTagOf, jolText } from '../../i18n/jolText'
import { readBuildStatus } from '../buildStatus'
import { describeTrigger, type TriggerWords } from '../triggers'
import { RefreshWhileBuilding } from './RefreshWhileBuilding'

const stateColour = {
  idle: '#666',
  queued: '#8a6d00',
  building: '#8a6d00',
  succeeded: '#1b7a3a',
  failed: '#b3261e',
} as const

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
export async function SiteBuildStatus({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}) {
  // Like the global's own read access: editors and admins.
  if (!isEditorOrAdminRole(user?.role)) return null
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
  const text = jolText(i18n, 'jolPublishing')
  const formatTime = (value?: string | null) => formatMoment(i18n.language, value)
  const seconds = new Intl.NumberFormat(intlTagOf(i18n.language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const triggerWords = Object.fromEntries(
    (['site', 'edit', 'schedule', 'embargo', 'media', 'settings', 'manual'] as const).map((word) => [
      word,
      text(word),
    ]),
  ) as TriggerWords
  return (
    <section style={box} data-site-build-state={status.state} aria-labelledby="site-build-heading">
      <h3 id="site-build-heading" style={{ marginTop: 0 }}>
        {text('publicSite')}
      </h3>
      <p>
        <strong style={{ color: stateColour[status.state] }} data-testid="site-build-state">
          {text(status.state)}
        </strong>
        {liveSiteUrl && ' · '}
        {liveSiteUrl && (
          <a href={liveSiteUrl} target="_blank" rel="noopener noreferrer" data-testid="site-build-link">
            {liveSiteUrl}
          </a>
        )}
      </p>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
        <dt>{text('lastBuild')}</dt>
        <dd style={{ margin: 0 }}>{formatTime(status.finishedAt ?? status.startedAt)}</dd>
        <dt>{text('duration')}</dt>
        <dd style={{ margin: 0 }}>
          {typeof status.durationMs === 'number'
            ? text('seconds', { seconds: seconds.format(status.durationMs / 1000) })
            : '—'}
        </dd>
        <dt>{text('triggeredBy')}</dt>
        <dd style={{ margin: 0 }} data-testid="site-build-triggers">
          {lastTriggers.length === 0
            ? '—'
            : lastTriggers.map((trigger) => describeTrigger(trigger, triggerWords)).join('; ')}
          {status.triggers.length > lastTriggers.length
            ? ` ${text('andMore', { count: status.triggers.length - lastTriggers.length })}`
            : ''}
        </dd>
        <dt>{text('liveUpdated')}</dt>
        <dd style={{ margin: 0 }}>{formatTime(status.lastSucceededAt)}</dd>
        {status.pendingTriggers.length > 0 && (
          <>
            <dt>{text('waiting')}</dt>
            <dd style={{ margin: 0 }}>
              {text('waitingChanges', {
                count: status.pendingTriggers.length,
                time: formatTime(status.requestedAt),
              })}
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
          <h4 style={{ margin: '0 0 0.5rem' }}>{text('leftOut', { count: status.leftOut.length })}</h4>
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
