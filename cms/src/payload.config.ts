import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'
import sharp from 'sharp'

import { contentCollections } from './collections'
import { Media } from './collections/Media'
import { maxUploadBytes } from './collections/Media/uploadLimits'
import { Feedback } from './collections/Feedback'
import { forgetExpiredContactsTask } from './collections/Questions/contactRetention'
import { ReachCounts, ReachImportMarks } from './collections/ReachCounts'
import { Services } from './collections/Services'
import { serviceAgesTask } from './collections/Services/ageing'
import { Users } from './collections/Users'
import { jobsAccess } from './access/isEditorOrAdmin'
import { databaseAdapter, migrateEmbeddedDatabase } from './database/adapter'
import { campaignEditor } from './fields/richText'
import { PressRoom } from './globals/PressRoom'
import { nameLocaleInErrors } from './hooks/nameLocaleInErrors'
import { adminI18n } from './i18n'
import { withAdminLabels } from './i18n/labels'
import { publishingTasks, SiteBuildGlobal, siteBuildDashboardPanel, siteQueueAutoRun } from './publishing'
import { SiteSettings } from './globals/SiteSettings'
import { localization } from './localization'
import { payloadSecret } from './secret'
import { graphqlCostRule } from './security/graphqlCost'
import { trustedOrigins } from './security/trustedOrigins'
import { xliffEndpoints } from './translations/endpoints'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.JOL_CMS_URL || undefined,
  // Origins whose requests may carry the session cookie: never empty (security/trustedOrigins.ts).
  csrf: trustedOrigins(),
  graphQL: { validationRules: (args) => [graphqlCostRule(args)] },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Jol' },
    // The default avatar would be fetched from Gravatar: no third-party requests from the admin.
    avatar: 'default',
    components: {
      beforeDashboard: [
        siteBuildDashboardPanel,
        '/collections/Services/components/NeedsChecking#NeedsCheckingDashboard',
      ],
      afterNavLinks: ['/workbench/NavLinks#WorkbenchNavLinks'],
      views: {
        toTranslate: { Component: '/workbench/views#ToTranslateView', path: '/to-translate' },
        calendar: { Component: '/workbench/views#CalendarView', path: '/calendar' },
      },
    },
  },
  i18n: adminI18n,
  localization,
  // Jol's labels and help texts in every admin language (i18n/labels), put in once for all collections.
  ...withAdminLabels({
    collections: [...contentCollections, Services, Media, Users, ReachCounts, ReachImportMarks, Feedback],
    globals: [SiteSettings, PressRoom, SiteBuildGlobal],
  }),
  // Translations exchanged as XLIFF 2.0 with translators' own tools (translations/xliff.ts).
  endpoints: [...xliffEndpoints],
  editor: campaignEditor,
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: maxUploadBytes() } },
  jobs: {
    // Running or queuing jobs (publishing, site builds) is for editors and admins only.
    access: jobsAccess,
    // Scheduled publishing runs through the jobs queue, checked every minute by a running CMS.
    // The public site's rebuilds have a queue of their own, checked every second.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }, siteQueueAutoRun],
    shouldAutoRun: () => process.env.JOL_JOBS_AUTORUN !== 'false',
    tasks: [
      ...publishingTasks,
      forgetExpiredContactsTask as unknown as (typeof publishingTasks)[number],
      serviceAgesTask as unknown as (typeof publishingTasks)[number],
    ],
    // One site build at a time; a new request replaces the one still waiting (the debounce).
    enableConcurrencyControl: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Regenerated on purpose with `pnpm --filter @jol/cms generate:types`, never as a side effect.
    autoGenerate: false,
  },
  hooks: { afterError: [nameLocaleInErrors] },
  // Tests and scripts may quieten Payload's request logging (e.g. JOL_LOG_LEVEL=warn).
  ...(process.env.JOL_LOG_LEVEL ? { logger: { options: { level: process.env.JOL_LOG_LEVEL } } } : {}),
  onInit: migrateEmbeddedDatabase,
})
