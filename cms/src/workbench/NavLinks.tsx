import type { ServerProps } from 'payload'

import { jolText } from '../i18n/jolText'

/** Links to the translators' work list and the calendar, after the collections in the side menu. */
export function WorkbenchNavLinks({ payload, i18n }: ServerProps) {
  const admin = payload.config.routes.admin
  const text = jolText(i18n, 'jolWorkbench')
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem', marginTop: '1rem' }}>
      <a className="nav__link" href={`${admin}/to-translate`}>
        {text('toTranslate')}
      </a>
      <a className="nav__link" href={`${admin}/calendar`}>
        {text('calendar')}
      </a>
    </div>
  )
}
