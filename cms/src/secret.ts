/**
 * Payload signs sessions with this secret. A production server must be given one; a local demo
 * or test run gets a fixed development secret so a fresh clone starts with no setup.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set: a production CMS needs a long random secret (e.g. `openssl rand -hex 32`).')
  }
  return 'jol-development-secret-not-for-production'
}
