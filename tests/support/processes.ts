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

/** A process as /proc shows it: a pid reused later by another process has another start time. */
interface Proc {
  pid: number
  parent: number
  started: string
}

/** `pid (comm) state ppid … starttime …`: comm may hold spaces and parentheses, so read after the last ')'. */
function procOf(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { pid, parent: Number(fields[1]), started: fields[19]! }
  } catch {
    return undefined
  }
}

/** `pid` and the processes under it (children, theirs, …); Linux only, as the tests are. */
function treeOf(pid: number): Proc[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => procOf(Number(name)))
    .filter((proc) => proc !== undefined)
  const tree = all.filter((proc) => proc.pid === pid)
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((proc) => proc.parent === tree[i]!.pid))
  return tree
}

const stillRunning = (proc: Proc): boolean => procOf(proc.pid)?.started === proc.started

/** Waits until none of `procs` is left (true), or `ms` have passed (false). */
async function allGone(procs: Proc[], ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  for (;;) {
    if (!procs.some(stillRunning)) return true
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Signals each of `procs` that is still the process it was. */
function signalEach(procs: Proc[], name: NodeJS.Signals): void {
  for (const proc of procs) if (stillRunning(proc)) signal(proc.pid, name)
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
    if (child.pid === undefined) return
    // Every process it started, not only the command: a server under it (next-server under pnpm,
    // which may leave the group) still writes its files as it shuts down, and a test removes them next.
    const procs = treeOf(child.pid)
    if (procs.length === 0) return
    signalGroup(child.pid, 'SIGTERM')
    signalEach(procs, 'SIGTERM')
    if (!(await allGone(procs, 5000))) {
      signalGroup(child.pid, 'SIGKILL')
      signalEach(procs, 'SIGKILL')
      // Killed, it writes nothing more; what is left may be a process its parent has not reaped yet.
      await allGone(procs, 10_000)
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
