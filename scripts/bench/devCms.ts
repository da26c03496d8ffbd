import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort, isolatedDemoEnv } from '../demo/isolatedEnv'

/**
 * A CMS in `next dev` on a database of its own, for the benchmarks that load its public doors
 * (bench:doors, bench:feedback). A watchdog stops it and the benchmark after `overallMs`, so a hung
 * run ends; `stop` removes its database folder.
 */
export interface BenchCms {
  port: number
  /** What the CMS printed so far, for an error message. */
  output: () => string
  exited: () => boolean
  stop: () => Promise<void>
}

export async function startBenchCms(
  bench: string,
  env: Record<string, string>,
  overallMs = 10 * 60_000,
): Promise<BenchCms> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `jol-${bench}-`))
  const port = await freePort()
  const cms = spawn('pnpm', ['--filter', '@jol/cms', 'dev'], {
    cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..'),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...isolatedDemoEnv(dir, { cms: port, site: await freePort() }),
      JOL_CMS_HOST: '127.0.0.1',
      JOL_LOG_LEVEL: 'fatal',
      JOL_JOBS_AUTORUN: 'false',
      ...env,
    },
  })
  let output = ''
  cms.stdout.on('data', (chunk) => (output += chunk))
  cms.stderr.on('data', (chunk) => (output += chunk))
  const kill = () => {
    if (cms.exitCode === null && cms.pid !== undefined) process.kill(-cms.pid, 'SIGTERM')
  }
  const watchdog = setTimeout(() => {
    console.error(`${bench}: stopped after ${overallMs / 60_000} minutes`)
    kill()
    process.exit(1)
  }, overallMs)
  return {
    port,
    output: () => output,
    exited: () => cms.exitCode !== null,
    stop: async () => {
      clearTimeout(watchdog)
      kill()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}

/** The value below which a share `p` of `values` falls (NaN for none). */
export const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN

export const msText = (value: number) => (Number.isNaN(value) ? '-' : `${value.toFixed(0)} ms`)
