import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import { repoRoot, siteDir } from '@jol/content-schemas/deployment'

/**
 * A spare site build: `site/build.mjs --spare`, started after a build for the next one, with Node up,
 * Astro and the site's dependencies loaded and the print engine's threads started (about a second
 * and a half of every build). A program that builds again and again (the one
 * the CMS keeps open) asks for one; a build takes it if it is alive and was started with the same
 * environment, save what differs from build to build (`PER_BUILD`), and the same code; otherwise
 * the spare is ended and the build starts its own process. A spare builds once, then exits; it exits
 * too when the program that started it goes away.
 */

/** The environment one build gives Astro that the next one changes (see `buildLocked`). */
const PER_BUILD = new Set([
  'JOL_SNAPSHOT_DIR',
  'JOL_SITE_OUT_DIR',
  'JOL_PREVIOUS_PAGES',
  'JOL_PAGES_OUT',
  'JOL_ANNOUNCE_CARRIED',
])

/**
 * What a spare has loaded: Node itself, the build script, the installed dependencies, and the
 * modules it loads ahead, whose code (and state: the snapshot and page record read ahead, the print
 * engine and its threads) the build takes over: Astro's config and what it imports, which is the
 * site's and the contract's source. Folders are taken whole: a file added counts as a change.
 */
const loadedCode = [
  process.execPath,
  path.join(siteDir, 'build.mjs'),
  path.join(siteDir, 'ts-imports.mjs'),
  path.join(siteDir, 'astro.config.mjs'),
  path.join(siteDir, 'src'),
  path.join(repoRoot, 'content-schemas', 'src'),
  path.join(repoRoot, 'pnpm-lock.yaml'),
  path.join(repoRoot, 'node_modules', '.modules.yaml'),
  path.join(siteDir, 'node_modules', 'astro', 'package.json'),
]

/** `file`, or every file under it when it is a folder (a few hundred: a few milliseconds). */
async function filesOf(file: string): Promise<string[]> {
  const entries = await fs.readdir(file, { recursive: true, withFileTypes: true }).catch(() => undefined)
  if (!entries) return [file]
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

async function codeStamp(): Promise<string> {
  const files = (await Promise.all(loadedCode.map(filesOf))).flat()
  const stats = await Promise.all(files.map((file) => fs.stat(file).catch(() => undefined)))
  return JSON.stringify(
    files.map((file, i) => [file, stats[i] ? [stats[i].ino, stats[i].size, stats[i].mtimeMs] : null]),
  )
}

const sameExceptPerBuild = (a: Record<string, string>, b: Record<string, string>): boolean => {
  const names = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...names].every((name) => PER_BUILD.has(name) || a[name] === b[name])
}

interface Spare {
  child: ChildProcess
  env: Record<string, string>
  code: string
  /** Its resident memory once Astro is loaded, undefined if it died first. */
  ready: Promise<number | undefined>
  /** What it did ahead, as it said once ready. */
  ahead: Ahead
}

/** What a spare did while it waited (see `site/build.mjs --spare`). */
interface Ahead {
  /** Whether it read the last build's snapshot ahead (see `readAhead` in the site). */
  readAhead: boolean
  /** How many entries of that snapshot it hashed the own keys of (see `keyEntriesAhead` in the site). */
  keyedAhead: number
  /** Whether it read the page record of the release just made (see `readRecordAhead`). */
  recordAhead: boolean
  /** The site's dependencies it loaded. */
  loaded: string[]
  /** The print engine's threads it started and warmed (see `startPrintEngine` in the site). */
  printThreads: number
}

const nothingAhead: Ahead = {
  readAhead: false,
  keyedAhead: 0,
  recordAhead: false,
  loaded: [],
  printThreads: 0,
}

let spare: Spare | undefined

/** Ends a spare, if any; it was not used. */
export function discardSpare(): void {
  spare?.child.kill('SIGKILL')
  spare = undefined
}

/** Starts a spare for the next build with `env` (the environment of the build just made); its pid. */
export async function startSpare(env: Record<string, string>): Promise<number | undefined> {
  const code = await codeStamp()
  // No wait between ending the one before and keeping this one: two builds ending at once leave one.
  discardSpare()
  const child = spawn(process.execPath, [path.join(siteDir, 'build.mjs'), '--spare'], {
    cwd: siteDir,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  // A spare never keeps this program running.
  child.unref()
  child.channel?.unref()
  const ready = new Promise<number | undefined>((resolve) => {
    child.once('message', (message: Partial<Ahead> & { spareReady?: boolean; rssMb?: number }) => {
      const { spareReady, rssMb, ...ahead } = message
      started.ahead = { ...nothingAhead, ...ahead }
      resolve(spareReady ? rssMb : undefined)
    })
    child.once('exit', () => resolve(undefined))
    child.once('error', () => resolve(undefined))
  })
  // Nothing is expected from a spare before it builds: whatever it prints then is kept for the build.
  child.stdout?.pause()
  child.stderr?.pause()
  const started: Spare = { child, env, code, ready, ahead: nothingAhead }
  spare = started
  child.once('exit', () => {
    if (spare === started) spare = undefined
  })
  return child.pid
}

/**
 * The spare waiting, once Astro is loaded in it: its pid, resident memory, whether it read the
 * last build's snapshot and page record ahead, the dependencies it loaded and how many print threads
 * it started (undefined: no spare).
 */
export async function spareWaiting(): Promise<(Ahead & { pid: number; rssMb: number }) | undefined> {
  const waiting = spare
  const rssMb = await waiting?.ready
  if (waiting?.child.pid === undefined || rssMb === undefined || spare !== waiting) return undefined
  return { ...waiting.ahead, pid: waiting.child.pid, rssMb }
}

/**
 * The spare, now building with `env`, if it can: alive, Astro loaded (within `readyWithinMs`),
 * started with the same environment but for `PER_BUILD` and with the same code. Otherwise it is
 * ended and undefined.
 */
export async function takeSpare(
  env: Record<string, string>,
  /** A spare still loading Astro after this long is stuck: a process of its own is quicker. */
  readyWithinMs = 20_000,
): Promise<{ child: ChildProcess; rssMb: number } | undefined> {
  const taken = spare
  spare = undefined
  if (!taken) return undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const stuck = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), readyWithinMs)
  })
  const [rssMb, code] = await Promise.all([Promise.race([taken.ready, stuck]), codeStamp()])
  clearTimeout(timer)
  const usable =
    rssMb !== undefined && taken.child.connected && code === taken.code && sameExceptPerBuild(taken.env, env)
  if (!usable) {
    taken.child.kill('SIGKILL')
    return undefined
  }
  const sent = await new Promise<boolean>((resolve) =>
    taken.child.send({ build: env }, (error) => resolve(!error)),
  )
  if (!sent) {
    taken.child.kill('SIGKILL')
    return undefined
  }
  return { child: taken.child, rssMb }
}
