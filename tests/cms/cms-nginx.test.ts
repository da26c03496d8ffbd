import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { budgets } from '@jol/cms/security/budgets'
import { cmsServerBlock, nginxRetryAfterSeconds } from '@jol/scripts/serve/cmsNginxConf'
import { standaloneAround } from '@jol/scripts/serve/nginxConf'
import { deployedCmsNginxConf, deployedCmsNginxOptions } from '@jol/scripts/serve/writeNginxConf'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { startNginx, type Nginx } from '../support/nginx'

/**
 * The generated nginx configuration for the CMS, run by real nginx in front of a stand-in CMS that
 * says what it was told: the `limit_req` zones refuse with 429 and Retry-After, reads still pass,
 * and the CMS is told the address nginx saw, whatever the client claimed.
 */

let dir: string
let nginx: Nginx | undefined
let upstream: http.Server
const seen: { path: string; forwardedFor: string | undefined }[] = []

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-cms-nginx-'))
  // nginx's workers must be able to use the temporary folders.
  await fs.chmod(dir, 0o755)
  upstream = http.createServer((request, response) => {
    seen.push({
      path: request.url ?? '',
      forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
    })
    response.setHeader('Content-Type', 'application/json')
    response.end(JSON.stringify({ ok: true }))
  })
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve))
  const { port: upstreamPort } = upstream.address() as AddressInfo
  const prefix = path.join(dir, 'nginx')
  nginx = await startNginx(
    prefix,
    (port) =>
      standaloneAround(
        cmsServerBlock({ listen: `127.0.0.1:${port}`, upstream: `127.0.0.1:${upstreamPort}` }),
        prefix,
      ),
    '/api/users/me',
  )
})

afterAll(async () => {
  nginx?.stop()
  await new Promise((resolve) => upstream?.close(resolve))
  await fs.rm(dir, { recursive: true, force: true })
})

it('ships deploy/nginx/jol-cms.conf as generated from the CMS budgets', async () => {
  expect(await fs.readFile(deployedCmsNginxConf, 'utf8'), 'run `pnpm deploy:nginx`').toBe(
    cmsServerBlock(deployedCmsNginxOptions),
  )
})

const loginAttempt = () =>
  fetch(`${nginx!.base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
    body: JSON.stringify({ email: 'nobody@jol.test', password: 'guess' }),
  })

it('lets a burst of sign-ins through, then answers 429 with Retry-After, while reads still pass', async () => {
  const statuses: number[] = []
  for (let attempt = 0; attempt < budgets.login.limit + 5; attempt++)
    statuses.push((await loginAttempt()).status)
  expect(statuses.slice(0, budgets.login.limit)).toEqual(Array(budgets.login.limit).fill(200))
  expect(statuses.slice(budgets.login.limit)).toEqual(Array(5).fill(429))
  const refused = await loginAttempt()
  expect(refused.status).toBe(429)
  expect(refused.headers.get('retry-after')).toBe(String(nginxRetryAfterSeconds))
  expect((await refused.json()).errors[0].message).toMatch(/Too many requests/)
  // Other doors have budgets of their own: reading goes on.
  const read = await fetch(`${nginx!.base}/api/leaflets?locale=ky`)
  expect(read.status).toBe(200)
})

it('limits writes per address but not reads, and forgot-password on its own budget', async () => {
  const forgot = []
  for (let attempt = 0; attempt <= budgets.passwordReset.limit; attempt++) {
    forgot.push(
      (await fetch(`${nginx!.base}/api/users/forgot-password`, { method: 'POST', body: '{}' })).status,
    )
  }
  expect(forgot.at(-1)).toBe(429)
  expect(forgot.slice(0, budgets.passwordReset.limit)).toEqual(Array(budgets.passwordReset.limit).fill(200))
  const writes = []
  // The bucket refills at 2 a second while the loop runs: a 429 comes within a few more.
  while (writes.length < budgets.write.limit + 5 && writes.at(-1) !== 429) {
    writes.push((await fetch(`${nginx!.base}/api/leaflets`, { method: 'POST', body: '{}' })).status)
  }
  expect(writes.slice(0, budgets.write.limit).every((status) => status === 200)).toBe(true)
  expect(writes.at(-1)).toBe(429)
  // Twenty readers at once (the test nginx has 64 connections), from the same address: all served.
  const reads = await Promise.all(
    Array.from({ length: 20 }, () => fetch(`${nginx!.base}/api/posts`).then((r) => r.status)),
  )
  expect(reads.every((status) => status === 200)).toBe(true)
})

it('tells the CMS the address nginx saw, never the one the client claimed', () => {
  const logins = seen.filter((request) => request.path === '/api/users/login')
  expect(logins.length).toBe(budgets.login.limit)
  for (const request of logins) expect(request.forwardedFor).toBe('127.0.0.1')
})
