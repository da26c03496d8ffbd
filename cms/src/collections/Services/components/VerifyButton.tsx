'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

const methods = [
  ['phone', 'by phone'],
  ['visit', 'by a visit'],
  ['organisation', 'confirmed by the organisation'],
] as const

/** "Verified today, by phone": one click records now, how and who (POST /api/services/:id/verify). */
export function VerifyButton() {
  const { id } = useDocumentInfo()
  const [state, setState] = useState<'idle' | 'saving' | string>('idle')
  if (id === undefined || id === null) return <p>Save the service first, then verify it.</p>
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
      setState(((await response.json().catch(() => ({}))) as { error?: string }).error ?? 'Could not verify')
  }
  return (
    <div style={{ marginBottom: '1rem' }} data-testid="verify-service">
      <p style={{ marginBottom: '0.5rem' }}>Verified today:</p>
      {methods.map(([how, label]) => (
        <button
          key={how}
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={state === 'saving'}
          onClick={() => void verify(how)}
          style={{ marginRight: '0.5rem', marginBottom: '0.5rem' }}
        >
          {label}
        </button>
      ))}
      {state !== 'idle' && state !== 'saving' ? <p role="alert">{state}</p> : null}
    </div>
  )
}
