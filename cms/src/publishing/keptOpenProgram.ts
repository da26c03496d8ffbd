import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'

/**
 * A program of the scripts layer (the site's build, the preview) that the CMS starts once and asks
 * again and again over IPC: opening the CMS configuration and the database is most of a cold run.
 * The other end is `scripts/ipc/serveRequests.ts`. Protocol, one request at a time:
 * - the program says `{ ready: true }` once it has opened what it keeps open;
 * - a request is `{ requestId, ...body }`; the program may send `{ requestId, line }` (what it
 *   prints for that request, in order) and ends with `{ requestId, ok, message?, ... }`.
 * A program that crashed, answered `ok: false`, or did not answer within the request's time limit
 * is stopped, and the next request starts a fresh one: a broken program never blocks the next.
 * A program that exits before answering (a one-shot wrapper named by the deployment) is answered by
 * its exit code.
 */

export interface ProgramCommand {
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
}

export interface ProgramAnswer {
  ok: boolean
  message?: string
  [field: string]: unknown
}

export interface ProgramReply {
  answer: ProgramAnswer
  /** Everything printed for this request: its IPC lines and the program's own output meanwhile. */
  output: string
  /** Set when the program exited (or was stopped) instead of answering. */
  exitCode?: number | null
}

export interface RequestOptions {
  /** Each line printed for the request, as it comes. */
  onLine?: (line: string) => void
  /** How long the program may take (starting included) before it is stopped as hung. */
  timeoutMs: number
}

export interface KeptOpenProgram {
  request(body: Record<string, unknown>, options: RequestOptions): Promise<ProgramReply>
  /** Starts the program if none runs, so that it is ready by the time it is asked. */
  warm(): void
  /** The process id of the running program, if one runs. */
  pid(): number | undefined
  /** Stops the running program, if any (tests; a CMS going away stops it anyway). */
  stop(): void
}

type Message = { ready?: boolean; requestId?: string; line?: string } & Partial<ProgramAnswer>

interface InFlight {
  requestId: string
  output: string
  onLine: (line: string) => void
  settle: (reply: ProgramReply) => void
}

interface Running {
  child: ChildProcess
  /** The command it was started with: another command (a test double, new settings) starts another program. */
  key: string
  ready: Promise<void>
  inFlight?: InFlight
}

/** Kills the program and whatever it started (it leads a process group of its own). */
function kill(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    child.kill('SIGKILL')
  }
}

/**
 * By name, on `globalThis`: a module evaluated again (Next's development reloads, a second module
 * graph) finds the program already running instead of leaving it behind and starting another.
 */
const registryKey = Symbol.for('jol.cms.keptOpenPrograms')
const registry = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map()) as Map<
  string,
  KeptOpenProgram
>

export function keptOpenProgram(name: string, commandOf: () => ProgramCommand): KeptOpenProgram {
  const existing = registry.get(name)
  if (existing) return existing
  const program = newKeptOpenProgram(name, commandOf)
  registry.set(name, program)
  return program
}

function newKeptOpenProgram(name: string, commandOf: () => ProgramCommand): KeptOpenProgram {
  let running: Running | undefined
  // One request at a time: the program answers one at a time, and its output belongs to one request.
  let turn: Promise<unknown> = Promise.resolve()

  const forget = (which: Running) => {
    if (running === which) running = undefined
  }

  function start(command: ProgramCommand, key: string): Running {
    const child = spawn(command.command, command.args, {
      cwd: command.cwd,
      env: command.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Its own process group, so that stopping a hung program also stops the build it started.
      detached: true,
    })
    const started: Running = { child, key, ready: Promise.resolve() }
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
    const printed = (chunk: Buffer) => {
      const request = started.inFlight
      if (!request) return
      const text = chunk.toString()
      request.output += text
      for (const line of lines(text)) request.onLine(line)
    }
    child.stdout?.on('data', printed)
    child.stderr?.on('data', printed)
    started.ready = new Promise<void>((resolve, reject) => {
      child.on('message', (message: Message) => {
        if (message.ready) return resolve()
        const request = started.inFlight
        if (!request || message.requestId !== request.requestId) return
        if (typeof message.line === 'string') {
          request.output += `${message.line}\n`
          request.onLine(message.line)
          return
        }
        if (typeof message.ok !== 'boolean') return
        started.inFlight = undefined
        const { requestId: _id, ...answer } = message
        // A program that failed may hold a broken state: the next request starts a fresh one.
        if (!message.ok) {
          forget(started)
          kill(child)
        }
        request.settle({ answer: answer as ProgramAnswer, output: request.output })
      })
      child.on('error', (error) => {
        forget(started)
        reject(error)
        started.inFlight?.settle({
          answer: { ok: false, message: `${name} could not start: ${error.message}` },
          output: started.inFlight.output,
          exitCode: null,
        })
        started.inFlight = undefined
      })
      // 'close', not 'exit': what it printed last has been read by then, and it says why it stopped.
      child.on('close', (code) => {
        forget(started)
        reject(new Error(`${name} stopped (exit code ${code})`))
        const request = started.inFlight
        started.inFlight = undefined
        request?.settle({ answer: { ok: code === 0 }, output: request.output, exitCode: code })
      })
    })
    // Awaited through each request; an unhandled rejection here would take the CMS down.
    started.ready.catch(() => undefined)
    return started
  }

  /** The running program if it was started with today's command; else a new one. */
  function currentProgram(): Running {
    const command = commandOf()
    const key = JSON.stringify(command)
    if (running && running.key !== key) {
      kill(running.child)
      running = undefined
    }
    return (running ??= start(command, key))
  }

  function once(body: Record<string, unknown>, options: RequestOptions): Promise<ProgramReply> {
    const current = currentProgram()
    return new Promise<ProgramReply>((resolve) => {
      const requestId = randomUUID()
      const request: InFlight = {
        requestId,
        output: '',
        onLine: options.onLine ?? (() => {}),
        settle: (reply) => {
          clearTimeout(timer)
          resolve(reply)
        },
      }
      current.inFlight = request
      const timer = setTimeout(() => {
        if (current.inFlight !== request) return
        current.inFlight = undefined
        forget(current)
        kill(current.child)
        const minutes = Math.round(options.timeoutMs / 6000) / 10
        request.settle({
          answer: { ok: false, message: `${name} did not answer within ${minutes} min and was stopped` },
          output: request.output,
          exitCode: null,
        })
      }, options.timeoutMs)
      current.ready.then(
        () => {
          // A channel closed meanwhile is an exit, which 'close' answers.
          if (current.inFlight === request) current.child.send({ requestId, ...body }, () => undefined)
        },
        // The program stopped before it was ready: its 'close' settles the request.
        () => undefined,
      )
    })
  }

  return {
    request(body, options) {
      const reply = turn.catch(() => undefined).then(() => once(body, options))
      turn = reply
      return reply
    },
    warm() {
      // Not while a request runs: its program is the current one, and another command waits its turn.
      if (!running?.inFlight) currentProgram()
    },
    pid: () => running?.child.pid,
    stop() {
      if (running) kill(running.child)
      running = undefined
    },
  }
}
