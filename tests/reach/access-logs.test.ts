import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ReachCounter } from '@jol/scripts/reach/countReach'
import { nothingRead } from '@jol/scripts/reach/highWaterMark'
import { readLogLines } from '@jol/scripts/reach/readLog'
import { standaloneConfig } from '@jol/scripts/serve/nginxConf'
import { startSiteServer } from '@jol/scripts/serve/staticServer'
import { deployedNginxConf } from '@jol/scripts/serve/writeNginxConf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../support/processes'

/**
 * The two servers Jol ships write `combined` access logs the reach import reads: the demo's static
 * server (to logs/site-access.log) and nginx with the generated configuration.
 */

const reader =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-access-'))
  await fs.chmod(dir, 0o755)
  await fs.mkdir(path.join(dir, 'site', 'ky', 'leaflets', 'work-permit'), { recursive: true })
  await fs.writeFile(
    path.join(dir, 'site', 'ky', 'leaflets', 'work-permit', 'index.html'),
    '<!doctype html><title>x</title>',
  )
})
afterAll(async () => fs.rm(dir, { recursive: true, force: true }))

async function countsOf(file: string) {
  const counter = new ReachCounter(nothingRead)
  await readLogLines(file, (line) => counter.add(line))
  return counter.results().map(({ day: _day, ...rest }) => rest)
}

const expected = [
  { entryCollection: 'leaflets', slug: 'work-permit', locale: 'ky', kind: 'page', source: 'print', views: 1 },
]
const visit = (base: string) =>
  fetch(`${base}/ky/leaflets/work-permit/?src=print`, { headers: { 'User-Agent': reader } }).then((r) =>
    r.text(),
  )

describe('access logs', () => {
  it('the demo static server writes one combined line per request, with the address cut short', async () => {
    const log = path.join(dir, 'logs', 'site-access.log')
    const server = await startSiteServer({
      root: path.join(dir, 'site'),
      port: await freePort(),
      accessLog: log,
    })
    await visit(server.url)
    await server.close()
    expect(await countsOf(log)).toEqual(expected)
    const text = await fs.readFile(log, 'utf8')
    expect(text).toMatch(/^127\.0\.0\.0 - - \[/)
  })

  it('nginx with the generated configuration logs in combined format', async () => {
    const prefix = path.join(dir, 'nginx')
    await fs.mkdir(prefix, { recursive: true })
    const port = await freePort()
    const log = path.join(prefix, 'access.log')
    const conf = path.join(prefix, 'nginx.conf')
    await fs.writeFile(
      conf,
      standaloneConfig({
        root: path.join(dir, 'site'),
        listen: `127.0.0.1:${port}`,
        tempDir: prefix,
        accessLog: log,
      }),
    )
    const globals = `daemon off; pid ${prefix}/nginx.pid; error_log stderr;${process.getuid?.() === 0 ? ' user root;' : ''}`
    const child = spawn('/usr/sbin/nginx', ['-p', prefix, '-e', 'stderr', '-c', conf, '-g', globals], {
      stdio: 'ignore',
    })
    try {
      const base = `http://127.0.0.1:${port}`
      const deadline = Date.now() + 30_000
      while (
        !(await fetch(`${base}/ky/leaflets/work-permit/`, { method: 'HEAD' }).then(
          () => true,
          () => false,
        ))
      ) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error('nginx did not start')
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      await visit(base)
      // nginx writes the line when the response is done: wait for it.
      while (!(await fs.readFile(log, 'utf8').catch(() => '')).includes('src=print')) {
        if (Date.now() > deadline) throw new Error('nginx wrote no access log line')
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    } finally {
      child.kill('SIGTERM')
    }
    expect(await countsOf(log)).toEqual(expected)
  })

  it('the shipped nginx configuration says where it logs', async () => {
    expect(await fs.readFile(deployedNginxConf, 'utf8')).toContain(
      'access_log /var/log/nginx/jol-access.log combined;',
    )
  })
})
