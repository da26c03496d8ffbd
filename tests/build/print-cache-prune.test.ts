import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BuildError, buildPublicSite } from '@jol/scripts/build/pipeline'
import { prunePrintCacheAfterPublish, pruneLine } from '@jol/scripts/build/printCache'
import { releasesDirOf } from '@jol/scripts/build/releases'

/**
 * The build's prune of the print cache after a publish: one line in its log, never a failed build.
 * (That a real build prunes after publishing is in incremental.test.ts, which builds a site anyway.)
 */

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-print-cache-prune-build-'))
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

describe('the print cache after a publish', () => {
  it('is pruned to JOL_PRINT_CACHE_MAX_MB, which the log says in one line', async () => {
    const cache = path.join(dir, 'cache')
    const key = 'ab'.repeat(32)
    const file = path.join(cache, 'ab', `${key}.zip`)
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, Buffer.alloc(3 * 1024 * 1024))
    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000)
    await fs.utimes(file, dayAgo, dayAgo)
    const lines: string[] = []
    const outcome = await prunePrintCacheAfterPublish(
      { JOL_PRINT_CACHE_DIR: cache, JOL_PRINT_CACHE_MAX_MB: '1' },
      (line) => lines.push(line),
    )
    expect(lines).toEqual(['print cache: 1 file removed (3.0 MB), 0 files kept (0.0 MB; limit 1.0 MB)'])
    expect(outcome).toMatchObject({ report: { removed: { files: 1 } } })
    await expect(fs.stat(file)).rejects.toThrow(/ENOENT/)
  })

  it('says when what was used in the last hour keeps it over the limit, what could not be removed, and no limit', () => {
    const mb = 1024 * 1024
    expect(
      pruneLine(
        {
          removed: { files: 3, bytes: 2 * mb },
          kept: { files: 1, bytes: 1.5 * mb },
          failed: { files: 2, first: '/c/ab/ab….zip: EACCES' },
        },
        mb,
      ),
    ).toBe(
      'print cache: 3 files removed (2.0 MB), 1 file kept (1.5 MB; limit 1.0 MB, over it with what was used in the last hour); 2 files could not be removed, left for the next build (/c/ab/ab….zip: EACCES)',
    )
    expect(
      pruneLine(
        { removed: { files: 0, bytes: 0 }, kept: { files: 7, bytes: 9 * mb }, failed: { files: 0 } },
        Number.POSITIVE_INFINITY,
      ),
    ).toBe('print cache: 0 files removed (0.0 MB), 7 files kept (9.0 MB; no limit)')
  })

  it('does not fail the build when the cache cannot be pruned: a warning says why', async () => {
    const notAFolder = path.join(dir, 'not-a-folder')
    await fs.writeFile(notAFolder, 'in the way')
    const lines: string[] = []
    const outcome = await prunePrintCacheAfterPublish({ JOL_PRINT_CACHE_DIR: notAFolder }, (line) =>
      lines.push(line),
    )
    expect(outcome).toMatchObject({ error: expect.stringMatching(/ENOTDIR/) })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^warning: the print cache could not be pruned \(ENOTDIR.*\); the site is published, the next build tries again$/,
    )
    expect(await fs.readFile(notAFolder, 'utf8')).toBe('in the way')
  })

  it('refuses a build with a limit that is not a number, before anything is built', async () => {
    const link = path.join(dir, 'dist')
    const built = buildPublicSite({
      content: { snapshotDir: path.join(dir, 'no-snapshot') },
      siteLink: link,
      env: { JOL_PRINT_CACHE_MAX_MB: '2GB' },
    })
    await expect(built).rejects.toThrow(BuildError)
    await expect(built).rejects.toMatchObject({
      step: 'settings',
      message: expect.stringMatching(/^JOL_PRINT_CACHE_MAX_MB must be a size in megabytes/),
    })
    await expect(fs.stat(releasesDirOf(link))).rejects.toThrow(/ENOENT/)
  })
})
