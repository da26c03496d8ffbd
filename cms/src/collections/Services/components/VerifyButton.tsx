'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { jolText } from '../../../i18n/jolText'
import type { ServicesTexts } from '../../../i18n/servicesTexts'

const methods = [
  ['phone', 'byPhone'],
  ['visit', 'byVisit'],
  ['organisation', 'byOrganisation'],
] as const satisfies [string, keyof ServicesTexts][]

/** "Verified today, by phone": one click records now, how and who (POST /api/services/:id/verify). */
export function VerifyButton() {
  const { id } = useDocumentInfo()
  // Jol's own words, in the editor's admin language (i18n/servicesTexts.ts).
  const text = jolText(useTranslation().i18n, 'jolServices')
  const [state, setState] = useState<'idle' | 'saving' | string>('idle')
  if (id === undefined || id === null) return <p>{text('saveFirst')}</p>
  const verify = async (how: string) => {
    setState('saving')
    const response = await fetch(`/api/services/${String(id)}/verify`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ how }),
    })
    if (response.ok) window.location.reload()
    else
      setState(
        ((await response.json().catch(() => ({}))) as { error?: string }).error ?? text('couldNotVerify'),
      )
  }
  return (
    <div style={{ marginBottom: '1rem' }} data-testid="verify-service">
      <p style={{ marginBottom: '0.5rem' }}>{text('verifiedToday')}</p>
      {methods.map(([how, word]) => (
        <button
          key={how}
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={state === 'saving'}
          onClick={() => void verify(how)}
          style={{ marginRight: '0.5rem', marginBottom: '0.5rem' }}
        >
          {text(word)}
        </button>
      ))}
      {state !== 'idle' && state !== 'saving' ? <p role="alert">{state}</p> : null}
    </div>
  )
}
