/**
 * Publishing: changes to published content queue a debounced rebuild of the public site, run as a
 * job outside any request; the `site-build` global shows editors how it went.
 */
import type { Config } from 'payload'

import { siteQueue } from '@jol/content-schemas/deployment'

export { SiteBuildGlobal, siteBuildSlug } from './SiteBuildGlobal'
export { publishingTasks } from './tasks'
export {
  rebuildOnMediaChange,
  rebuildOnMediaDelete,
  rebuildOnPublishedChange,
  rebuildOnPublishedDelete,
  rebuildWhenEmbargoLapses,
} from './hooks'

/** The site queue is checked every second (one job at a time), so a publish goes live in seconds. */
type AutorunCron = Extract<NonNullable<NonNullable<Config['jobs']>['autoRun']>, readonly unknown[]>[number]

export const siteQueueAutoRun: AutorunCron = {
  cron: '* * * * * *',
  queue: siteQueue,
  limit: 1,
  silent: { info: true },
}

/** The status panel on the admin dashboard. */
export const siteBuildDashboardPanel = '/publishing/components/SiteBuildStatus#SiteBuildStatus'
