import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { localSecretFile, payloadSecret } from '@jol/cms/secret'
import { sessionCookies } from '@jol/cms/security/sessionCookies'
import { trustedOrigins } from '@jol/cms/security/trustedOrigins'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generousCeilingMs } from '../support/wait'

/**
 * What a CMS does when nobody configured anything: no public secret, the loopback interface only, a
 * cookie and a CSRF list fit for production. (The headers, the Secure cookie, the CSRF refusal and
 * the limits of a running production server: production-start.test.ts.)
 */

const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = path.resolve(testsDir, '..')
let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-defaults-'))
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

describe('the session secret', () => {
  it('is made once per checkout, at random, readable by its owner only', async () => {
    const file = path.join(dir, 'checkout-a', '.payload-secret')
    const first = payloadSecret({ JOL_SECRET_FILE: file })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret({ JOL_SECRET_FILE: file })).toBe(first)
    expect((await fs.stat(file)).mode & 0o077).toBe(0)
    expect(payloadSecret({ JOL_SECRET_FILE: path.join(dir, 'checkout-b', '.payload-secret') })).not.toBe(
      first,
    )
    expect(first).not.toBe('jol-development-secret-not-for-production')
  })

  it('is the same for processes that start together', async () => {
    const file = path.join(dir, 'race', '.payload-secret')
    const script = `import('@jol/cms/secret').then((m) => console.log(m.payloadSecret({ JOL_SECRET_FILE: ${JSON.stringify(file)} })))`
    const runs = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: testsDir })
            let out = ''
            child.stdout.on('data', (chunk) => (out += chunk))
            child.on('close', () => resolve(out.trim()))
          }),
      ),
    )
    expect(new Set(runs).size).toBe(1)
    expect(runs[0]).toBe(payloadSecret({ JOL_SECRET_FILE: file }))
  })

  it('is kept in a file git ignores', () => {
    const checkoutFile = path.relative(repoRoot, localSecretFile({}))
    const result = spawnSync('git', ['check-ignore', '--no-index', checkoutFile], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
    expect(result.status, `${checkoutFile} is not ignored`).toBe(0)
  })

  it('must be given in production: the CMS refuses to start without PAYLOAD_SECRET', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'refuse.db')}`,
      JOL_JOBS_AUTORUN: 'false',
    }
    delete env.PAYLOAD_SECRET
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'support/boot-cms.ts'], {
      cwd: testsDir,
      env,
      encoding: 'utf8',
      // Only a hung CMS is stopped: a busy machine may take minutes to load it.
      timeout: generousCeilingMs,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
    expect(result.stdout).not.toMatch(/ready/)
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'given' })).toBe('given')
  })
})

describe('the CSRF origins (which origins may send the session cookie)', () => {
  it('are the public URLs of the CMS and the site when set', () => {
    expect(
      trustedOrigins({
        JOL_CMS_URL: 'https://cms.example.org/admin',
        JOL_SITE_URL: 'https://jol.example.org/',
      }),
    ).toEqual(['https://cms.example.org', 'https://jol.example.org'])
  })

  it('are never empty: without JOL_CMS_URL, the local origins of the CMS on its port', () => {
    for (const env of [{}, { NODE_ENV: 'production' }, { JOL_SITE_URL: 'https://jol.example.org' }]) {
      expect(trustedOrigins(env).length).toBeGreaterThan(0)
    }
    expect(trustedOrigins({ PORT: '4000' })).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
      'http://[::1]:4000',
    ])
    expect(trustedOrigins({ JOL_CMS_HOST: '10.0.0.5' })).toContain('http://10.0.0.5:3000')
  })

  it('refuse a misspelt URL, naming the variable', () => {
    expect(() => trustedOrigins({ JOL_CMS_URL: 'cms.example.org' })).toThrow(/JOL_CMS_URL is not a URL/)
  })
})

it('marks the session cookie Secure in production only, SameSite=Lax always', () => {
  expect(sessionCookies({ NODE_ENV: 'production' })).toEqual({ secure: true, sameSite: 'Lax' })
  expect(sessionCookies({ NODE_ENV: 'development' })).toEqual({ secure: false, sameSite: 'Lax' })
})

it('listens on 127.0.0.1 unless JOL_CMS_HOST says otherwise (`./jol cms`, `./jol demo`, `./jol start:cms`)', async () => {
  const { scripts } = JSON.parse(await fs.readFile(path.join(repoRoot, 'cms', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>
  }
  for (const name of ['dev', 'start']) {
    const command = scripts[name]!
    const host = (env: Record<string, string>) =>
      spawnSync('bash', ['-c', `next() { printf '%s\\n' "$@"; }; ${command}`], {
        env: { ...env, NODE_ENV: 'test', PATH: process.env.PATH ?? '' },
        encoding: 'utf8',
      }).stdout.split('\n')
    const args = host({})
    expect(args[args.indexOf('--hostname') + 1], name).toBe('127.0.0.1')
    const opened = host({ JOL_CMS_HOST: '0.0.0.0' })
    expect(opened[opened.indexOf('--hostname') + 1], name).toBe('0.0.0.0')
  }
})
