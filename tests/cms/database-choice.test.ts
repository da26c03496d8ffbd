import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { databaseKind, mongoHosts, mongoServerSelectionTimeoutMs } from '@jol/cms/database/adapter'
import { describe, expect, it } from 'vitest'

const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function boot(databaseUri: string) {
  const started = Date.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'support/boot-cms.ts'], {
    cwd: testsDir,
    env: { ...process.env, DATABASE_URI: databaseUri, JOL_JOBS_AUTORUN: 'false', JOL_LOG_LEVEL: 'fatal' },
    encoding: 'utf8',
    timeout: 300_000,
  })
  return { ...result, seconds: (Date.now() - started) / 1000 }
}

describe('choosing the database from DATABASE_URI', () => {
  it('uses SQLite for file: URIs and when unset, MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(databaseKind(undefined)).toBe('sqlite')
    expect(databaseKind('file:/tmp/x.db')).toBe('sqlite')
    expect(databaseKind('mongodb://db.example.org:27017/jol')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster0.example.net/jol')).toBe('mongodb')
  })

  it('names MongoDB hosts without credentials', () => {
    expect(
      mongoHosts('mongodb://jol:s3cret@db1.example.org:27017,db2.example.org:27017/jol?replicaSet=rs0'),
    ).toBe('db1.example.org:27017,db2.example.org:27017')
  })

  it('fails within seconds, naming the host, when no MongoDB server answers', () => {
    // Start-up alone, measured now: a busy machine slows both boots alike.
    const startUp = boot('postgres://localhost/jol')
    const result = boot('mongodb://jol:s3cret@127.0.0.1:9/jol')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Could not connect to the MongoDB database at 127.0.0.1:9')
    expect(result.stderr).not.toContain('s3cret')
    // Start-up plus the server-selection timeout, well short of Payload's default of 30 s.
    expect(result.seconds - startUp.seconds).toBeLessThan(mongoServerSelectionTimeoutMs / 1000 + 10)
  })

  it('refuses a DATABASE_URI it does not understand, saying what it accepts', () => {
    const result = boot('postgres://localhost/jol')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/DATABASE_URI must start with "file:".*"mongodb:\/\/"/)
  })
})
