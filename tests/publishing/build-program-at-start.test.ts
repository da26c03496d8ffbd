import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { register } from '@jol/cms/instrumentation'
import { startServer } from '@jol/cms/serverStart'
import { siteBuildProgramPid, stopSiteBuildProgram } from '@jol/cms/publishing/siteBuilder'

import { waitFor } from '../support/wait'

/**
 * The CMS server's start-up hook starts the site's build program when the deployment asks for it, so
 * the first publish after a restart does not wait for Node, tsx and the CMS configuration to load.
 * A stand-in program (JOL_SITE_BUILD_ENTRY) that only stays open is enough to see it started.
 */

let dir: string
const saved = { ...process.env }

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-build-program-at-start-'))
  const program = path.join(dir, 'serve.mjs')
  // Stays open while its parent does, as the real one does (it serves builds over IPC).
  await fs.writeFile(
    program,
    "process.on('disconnect', () => process.exit(0)); setInterval(() => {}, 60_000)\n",
  )
  process.env.JOL_SITE_BUILD_ENTRY = program
})

afterEach(async () => {
  stopSiteBuildProgram()
  await waitFor('the build program to stop', async () => siteBuildProgramPid() === undefined)
})

afterAll(async () => {
  process.env = saved
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the CMS server starting', () => {
  it('starts the build program when JOL_BUILD_PROGRAM_AT_START is true', async () => {
    await startServer({ ...process.env, JOL_BUILD_PROGRAM_AT_START: 'true' })
    const pid = await waitFor('the build program to start', async () => siteBuildProgramPid())
    // A process of its own, running.
    expect(pid).not.toBe(process.pid)
    expect(() => process.kill(pid, 0)).not.toThrow()
  })

  it('leaves it to the first change when not asked, and in the edge runtime', async () => {
    await startServer({ ...process.env, JOL_BUILD_PROGRAM_AT_START: 'false' })
    process.env.JOL_BUILD_PROGRAM_AT_START = 'true'
    process.env.NEXT_RUNTIME = 'edge'
    await register()
    expect(siteBuildProgramPid()).toBeUndefined()
  })

  it('starts it from Next’s hook in the Node.js runtime', async () => {
    process.env.JOL_BUILD_PROGRAM_AT_START = 'true'
    process.env.NEXT_RUNTIME = 'nodejs'
    await register()
    expect(await waitFor('the build program to start', async () => siteBuildProgramPid())).not.toBe(
      process.pid,
    )
  })
})
