import { spawn, type ChildProcess } from 'node:child_process'

import { generousCeilingMs } from './wait'

export { freePort } from '@jol/scripts/demo/isolatedEnv'

/** Runs a command to completion, keeping its output for the failure message. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

/** Signals a process group; a group already gone (its exit event not yet seen) is not an error. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

export interface Server {
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** Starts a long-running command and waits until `url` answers (any status below 500). */
export async function startServer(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; url: string; timeoutMs?: number },
): Promise<Server> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    signalGroup(child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
    if (child.exitCode === null) signalGroup(child.pid, 'SIGKILL')
  }
  const deadline = Date.now() + (options.timeoutMs ?? generousCeilingMs)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`)
    try {
      const response = await fetch(options.url)
      if (response.status < 500) return { child, output: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`server did not answer ${options.url} in time:\n${output}`)
}
