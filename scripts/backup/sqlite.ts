import { DatabaseSync } from 'node:sqlite'

/**
 * A consistent copy of a live SQLite database: `VACUUM INTO` reads the whole database inside one
 * read transaction, so the copy is the database as of one moment, whatever the CMS writes
 * meanwhile. In WAL mode (the CMS's; see cms/src/database/adapter.ts) that reader never blocks a
 * writer, and the busy timeout covers the instant it takes to start.
 */
export function copySqlite(source: string, destination: string): void {
  const db = new DatabaseSync(source, { timeout: 10_000 })
  try {
    db.prepare('VACUUM INTO ?').run(destination)
  } finally {
    db.close()
  }
}

/** SQLite's own check of a database file; a restore refuses a file that fails it. */
export function sqliteProblems(file: string): string[] {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check).filter((line) => line !== 'ok')
  } finally {
    db.close()
  }
}
