import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * MongoDB is backed up and restored by MongoDB's own tools (`mongodump`, `mongorestore`, from the
 * MongoDB Database Tools), as one gzipped archive. The connection string (it may hold a password)
 * goes to the tools in a private config file, never on the command line where `ps` shows it.
 */

export type MongoTool = 'mongodump' | 'mongorestore'

/** The YAML config file handing the URI to the tool (single-quoted: only `'` needs escaping). */
export const mongoToolConfig = (uri: string): string => `uri: '${uri.replaceAll("'", "''")}'\n`

export function mongodumpArgs(configFile: string, archive: string): string[] {
  return [`--config=${configFile}`, `--archive=${archive}`, '--gzip']
}

/** `--drop` replaces each collection in the backup rather than merging into it. */
export function mongorestoreArgs(configFile: string, archive: string): string[] {
  return [`--config=${configFile}`, `--archive=${archive}`, '--gzip', '--drop']
}

export class MongoToolMissingError extends Error {
  constructor(tool: MongoTool) {
    super(
      `${tool} was not found on the PATH. Backing up or restoring a MongoDB database (DATABASE_URI is mongodb://…) ` +
        `needs the MongoDB Database Tools: install them (https://www.mongodb.com/try/download/database-tools) and run again.`,
    )
    this.name = 'MongoToolMissingError'
  }
}

/** Runs `tool` with `args` built by `argsFor(configFile)`; the config file lives only as long as the tool runs. */
export async function runMongoTool(
  tool: MongoTool,
  uri: string,
  argsFor: (configFile: string) => string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-mongo-'))
  const configFile = path.join(dir, 'config.yaml')
  try {
    await fs.writeFile(configFile, mongoToolConfig(uri), { mode: 0o600 })
    await new Promise<void>((resolve, reject) => {
      const child = spawn(tool, argsFor(configFile), { env, stdio: ['ignore', 'pipe', 'pipe'] })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' ? new MongoToolMissingError(tool) : error),
      )
      child.on('close', (code) => {
        if (code === 0) resolve()
        else
          reject(
            new Error(
              `${tool} failed (exit code ${code}):\n${output.trim().split('\n').slice(-20).join('\n')}`,
            ),
          )
      })
    })
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
