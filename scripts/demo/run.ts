/**
 * `pnpm demo`: the product for a newcomer, on the embedded database. Creates and migrates the
 * database if there is none, loads the demo campaign the first time, then starts the CMS.
 */
import { spawn } from 'node:child_process'

import config from '@jol/cms/config'
import { getPayload } from 'payload'

import { campaign } from '../seed/content/campaign'
import { seedCampaign } from '../seed/seed'

const port = process.env.PORT || '3000'

async function prepare() {
  const payload = await getPayload({ config })
  try {
    const isNew = (await payload.count({ collection: 'users' })).totalDocs === 0
    if (isNew) {
      console.log('demo: new database, loading the demo campaign in six languages…')
      const report = await seedCampaign(payload, campaign, (line) => console.log(`demo: ${line}`))
      return report.admin
    }
    console.log('demo: using the existing database (delete cms/data/ to start again)')
    return undefined
  } finally {
    await payload.destroy()
  }
}

prepare()
  .then((admin) => {
    console.log(`demo: starting the CMS; the admin will be at http://localhost:${port}/admin`)
    if (admin?.password) console.log(`demo: sign in as ${admin.email} / ${admin.password}`)
    const cms = spawn('pnpm', ['--filter', '@jol/cms', 'dev'], { stdio: 'inherit', env: { ...process.env, PORT: port } })
    const stop = () => cms.kill('SIGTERM')
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
    cms.on('exit', (code) => process.exit(code ?? 0))
  })
  .catch((error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
