/**
 * `pnpm seed`: loads the demo campaign (six languages) into the configured database. Idempotent.
 */
import config from '@jol/cms/config'
import { getPayload } from 'payload'

import { campaign } from './content/campaign'
import { seedCampaign } from './seed'

async function main() {
  const payload = await getPayload({ config })
  try {
    const report = await seedCampaign(payload, campaign, (line) => console.log(line))
    if (report.admin.password) {
      console.log(
        `admin: ${report.admin.email} / ${report.admin.password} (local demo defaults; set JOL_ADMIN_EMAIL and JOL_ADMIN_PASSWORD to choose your own)`,
      )
    } else {
      console.log(`admin: ${report.admin.email}${report.admin.created ? ' (created)' : ' (already there)'}`)
    }
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`)
    const details = (error as { data?: { errors?: unknown[] } }).data?.errors
    if (details) console.error(JSON.stringify(details, null, 2))
    process.exit(1)
  },
)
