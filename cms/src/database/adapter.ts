import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { defaultSqliteFile } from '../paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** How long to look for a MongoDB server before saying so (Payload would otherwise wait 30 s). */
export const mongoServerSelectionTimeoutMs = 4000

export function databaseKind(uri: string | undefined): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/** The host part of a MongoDB URI, without user name or password, for error messages. */
export function mongoHosts(uri: string): string {
  return (
    uri
      .replace(/^mongodb(\+srv)?:\/\//, '')
      .replace(/^[^@/]*@/, '')
      .split(/[/?]/)[0] ?? uri
  )
}

function sqliteUrl(uri: string | undefined): string {
  if (!uri) {
    const file = defaultSqliteFile()
    fs.mkdirSync(path.dirname(file), { recursive: true })
    return `file:${file}`
  }
  if (!uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with "file:" (embedded SQLite), "mongodb://" or "mongodb+srv://"; got "${uri.split(':')[0]}:…".`,
    )
  }
  const file = uri.slice('file:'.length)
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return uri
}

/** MongoDB, failing within seconds and naming the host it tried when no server answers. */
function mongoDatabase(uri: string): DatabaseAdapterObj {
  const base = mongooseAdapter({
    url: uri,
    connectOptions: { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMs },
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args)
      const connect = adapter.connect
      if (connect) {
        adapter.connect = async function connectOrExplain(this: typeof adapter, options) {
          try {
            return await connect.call(this, options)
          } catch (error) {
            const detail = error instanceof Error ? error.message.replace(/^Error: /, '') : String(error)
            throw new Error(
              `Could not connect to the MongoDB database at ${mongoHosts(uri)} (from DATABASE_URI) within ${mongoServerSelectionTimeoutMs / 1000} s. ` +
                `Is the server running and reachable? Unset DATABASE_URI to use the embedded SQLite database. (${detail})`,
              { cause: error },
            )
          }
        }
      }
      return adapter
    },
  }
}

/**
 * SQLite (a file, no server) unless `DATABASE_URI` names a MongoDB server.
 * SQLite's schema comes only from the committed migrations (`push` is off), in every mode, so a
 * brand-new database starts the same way in development, tests and production.
 */
export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') return mongoDatabase(uri as string)
  return sqliteAdapter({
    client: { url: sqliteUrl(uri) },
    // WAL: a reader (`./jol backup`, the build's export) never blocks the CMS's writes, nor they it;
    // the busy timeout covers the moment two writers meet instead of failing the save.
    wal: true,
    busyTimeout: 5000,
    push: false,
    // JOL_MIGRATIONS_DIR lets the drift test write into a scratch copy instead of the source tree.
    migrationDir:
      process.env.JOL_MIGRATIONS_DIR ||
      path.resolve(path.dirname(new URL(import.meta.url).pathname), '../migrations'),
  })
}

/** Brings an SQLite database up to the committed schema; MongoDB needs no migrations. */
export async function migrateEmbeddedDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { migrations } = await import('../migrations')
  // The generated index is typed for SQLite's own arguments; Payload's signature is the generic one.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
