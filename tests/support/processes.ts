import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

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

/** Signals a process (a group, given its pid negated); one already gone is not an error. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** Signals a process group; a group already gone (its exit event not yet seen) is not an error. */
export function signalGroup(pid: number, name: NodeJS.Signals): void {
  signal(-pid, name)
}

/** The processes under `pid` (children, theirs, …), read from /proc; Linux only, as the tests are. */
function descendantsOf(pid: number): number[] {
  const parentOf = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // `pid (comm) state ppid …`: comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = []
  const queue = [pid]
  while (queue.length > 0) {
    const parent = queue.shift()!
    for (const [child, itsParent] of parentOf) {
      if (itsParent !== parent) continue
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false
    throw error
  }
}

/** Waits until none of `pids` is left (true), or `ms` have passed (false). */
async function allGone(pids: number[], ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  for (;;) {
    if (!pids.some(alive)) return true
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
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
    if (child.pid === undefined || !alive(child.pid)) return
    // Every process it started, not only the command: a server under it (next-server under pnpm,
    // which may leave the group) still writes its files as it shuts down, and a test removes them next.
    const pids = [child.pid, ...descendantsOf(child.pid)]
    signalGroup(child.pid, 'SIGTERM')
    for (const pid of pids) signal(pid, 'SIGTERM')
    if (!(await allGone(pids, 5000))) {
      signalGroup(child.pid, 'SIGKILL')
      for (const pid of pids) signal(pid, 'SIGKILL')
      // Killed, it writes nothing more; what is left may be a process its parent has not reaped yet.
      await allGone(pids, 10_000)
    }
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
