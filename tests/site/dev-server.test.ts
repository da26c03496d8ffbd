import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, writeFixtureSnapshot } from '../fixtures/snapshot'
import { freePort, startServer, type Server } from '../support/processes'
import { siteDir } from './support'

/**
 * `astro dev` on a snapshot outside the project, as a developer runs the site: pictures are not
 * imported modules (see site/src/lib/snapshot-pictures.ts), so the dev server must be allowed to
 * serve them from the snapshot, and serves their versions.
 */

let dir: string
let server: Server | undefined
let base: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-astro-dev-'))
  await writeFixtureSnapshot(path.join(dir, 'snapshot'))
  const port = await freePort()
  base = `http://localhost:${port}`
  server = await startServer('pnpm', ['exec', 'astro', 'dev', '--port', String(port)], {
    cwd: siteDir,
    env: {
      // Astro's dev server serves no page when it believes it runs inside Vitest.
      VITEST: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      JOL_SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    },
    url: `${base}/en/`,
  })
}, 300_000)

afterAll(async () => {
  await server?.stop()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe('the site under astro dev', () => {
  it('shows a picture of the snapshot, served in the size the page asks for', async () => {
    const page = await fetch(`${base}/ru/blog/${fixture.fallbackPost}/`)
    expect(page.status, server?.output()).toBe(200)
    const html = await page.text()
    const src = /<img src="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&')
    expect(src).toBeDefined()
    const picture = await fetch(new URL(src!, base))
    expect(picture.status, server?.output()).toBe(200)
    expect(picture.headers.get('content-type')).toMatch(/^image\//)
    expect((await picture.arrayBuffer()).byteLength).toBeGreaterThan(1000)
  }, 300_000)

  it('sends a document’s bytes (a build places the file instead)', async () => {
    const pdf = await fetch(`${base}/en/leaflets/${fixture.fullLeaflet}.pdf`)
    expect(pdf.status, server?.output()).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  }, 300_000)
})
