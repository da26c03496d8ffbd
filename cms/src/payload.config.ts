import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Feedback } from './collections/Feedback'
import { Leaflets } from './collections/Leaflets'
import { Media } from './collections/Media'
import { maxUploadBytes } from './collections/Media/uploadLimits'
import { Newsletters } from './collections/Newsletters'
import { Posts } from './collections/Posts'
import { PressReleases } from './collections/PressReleases'
import { ReachCounts, ReachImportMarks } from './collections/ReachCounts'
import { Users } from './collections/Users'
import { databaseAdapter, migrateEmbeddedDatabase } from './database/adapter'
import { campaignEditor } from './fields/richText'
import { PressRoom } from './globals/PressRoom'
import { nameLocaleInErrors } from './hooks/nameLocaleInErrors'
import { publishingTasks, SiteBuildGlobal, siteBuildDashboardPanel, siteQueueAutoRun } from './publishing'
import { SiteSettings } from './globals/SiteSettings'
import { localization } from './localization'
import { payloadSecret } from './secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.JOL_CMS_URL || undefined,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Jol' },
    // The default avatar would be fetched from Gravatar: no third-party requests from the admin.
    avatar: 'default',
    components: { beforeDashboard: [siteBuildDashboardPanel] },
  },
  // Payload ships no Kazakh, Kyrgyz, Tajik or Uzbek admin translation; content is still edited in all six.
  i18n: { supportedLanguages: { en, ru }, fallbackLanguage: 'en' },
  localization,
  collections: [Leaflets, PressReleases, Newsletters, Posts, Media, Users, ReachCounts, ReachImportMarks, Feedback],
  globals: [SiteSettings, PressRoom, SiteBuildGlobal],
  editor: campaignEditor,
  db: databaseAdapter(),
  sharp,
  upload: { limits: { fileSize: maxUploadBytes() } },
  jobs: {
    // Scheduled publishing runs through the jobs queue, checked every minute by a running CMS.
    // The public site's rebuilds have a queue of their own, checked every second.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }, siteQueueAutoRun],
    shouldAutoRun: () => process.env.JOL_JOBS_AUTORUN !== 'false',
    tasks: publishingTasks,
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
