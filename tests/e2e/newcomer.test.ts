import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { localeCodes } from '@jol/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { run } from '../support/processes'

/**
 * What a newcomer runs, end to end on the embedded database: `pnpm seed`, then `pnpm build`
 * (export → snapshot → Astro → swap in). Then the same build from a broken snapshot, which must
 * fail and leave the published site exactly as it was.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
let dir: string
let env: Record<string, string>
let link: string
const pnpm = (...args: string[]) => run('pnpm', ['--silent', ...args], { cwd: repoRoot, env })

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-newcomer-'))
  link = path.join(dir, 'site', 'dist')
  env = {
    DATABASE_URI: `file:${path.join(dir, 'jol.db')}`,
    JOL_MEDIA_DIR: path.join(dir, 'media'),
    JOL_JOBS_AUTORUN: 'false',
    JOL_SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    NO_COLOR: '1',
  }
})

/** The folder holding the releases of this test's link (inside site/, where Astro can run pages). */
const releasesOf = (release: string) => path.dirname(path.resolve(path.dirname(link), release))

afterAll(async () => {
  const release = await fs.readlink(link).catch(() => undefined)
  if (release) await fs.rm(releasesOf(release), { recursive: true, force: true })
  await fs.rm(dir, { recursive: true, force: true })
})

const page = (urlPath: string) => fs.readFile(path.join(link, urlPath, 'index.html'), 'utf8')

describe('seed → export → build on the embedded database', () => {
  let firstRelease: string

  it('seeds the demo campaign and publishes the site', async () => {
    const seeded = await pnpm('seed')
    expect(seeded.code, seeded.output).toBe(0)
    const built = await pnpm('build', '--out', link)
    expect(built.code, built.output).toBe(0)
    expect(built.output).toMatch(/site published at .* in [\d.]+ s/)
    // The live site is a link to a complete release folder.
    firstRelease = await fs.readlink(link)
    expect(firstRelease).toMatch(/site\/\.releases\/dist-[0-9a-f]{8}\/\d{8}T\d{9}Z-[0-9a-f]{6}$/)
  })

  it('has every locale, the chooser and the demo content', async () => {
    const chooser = await page('/')
    for (const locale of localeCodes) {
      expect(chooser).toContain(`href="/${locale}/"`)
      expect(await page(`/${locale}/`)).toMatch(
        new RegExp(`<html[^>]* lang="${locale === 'uz' ? 'uz-Latn' : locale}"`),
      )
    }
    // The leaflet on children's schooling exists in all six languages, with each language's letters.
    expect(await page('/kk/leaflets/')).toMatch(/[әғқңөұүһі]/)
    expect(await page('/tg/leaflets/')).toMatch(/[ғӣқӯҳҷ]/)
    expect(await page('/uz/leaflets/')).toContain('\u02BB')
  })

  it('shows the post written without Kazakh in Russian, saying so', async () => {
    const html = await page('/kk/blog/writing-about-migrant-families/')
    expect(html).toMatch(/<article[^>]* lang="ru"/)
    expect(html).toContain(
      'rel="canonical" href="http://localhost:4321/ru/blog/writing-about-migrant-families/"',
    )
  })

  it('leaves the embargoed release out of every file', async () => {
    const files = await fs.readdir(link, { recursive: true })
    expect(files.some((f) => f.includes('every-child-counts-regional-report'))).toBe(false)
    for (const file of files.filter((f) => /\.(html|xml|json)$/.test(f))) {
      expect(await fs.readFile(path.join(link, file), 'utf8'), file).not.toContain(
        'every-child-counts-regional-report',
      )
    }
  })

  it('keeps the live site when a build fails', async () => {
    const snapshot = path.join(dir, 'broken-snapshot')
    await fs.cp(path.join(dir, 'snapshot'), snapshot, { recursive: true })
    const posts = path.join(snapshot, 'posts.json')
    const data = JSON.parse(await fs.readFile(posts, 'utf8')) as {
      translations: Record<string, { title: string }>
    }[]
    data[0]!.translations.en!.title = ''
    await fs.writeFile(posts, JSON.stringify(data))

    const failed = await pnpm('build', '--snapshot', snapshot, '--out', link)
    expect(failed.code).toBe(1)
    expect(failed.output).toContain('build failed at the site step')
    expect(failed.output).toMatch(/posts\/[a-z0-9-]+\/en\/title: must not be empty/)
    expect(await fs.readlink(link)).toBe(firstRelease)
    // The failed release folder is gone, with its records; only the live one remains, with the page
    // and search records the next incremental build starts from.
    const live = path.basename(firstRelease)
    expect((await fs.readdir(releasesOf(firstRelease))).sort()).toEqual(
      [live, `${live}.pages.json`, `${live}.search.json`].sort(),
    )
  })
})
