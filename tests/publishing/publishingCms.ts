import fs from 'node:fs/promises'
import path from 'node:path'

import { campaign } from '@jol/scripts/seed/content/campaign'
import { seedCampaign } from '@jol/scripts/seed/seed'
import type { PayloadJob } from '@jol/cms/payload-types'
import type { Payload } from 'payload'

import { startTestCms, type TestCms } from '../support/cms'

/**
 * A test CMS whose rebuilds publish into its own temporary site link and snapshot (never the
 * repository's `site/dist`), with a short quiet period. Jobs do not run by themselves: tests run
 * the site queue when they want a build, as the CMS's once-a-second cron would.
 */
export interface PublishingCms extends TestCms {
  siteLink: string
}

export async function startPublishingCms(
  options: { quietMs?: number; seed?: boolean } = {},
): Promise<PublishingCms> {
  const scratch = await fs.mkdtemp(path.join((await import('node:os')).tmpdir(), 'jol-publishing-'))
  const siteLink = path.join(scratch, 'site', 'dist')
  const cms = await startTestCms({
    JOL_SITE_DIST: siteLink,
    JOL_SNAPSHOT_DIR: path.join(scratch, 'snapshot'),
    JOL_REBUILD_QUIET_MS: String(options.quietMs ?? 200),
    JOL_SITE_URL: 'http://localhost:4321',
  })
  if (options.seed !== false) await seedCampaign(cms.payload, campaign)
  return {
    ...cms,
    siteLink,
    close: async () => {
      const { stopSiteBuildProgram } = await import('@jol/cms/publishing/siteBuilder')
      stopSiteBuildProgram()
      await cms.close()
      await fs.rm(scratch, { recursive: true, force: true })
    },
  }
}

/** Jobs of the site queue that have not finished (waiting or running). */
export async function siteJobs(payload: Payload, taskSlug?: string): Promise<PayloadJob[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: 'site' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        ...(taskSlug ? [{ taskSlug: { equals: taskSlug } }] : []),
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return docs
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs the site queue until no job in it is due within `horizonMs` (jobs waiting further ahead,
 * such as an embargo next week, stay), or only its rebuilds. What the CMS's cron does, driven by the test.
 */
export async function runSiteQueueUntilSettled(
  payload: Payload,
  horizonMs = 10_000,
  taskSlug?: 'rebuildSite',
): Promise<void> {
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    await payload.jobs.run({
      queue: 'site',
      limit: 1,
      silent: true,
      ...(taskSlug ? { where: { taskSlug: { equals: taskSlug } } } : {}),
    })
    const soon = (await siteJobs(payload, taskSlug)).filter(
      (job) => !job.waitUntil || new Date(job.waitUntil).getTime() < Date.now() + horizonMs,
    )
    if (soon.length === 0) return
    await sleep(100)
  }
  throw new Error('the site queue did not settle within 4 minutes')
}

export async function buildStatus(payload: Payload) {
  const { readBuildStatus } = await import('@jol/cms/publishing/buildStatus')
  return readBuildStatus(payload)
}

/** The live site's copy of a page. */
export const livePage = (siteLink: string, urlPath: string) =>
  fs.readFile(path.join(siteLink, urlPath, 'index.html'), 'utf8')

/**
 * Breaks a published leaflet the way an editor still could: a picture placed in its English text,
 * whose file is later replaced by a PDF. The CMS refuses a PDF placed in a text directly, but the
 * replaced file reaches the export, which refuses it.
 */
export async function breakLeafletThroughApi(
  cms: TestCms,
  token: string,
  id: number | string,
): Promise<void> {
  const { lexicalParagraph, pdfFile, pngFile } = await import('../support/fixtures')
  const picture = await cms.payload.create({
    collection: 'media',
    data: { alt: 'A picture', credit: 'Jol', licence: 'CC0 1.0' },
    file: await pngFile('soon-a-document.png'),
  })
  const body = lexicalParagraph('A text with a document where a picture should be.')
  body.root.children.push({
    type: 'upload',
    relationTo: 'media',
    value: picture.id,
    fields: {},
    version: 3,
  } as never)
  const response = await cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, {
    token,
    body: { body, _status: 'published' },
  })
  if (response.status !== 200) throw new Error(`could not save the leaflet: ${JSON.stringify(response.body)}`)
  await cms.payload.update({
    collection: 'media',
    id: picture.id,
    data: {},
    file: pdfFile('not-a-picture.pdf'),
  })
}
