import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteBuildProgramPid } from '@jol/cms/publishing/siteBuilder'

import { waitFor, waitUntilPast } from '../support/wait'
import {
  breakLeafletThroughApi,
  buildStatus,
  livePage,
  runSiteQueueUntilSettled,
  siteJobs,
  startPublishingCms,
  type PublishingCms,
} from './publishingCms'

/**
 * Publishing queues a rebuild of the public site; a burst of edits gives one build, an edit during a
 * build gives exactly one follow-up, and a failed build is shown with its message while the last
 * good site stays live.
 */

let cms: PublishingCms
let token: string
let leafletId: number | string
let otherLeafletId: number | string
const slug = 'your-child-has-the-right-to-school'
/** Edited while `slug` is broken: the CMS refuses to save the broken entry itself. */
const otherSlug = 'how-to-regularise-your-stay'

beforeAll(async () => {
  cms = await startPublishingCms()
  // The seed published the whole campaign: that is one queued rebuild, the first site.
  expect(await siteJobs(cms.payload, 'rebuildSite')).toHaveLength(1)
  await runSiteQueueUntilSettled(cms.payload)
  token = (await cms.rest.login('admin@jol.local', 'jol-demo-admin')).body.token as string
  const idOf = async (wanted: string) => {
    const { docs } = await cms.payload.find({
      collection: 'leaflets',
      where: { slug: { equals: wanted } },
      limit: 1,
      depth: 0,
    })
    return docs[0]!.id
  }
  leafletId = await idOf(slug)
  otherLeafletId = await idOf(otherSlug)
})
afterAll(async () => cms?.close())

/** Past the quiet period of every rebuild waiting to start (a running one has no due time left). */
async function waitForDueRebuilds(): Promise<void> {
  const waiting = (await siteJobs(cms.payload, 'rebuildSite')).filter(
    (job) => !job.processing && job.waitUntil,
  )
  const latest = Math.max(0, ...waiting.map((job) => new Date(job.waitUntil!).getTime()))
  await waitUntilPast('the queued rebuild to be due', latest)
}

const editTitle = (title: string, id = leafletId) =>
  cms.rest.request('PATCH', `/leaflets/${id}?locale=en`, { token, body: { title, _status: 'published' } })
/** Publishes a new title on another leaflet, and proves the CMS took it. */
async function editOtherTitle(title: string): Promise<void> {
  const response = await editTitle(title, otherLeafletId)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

describe('the first build', () => {
  it('published the seeded campaign and says so', async () => {
    const status = await buildStatus(cms.payload)
    expect(status.state, status.message ?? '').toBe('succeeded')
    expect(status.message).toMatch(/site published/)
    // Astro ran in the spare the program started with itself: the first build does not load it either.
    expect(status.message).toMatch(/started ahead: [1-9][0-9]* MB while it waited/)
    expect(status.durationMs).toBeGreaterThan(0)
    expect(status.lastSucceededAt).toBe(status.finishedAt)
    expect(await livePage(cms.siteLink, `/en/leaflets/${slug}/`)).toContain('<html')
  })
})

describe('ten quick edits', () => {
  it('queue one rebuild, which publishes the last of them', async () => {
    for (let i = 1; i <= 10; i++) expect((await editTitle(`Quick edit number ${i}`)).status).toBe(200)

    // One job waits for the quiet period; every edit is listed for it.
    const waiting = await siteJobs(cms.payload, 'rebuildSite')
    expect(waiting).toHaveLength(1)
    const queued = await buildStatus(cms.payload)
    expect(queued.state).toBe('queued')
    expect(queued.pendingTriggers).toHaveLength(10)
    expect(queued.pendingTriggers[0]).toMatchObject({
      source: 'edit',
      collection: 'leaflets',
      slug,
      locale: 'en',
      operation: 'update',
    })

    await runSiteQueueUntilSettled(cms.payload)
    const built = await buildStatus(cms.payload)
    expect(built.state, built.message ?? '').toBe('succeeded')
    expect(built.triggers).toHaveLength(10)
    expect(built.pendingTriggers).toEqual([])
    expect(await livePage(cms.siteLink, `/en/leaflets/${slug}/`)).toContain('Quick edit number 10')
  })

  it('drafts of an unpublished entry queue nothing', async () => {
    const created = await cms.rest.request('POST', '/leaflets?draft=true', {
      token,
      body: {
        slug: 'a-draft-only',
        title: 'Draft',
        summary: 'Draft',
        keyMessages: [{ text: 'x' }],
        audience: ['migrant-families'],
        topics: ['children-rights'],
        printFormat: 'A5',
      },
    })
    expect(created.status).toBe(201)
    expect(await siteJobs(cms.payload, 'rebuildSite')).toEqual([])
  })
})

describe('an edit during a build', () => {
  it('queues exactly one follow-up build, which waits for the running one', async () => {
    await editTitle('Edit before the build')
    await waitForDueRebuilds()
    const running = runSiteQueueUntilSettled(cms.payload, 1000)
    await waitFor('the build to start', async () => (await buildStatus(cms.payload)).state === 'building', {
      everyMs: 50,
    })

    for (let i = 1; i <= 3; i++) await editTitle(`Edit during the build ${i}`)
    const jobs = await siteJobs(cms.payload, 'rebuildSite')
    expect(jobs.filter((job) => job.processing)).toHaveLength(1)
    expect(jobs.filter((job) => !job.processing)).toHaveLength(1)
    // The follow-up is due, yet another run of the queue must not start it beside the running build.
    await waitForDueRebuilds()
    await cms.payload.jobs.run({ queue: 'site', silent: true })
    expect((await siteJobs(cms.payload, 'rebuildSite')).filter((job) => job.processing)).toHaveLength(1)
    expect((await buildStatus(cms.payload)).pendingTriggers).toHaveLength(3)

    await running
    await runSiteQueueUntilSettled(cms.payload)
    const status = await buildStatus(cms.payload)
    expect(status.state, status.message ?? '').toBe('succeeded')
    expect(status.triggers.map((t) => t.operation)).toEqual(['update', 'update', 'update'])
    expect(await livePage(cms.siteLink, `/en/leaflets/${slug}/`)).toContain('Edit during the build 3')
  })
})

describe('the build program', () => {
  it('is kept open: two builds in a row are made by the same program', async () => {
    // The first build (before all) started it.
    const pid = siteBuildProgramPid()
    expect(pid).toBeDefined()
    for (const title of ['Built by the kept-open program', 'Built by it again']) {
      await editOtherTitle(title)
      await runSiteQueueUntilSettled(cms.payload)
      const status = await buildStatus(cms.payload)
      expect(status.state, status.message ?? '').toBe('succeeded')
      expect(await livePage(cms.siteLink, `/en/leaflets/${otherSlug}/`)).toContain(title)
      expect(siteBuildProgramPid()).toBe(pid)
    }
  })

  it('after it died, the next build starts a fresh one and succeeds', async () => {
    const pid = siteBuildProgramPid()!
    process.kill(-pid, 'SIGKILL')
    await waitFor(
      'the CMS to notice the build program is gone',
      async () => siteBuildProgramPid() === undefined,
    )
    await editOtherTitle('Built by a fresh program')
    await runSiteQueueUntilSettled(cms.payload)
    const status = await buildStatus(cms.payload)
    expect(status.state, status.message ?? '').toBe('succeeded')
    expect(await livePage(cms.siteLink, `/en/leaflets/${otherSlug}/`)).toContain('Built by a fresh program')
    expect(siteBuildProgramPid()).toBeDefined()
    expect(siteBuildProgramPid()).not.toBe(pid)
  })
})

describe('a bad entry', () => {
  it('is left out and listed in the build status; the build succeeds and the rest goes live', async () => {
    const liveBefore = await fs.readlink(cms.siteLink)
    await breakLeafletThroughApi(cms, token, leafletId)
    // The broken leaflet itself can no longer be saved (the CMS names the PDF); the rest can.
    expect((await editTitle('Saved beside a bad picture')).status).toBe(400)
    await editOtherTitle('Published beside a bad picture')
    await runSiteQueueUntilSettled(cms.payload)

    const status = await buildStatus(cms.payload)
    expect(status.state, status.message ?? '').toBe('succeeded')
    // The demo directory's services past twice the verification period are listed, until verified again.
    const services = status.leftOut.filter((line) => line.startsWith('services/'))
    expect(services.length).toBeGreaterThan(0)
    for (const line of services) expect(line).toMatch(/left off the site until verified again$/)
    // The seeded campaign's photo of people without recorded consent is listed too.
    const entries = status.leftOut.filter((line) => !line.startsWith('services/'))
    expect(entries).toHaveLength(2)
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          '(resource-centre-meeting.jpg) shows identifiable people and no consent is recorded',
        ),
        expect.stringMatching(
          new RegExp(
            `^leaflets/${slug}/en/body\\.children\\.\\d+\\.value: media #\\d+ is application/pdf, not a picture`,
          ),
        ),
      ]),
    )
    expect(await fs.readlink(cms.siteLink)).not.toBe(liveBefore)
    expect(await livePage(cms.siteLink, `/en/leaflets/${otherSlug}/`)).toContain(
      'Published beside a bad picture',
    )
  })
})

describe('a failed build', () => {
  it('is shown with its message, and the last good site stays live', async () => {
    const liveBefore = await fs.readlink(cms.siteLink)
    const lastGood = await buildStatus(cms.payload)
    // A build that fails, through the deployment's seam for naming the build program.
    const failing = path.join(path.dirname(cms.siteLink), 'failing-build.mjs')
    await fs.writeFile(
      failing,
      "console.log('build failed at the site step: the disk is full'); process.exit(1)\n",
    )
    process.env.JOL_SITE_BUILD_ENTRY = failing
    try {
      await editOtherTitle('Never live')
      await runSiteQueueUntilSettled(cms.payload)
    } finally {
      delete process.env.JOL_SITE_BUILD_ENTRY
    }
    const status = await buildStatus(cms.payload)
    expect(status.state).toBe('failed')
    expect(status.message).toMatch(/build failed at the site step: the disk is full/)
    expect(status.lastSucceededAt).not.toBe(status.finishedAt)
    // What the live site left out is still what the last good build left out.
    expect(status.leftOut).toEqual(lastGood.leftOut)
    expect(await fs.readlink(cms.siteLink)).toBe(liveBefore)
    expect(await livePage(cms.siteLink, `/en/leaflets/${otherSlug}/`)).toContain(
      'Published beside a bad picture',
    )
  })
})
