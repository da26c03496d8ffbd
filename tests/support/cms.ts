import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { restClient, type RestClient } from './rest'

export interface TestCms {
  payload: Payload
  config: SanitizedConfig
  rest: RestClient
  /** The temporary folder holding this run's database file and uploads. */
  dir: string
  mediaDir: string
  close: () => Promise<void>
}

/** A MongoDB database of its own per test file when `TEST_MONGODB_URI` is set, else a new SQLite file. */
function testDatabaseUri(dir: string): string {
  const mongo = process.env.TEST_MONGODB_URI
  if (!mongo) return `file:${path.join(dir, 'jol.db')}`
  const url = new URL(mongo)
  url.pathname = `/jol_test_${randomUUID().slice(0, 8)}`
  return url.toString()
}

/**
 * Starts the real CMS configuration on a brand-new temporary database. Vitest runs every test
 * file in a fresh module graph, so each file gets its own configuration and database.
 */
export async function startTestCms(env: Record<string, string> = {}): Promise<TestCms> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-cms-'))
  const mediaDir = path.join(dir, 'media')
  Object.assign(process.env, {
    DATABASE_URI: testDatabaseUri(dir),
    JOL_MEDIA_DIR: mediaDir,
    JOL_JOBS_AUTORUN: 'false',
    JOL_LOG_LEVEL: process.env.JOL_LOG_LEVEL ?? 'fatal',
    ...env,
  })
  const { default: configPromise } = await import('@jol/cms/config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    rest: restClient(config),
    dir,
    mediaDir,
    close: async () => {
      if (payload.db.name === 'mongoose') {
        await (
          payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
        ).connection.dropDatabase()
      }
      await payload.destroy()
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
