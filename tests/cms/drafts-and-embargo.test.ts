import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { adminCredentials, createUser, leafletData, postData, pressReleaseData } from '../support/fixtures'
import { generousCeilingMs, waitFor } from '../support/wait'

/**
 * Anonymous readers, through every door (REST list and by id, `draft=true`, versions, GraphQL),
 * never see a draft, a newer unpublished revision, or a press release still under embargo.
 */

const SECRET = 'DRAFT-ONLY-TEXT'
let cms: TestCms
let editorToken: string
const ids: Record<string, number | string> = {}

beforeAll(async () => {
  cms = await startTestCms()
  const { payload } = cms
  await createUser(payload, { ...adminCredentials, role: 'editor' })
  editorToken = (await cms.rest.login(adminCredentials.email, adminCredentials.password)).body.token as string

  ids.publishedLeaflet = (
    await payload.create({
      collection: 'leaflets',
      data: { ...leafletData('public-leaflet', 'en'), _status: 'published' },
    })
  ).id
  // A published leaflet whose newer revision is still a draft: only the published text may show.
  await payload.update({
    collection: 'leaflets',
    id: ids.publishedLeaflet,
    draft: true,
    data: { title: `${SECRET} revised title` },
  })
  ids.draftLeaflet = (
    await payload.create({
      collection: 'leaflets',
      draft: true,
      data: { ...leafletData('draft-leaflet', 'en'), title: `${SECRET} leaflet` },
    })
  ).id
  ids.draftPost = (
    await payload.create({
      collection: 'posts',
      draft: true,
      data: { ...postData('draft-post', 'en'), title: `${SECRET} post` },
    })
  ).id

  const past = new Date(Date.now() - 60_000).toISOString()
  const future = '2099-06-01T04:00:00.000Z'
  ids.released = (
    await payload.create({
      collection: 'press-releases',
      data: { ...pressReleaseData('released', 'en'), _status: 'published' },
    })
  ).id
  ids.lapsed = (
    await payload.create({
      collection: 'press-releases',
      data: { ...pressReleaseData('embargo-lapsed', 'en', { embargoUntil: past }), _status: 'published' },
    })
  ).id
  ids.embargoed = (
    await payload.create({
      collection: 'press-releases',
      data: {
        ...pressReleaseData('embargoed', 'en', { embargoUntil: future, embargoUntil_tz: 'Asia/Almaty' }),
        title: `${SECRET} embargoed release`,
        _status: 'published',
      },
    })
  ).id
  ids.draftRelease = (
    await payload.create({
      collection: 'press-releases',
      draft: true,
      data: { ...pressReleaseData('draft-release', 'en'), title: `${SECRET} draft release` },
    })
  ).id
})
afterAll(async () => cms?.close())

const slugsOf = (body: { docs?: { slug: string }[] }) => (body.docs ?? []).map((d) => d.slug).sort()

describe('anonymous REST', () => {
  it('lists only published leaflets, with their published text', async () => {
    for (const query of ['', '?draft=true', '?where[_status][equals]=draft', '?locale=all']) {
      const res = await cms.rest.request('GET', `/leaflets${query}`)
      expect(res.status).toBe(200)
      expect(JSON.stringify(res.body)).not.toContain(SECRET)
      // `draft=true` asks for the newest revision, which is a draft here: anonymous readers get nothing.
      const expected = query.includes('draft') ? [] : ['public-leaflet']
      expect(slugsOf(res.body), query).toEqual(expected)
    }
  })

  it('cannot open a draft by id, even with draft=true', async () => {
    for (const path of [
      `/leaflets/${ids.draftLeaflet}`,
      `/leaflets/${ids.draftLeaflet}?draft=true`,
      `/posts/${ids.draftPost}`,
    ]) {
      const res = await cms.rest.request('GET', path)
      expect([403, 404]).toContain(res.status)
      expect(JSON.stringify(res.body)).not.toContain(SECRET)
    }
    const published = await cms.rest.request('GET', `/leaflets/${ids.publishedLeaflet}?draft=true`)
    expect(published.status).toBe(200)
    expect(published.body.title).not.toContain(SECRET)
  })

  it('cannot read versions', async () => {
    for (const path of ['/leaflets/versions', '/posts/versions', '/press-releases/versions']) {
      const res = await cms.rest.request('GET', path)
      expect(res.status).toBe(403)
    }
  })

  it('sees press releases only once published and out of embargo', async () => {
    const res = await cms.rest.request('GET', '/press-releases?limit=50')
    expect(slugsOf(res.body)).toEqual(['embargo-lapsed', 'released'])
    expect(JSON.stringify(res.body)).not.toContain(SECRET)
    expect([403, 404]).toContain((await cms.rest.request('GET', `/press-releases/${ids.embargoed}`)).status)
  })

  it(
    'a release appears the moment its embargo lapses',
    async () => {
      const lapsesSoon = await cms.payload.create({
        collection: 'press-releases',
        data: {
          ...pressReleaseData('lapses-soon', 'en', {
            embargoUntil: new Date(Date.now() + 1500).toISOString(),
          }),
          _status: 'published',
        },
      })
      expect((await cms.rest.request('GET', `/press-releases/${lapsesSoon.id}`)).status).not.toBe(200)
      await waitFor(
        'the release to appear once its embargo lapsed',
        async () => (await cms.rest.request('GET', `/press-releases/${lapsesSoon.id}`)).status === 200,
      )
    },
    generousCeilingMs,
  )
})

describe('anonymous GraphQL', () => {
  it('returns only published, released documents', async () => {
    const res = await cms.rest.graphql(`{
      Leaflets(limit: 50) { docs { slug title } }
      Posts(limit: 50) { docs { slug title } }
      PressReleases(limit: 50) { docs { slug title } }
    }`)
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).not.toContain(SECRET)
    expect(slugsOf(res.body.data.Leaflets)).toEqual(['public-leaflet'])
    expect(slugsOf(res.body.data.Posts)).toEqual([])
    const releases = slugsOf(res.body.data.PressReleases)
    expect(releases).toEqual(expect.arrayContaining(['embargo-lapsed', 'released']))
    expect(releases).not.toContain('embargoed')
    expect(releases).not.toContain('draft-release')
  })

  it('cannot fetch a draft by id, with draft: true, or through versions', async () => {
    const res = await cms.rest.graphql(`{ Leaflet(id: ${ids.draftLeaflet}, draft: true) { title } }`)
    expect(JSON.stringify(res.body)).not.toContain(SECRET)
    const pub = await cms.rest.graphql(`{ Leaflet(id: ${ids.publishedLeaflet}, draft: true) { title } }`)
    expect(JSON.stringify(pub.body)).not.toContain(SECRET)
    const versions = await cms.rest.graphql(`{ versionsLeaflets { docs { version { title } } } }`)
    expect(JSON.stringify(versions.body)).not.toContain(SECRET)
    expect(versions.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe('signed-in staff', () => {
  it('see drafts and embargoed releases', async () => {
    const leaflets = await cms.rest.request('GET', '/leaflets?draft=true', { token: editorToken })
    expect(slugsOf(leaflets.body)).toEqual(['draft-leaflet', 'public-leaflet'])
    const releases = await cms.rest.request('GET', '/press-releases?limit=50', { token: editorToken })
    expect(slugsOf(releases.body)).toContain('embargoed')
  })
})
