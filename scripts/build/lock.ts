import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

/**
 * One build at a time per site link and per snapshot folder: a manual `./jol build` while the CMS
 * rebuilds would otherwise export into the same snapshot and publish over the same link.
 *
 * The lock is a file created with O_EXCL (the kernel lets exactly one process create it) holding
 * the holder's pid and start time. A second build waits for it rather than giving up: the CMS's
 * rebuild carries changes an editor is waiting to see published, and a build takes minutes at most,
 * so waiting (with a generous ceiling) publishes everything in order where refusing would drop one.
 * A lock whose pid is gone (a build killed with -9) is stale and taken over.
 */

export interface LockHolder {
  pid: number
  startedAt: string
  /** What holds it, for the message of whoever waits. */
  purpose: string
}

export interface LockOptions {
  /** How long to wait for another build before giving up (default 30 minutes, JOL_BUILD_LOCK_WAIT_MS). */
  waitMs?: number
  log?: (line: string) => void
  purpose?: string
}

export class LockTimeoutError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
    waitedMs: number,
  ) {
    super(
      `another build (${describeHolder(holder)}) still holds ${lockFile} after ${Math.round(waitedMs / 1000)} s; ` +
        'giving up. If no build is running, delete that file.',
    )
    this.name = 'LockTimeoutError'
  }
}

const pollMs = 200
const defaultWaitMs = 30 * 60 * 1000

function configuredWaitMs(): number {
  const value = Number(process.env.JOL_BUILD_LOCK_WAIT_MS)
  return Number.isFinite(value) && value > 0 ? value : defaultWaitMs
}

const describeHolder = (holder: LockHolder | undefined) =>
  holder ? `pid ${holder.pid}, ${holder.purpose}, started ${holder.startedAt}` : 'unknown holder'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const holder = JSON.parse(await fsp.readFile(file, 'utf8')) as Partial<LockHolder>
    return typeof holder.pid === 'number' ? (holder as LockHolder) : undefined
  } catch {
    return undefined
  }
}

async function tryCreate(file: string, holder: LockHolder): Promise<boolean> {
  try {
    await fsp.writeFile(file, `${JSON.stringify(holder)}\n`, { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}

/**
 * Removes `file` if it is still the stale lock `seen`. Only one process at a time breaks a lock (an
 * O_EXCL breaker file), so two waiters that both saw it stale cannot delete a fresh lock between them.
 */
async function breakStaleLock(file: string, seen: string): Promise<void> {
  const breaker = `${file}.breaking`
  const stat = await fsp.stat(breaker).catch(() => undefined)
  // A breaker lives for microseconds; an old one was left by a process that died while breaking.
  if (stat && Date.now() - stat.mtimeMs > 10_000) await fsp.rm(breaker, { force: true })
  if (
    !(await tryCreate(breaker, {
      pid: process.pid,
      startedAt: new Date().toISOString(),
      purpose: 'breaking',
    }))
  )
    return
  try {
    const now = await fsp.readFile(file, 'utf8').catch(() => undefined)
    if (now === seen) await fsp.rm(file, { force: true })
  } finally {
    await fsp.rm(breaker, { force: true })
  }
}

/** Takes the lock at `file`, waiting for its holder if needed; resolves to the function that releases it. */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const waitMs = options.waitMs ?? configuredWaitMs()
  const mine: LockHolder = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    purpose: options.purpose ?? 'build',
  }
  await fsp.mkdir(path.dirname(file), { recursive: true })
  const started = Date.now()
  let announced = false
  for (;;) {
    if (await tryCreate(file, mine)) break
    const seen = await fsp.readFile(file, 'utf8').catch(() => undefined)
    const holder = await readHolder(file)
    if (seen !== undefined && holder && !isAlive(holder.pid)) {
      options.log?.(`build lock ${file}: its holder (${describeHolder(holder)}) is gone; taking it over`)
      await breakStaleLock(file, seen)
      continue
    }
    if (Date.now() - started > waitMs) throw new LockTimeoutError(file, holder, Date.now() - started)
    if (!announced && holder) {
      announced = true
      options.log?.(
        `another build (${describeHolder(holder)}) is running; waiting (at most ${Math.round(waitMs / 60_000)} min)`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }

  const content = `${JSON.stringify(mine)}\n`
  // If the process ends without releasing (Ctrl-C, an uncaught error), the lock goes with it.
  const onExit = () => {
    try {
      if (fs.readFileSync(file, 'utf8') === content) fs.rmSync(file, { force: true })
    } catch {
      // already gone
    }
  }
  process.once('exit', onExit)
  return async () => {
    process.removeListener('exit', onExit)
    onExit()
  }
}

/** Takes every lock in `files` (in one order, so two builds cannot each hold one and wait for the other). */
export async function withLocks<T>(
  files: string[],
  options: LockOptions,
  work: () => Promise<T>,
): Promise<T> {
  const releases: (() => Promise<void>)[] = []
  try {
    for (const file of [...new Set(files)].sort()) releases.push(await acquireLock(file, options))
    return await work()
  } finally {
    for (const release of releases.reverse()) await release()
  }
}
