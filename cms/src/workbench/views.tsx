import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { Calendar, ToTranslate } from './screens'

/** A workbench page in the admin's frame (side menu, header). */
function Page({ props, children }: { props: AdminViewServerProps; children: React.ReactNode }) {
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
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}

/** /admin/to-translate: a translator's work, in their locales, outdated and missing first. */
export async function ToTranslateView(props: AdminViewServerProps) {
  return (
    <Page props={props}>
      <ToTranslate req={props.initPageResult.req} />
    </Page>
  )
}

/** /admin/calendar: what is scheduled from today on, as a dated list. */
export async function CalendarView(props: AdminViewServerProps) {
  const today = new Date(new Date().toISOString().slice(0, 10))
  return (
    <Page props={props}>
      <Calendar req={props.initPageResult.req} today={today} />
    </Page>
  )
}
