import type { ServerProps } from 'payload'

/** Links to the translators' work list and the calendar, after the collections in the side menu. */
export function WorkbenchNavLinks({ payload }: ServerProps) {
  const admin = payload.config.routes.admin
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem', marginTop: '1rem' }}>
      <a className="nav__link" href={`${admin}/to-translate`}>
        To translate
      </a>
      <a className="nav__link" href={`${admin}/calendar`}>
        Calendar
      </a>
    </div>
  )
}
