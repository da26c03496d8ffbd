import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import {
  buildProgramAtStart,
  defaultSiteLink,
  defaultSnapshotDir,
  isProduction,
  liveSiteLink,
  localSiteUrl,
  printCacheDir,
  printCacheMaxBytes,
  rebuildQuietMs,
  repoRoot,
  siteBuildCommand,
  siteDir,
  siteUrl,
  snapshotDir,
} from '@jol/content-schemas/deployment'
import { readSiteConfig } from '../../site/src/config'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runAstroBuild } from '@jol/scripts/build/pipeline'

import { writeFixtureSnapshot } from '../fixtures/snapshot'
import { testBuildsDir } from '../site/support'
import { run } from '../support/processes'

/** The deployment settings every package reads, and the refusal of a production build without its public origin. */

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-deployment-'))
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

describe('deployment settings', () => {
  it('have one default each, and the environment overrides it', () => {
    expect(liveSiteLink({})).toBe(path.join(repoRoot, 'site', 'dist'))
    expect(liveSiteLink({ JOL_SITE_DIST: '/srv/jol/live' })).toBe('/srv/jol/live')
    expect(snapshotDir({})).toBe(defaultSnapshotDir)
    expect(snapshotDir({ JOL_SNAPSHOT_DIR: 'snap' }, '/work')).toBe('/work/snap')
    expect(printCacheDir({})).toBe(path.join(siteDir, 'node_modules', '.cache', 'jol-print'))
    expect(rebuildQuietMs({})).toBe(1000)
    expect(rebuildQuietMs({ JOL_REBUILD_QUIET_MS: '150' })).toBe(150)
    expect(rebuildQuietMs({ JOL_REBUILD_QUIET_MS: 'soon' })).toBe(1000)
    expect(defaultSiteLink).toBe(path.join(siteDir, 'dist'))
  })

  it('the print cache limit is in megabytes, 2048 unless set, 0 for none; anything else is refused by name', () => {
    const mb = 1024 * 1024
    expect(printCacheMaxBytes({})).toBe(2048 * mb)
    expect(printCacheMaxBytes({ JOL_PRINT_CACHE_MAX_MB: ' ' })).toBe(2048 * mb)
    expect(printCacheMaxBytes({ JOL_PRINT_CACHE_MAX_MB: '500' })).toBe(500 * mb)
    expect(printCacheMaxBytes({ JOL_PRINT_CACHE_MAX_MB: '0.5' })).toBe(mb / 2)
    expect(printCacheMaxBytes({ JOL_PRINT_CACHE_MAX_MB: '0' })).toBe(Number.POSITIVE_INFINITY)
    for (const bad of ['2GB', '-1', 'unlimited', '1e3'])
      expect(() => printCacheMaxBytes({ JOL_PRINT_CACHE_MAX_MB: bad })).toThrow(
        `JOL_PRINT_CACHE_MAX_MB must be a size in megabytes such as 2048, or 0 for no limit (got "${bad}")`,
      )
  })

  it('the CMS starts its build program with its server in production, elsewhere when asked; anything but true or false is refused by name', () => {
    expect(buildProgramAtStart({})).toBe(false)
    expect(buildProgramAtStart({ JOL_ENV: 'production' })).toBe(true)
    expect(buildProgramAtStart({ JOL_BUILD_PROGRAM_AT_START: 'true' })).toBe(true)
    expect(buildProgramAtStart({ JOL_ENV: 'production', JOL_BUILD_PROGRAM_AT_START: 'false' })).toBe(false)
    expect(() => buildProgramAtStart({ JOL_BUILD_PROGRAM_AT_START: 'yes' })).toThrow(
      /JOL_BUILD_PROGRAM_AT_START must be true or false, not "yes"/,
    )
  })

  it('production is explicit: JOL_ENV, else NODE_ENV', () => {
    expect(isProduction({})).toBe(false)
    expect(isProduction({ NODE_ENV: 'production' })).toBe(true)
    expect(isProduction({ JOL_ENV: 'production' })).toBe(true)
    expect(isProduction({ JOL_ENV: 'development', NODE_ENV: 'production' })).toBe(false)
  })

  it('the site URL falls back to the local one only outside production', () => {
    expect(siteUrl({})).toBe(localSiteUrl)
    expect(siteUrl({ NODE_ENV: 'production', JOL_SITE_URL: 'https://jol.example.org' })).toBe(
      'https://jol.example.org',
    )
    expect(() => siteUrl({ NODE_ENV: 'production' })).toThrow(
      /JOL_SITE_URL is not set: a production build needs the public origin/,
    )
    expect(() => siteUrl({ JOL_ENV: 'production', JOL_SITE_URL: ' ' })).toThrow(/JOL_SITE_URL/)
    expect(() => readSiteConfig({ JOL_ENV: 'production' }, siteDir)).toThrow(/JOL_SITE_URL is not set/)
    expect(readSiteConfig({}, siteDir).siteUrl).toBe(localSiteUrl)
  })

  it('the CMS starts the build the deployment names, never a path of its own', () => {
    expect(siteBuildCommand({}).args).toEqual([
      '--import',
      'tsx',
      path.join(repoRoot, 'scripts', 'build', 'run.ts'),
    ])
    expect(siteBuildCommand({ JOL_SITE_BUILD_ENTRY: '/opt/jol/build.ts' }).args.at(-1)).toBe(
      '/opt/jol/build.ts',
    )
  })
})

describe('a production build without JOL_SITE_URL', () => {
  it('refuses to run, saying so, and publishes nothing', async () => {
    const link = path.join(dir, 'live')
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      JOL_SITE_URL: '',
      JOL_SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    }
    const result = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'scripts', 'build', 'run.ts'),
        '--snapshot',
        path.join(dir, 'none'),
        '--out',
        link,
      ],
      {
        cwd: path.join(repoRoot, 'scripts'),
        env,
      },
    )
    expect(result.code, result.output).toBe(1)
    expect(result.output).toMatch(
      /build failed at the settings step: JOL_SITE_URL is not set: a production build needs the public origin/,
    )
    await expect(fs.lstat(link)).rejects.toThrow()
  })
})

describe('an Astro build the scripts start outside production', () => {
  it("builds on the local origin without JOL_SITE_URL: Astro's own NODE_ENV=production does not count", async () => {
    const snapshot = path.join(dir, 'development-snapshot')
    await writeFixtureSnapshot(snapshot)
    await fs.mkdir(testBuildsDir, { recursive: true })
    const outDir = await fs.mkdtemp(path.join(testBuildsDir, 'development-'))
    try {
      const result = await runAstroBuild(
        { JOL_SNAPSHOT_DIR: snapshot, JOL_SITE_OUT_DIR: outDir, JOL_SITE_URL: '', NO_COLOR: '1' },
        () => {},
      )
      expect(result.code, result.output).toBe(0)
      expect(await fs.readFile(path.join(outDir, 'en', 'index.html'), 'utf8')).toContain(
        `<link rel="canonical" href="${localSiteUrl}/en/"`,
      )
    } finally {
      await fs.rm(outDir, { recursive: true, force: true })
    }
  })
})
