import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { freePort } from './processes'

export interface Nginx {
  base: string
  child: ChildProcess
  output: () => string
  stop: () => void
}

/**
 * Runs real nginx (the Debian package) in the foreground with a configuration made for a free
 * port, its files under `prefix`; resolves once it answers `probePath`.
 */
export async function startNginx(
  prefix: string,
  configFor: (port: number) => string,
  probePath = '/',
): Promise<Nginx> {
  await fs.mkdir(prefix, { recursive: true })
  const port = await freePort()
  const conf = path.join(prefix, 'nginx.conf')
  await fs.writeFile(conf, configFor(port))
  const child = spawn(
    '/usr/sbin/nginx',
    [
      '-p',
      prefix,
      '-e',
      'stderr',
      '-c',
      conf,
      '-g',
      `daemon off; pid ${prefix}/nginx.pid; error_log stderr;${process.getuid?.() === 0 ? ' user root;' : ''}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const base = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`)
    if (
      await fetch(`${base}${probePath}`).then(
        () => true,
        () => false,
      )
    )
      return { base, child, output: () => output, stop: () => child.kill('SIGTERM') }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  child.kill('SIGTERM')
  throw new Error(`nginx did not start:\n${output}`)
}
