import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { cmsRoot } from './paths'

/**
 * Payload signs sessions with this secret. A production server must be given one
 * (`PAYLOAD_SECRET`) and refuses to start without it. Elsewhere (the demo, tests) a random secret is
 * made once per checkout and kept in a git-ignored file (`cms/.payload-secret`, or
 * `JOL_SECRET_FILE`): never a constant that anyone who has read the code could sign sessions with.
 */
export const localSecretFile = (env: Readonly<Record<string, string | undefined>> = process.env): string =>
  env.JOL_SECRET_FILE || path.join(cmsRoot, '.payload-secret')

export function payloadSecret(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set: a production CMS needs a long random secret (e.g. `openssl rand -hex 32`).',
    )
  }
  return checkoutSecret(localSecretFile(env))
}

/** Reads the checkout's secret, making it the first time; several processes may race to make it. */
function checkoutSecret(file: string): string {
  const existing = readSecret(file)
  if (existing) return existing
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  fs.writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 })
  try {
    // A hard link appears whole or not at all, and fails if another process made the file first.
    fs.linkSync(draft, file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    fs.rmSync(draft, { force: true })
  }
  const secret = readSecret(file)
  if (!secret) throw new Error(`${file} is empty: delete it and start again to make a new secret`)
  return secret
}

function readSecret(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
