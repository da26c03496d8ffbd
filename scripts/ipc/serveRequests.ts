/**
 * The program's end of a program the CMS keeps open (cms/src/publishing/keptOpenProgram.ts): opens
 * what is slow to open once (the CMS configuration, the database), says `{ ready: true }`, then
 * answers IPC requests `{ requestId, ... }` one at a time with `{ requestId, line }` for each line
 * printed for the request and `{ requestId, ok, message?, ... }` at the end. It exits when the CMS
 * goes away, or after `idleExitMs` without a request.
 */

export type Answer = { ok: boolean; message?: string } & Record<string, unknown>

export interface ServeOptions<Resource> {
  /** What a failure is called in the program's output (`preview failed: …`). */
  name: string
  open: () => Promise<Resource>
  /** Answers one request; a throw is answered `ok: false` with its message. */
  handle: (
    resource: Resource,
    request: Record<string, unknown>,
    log: (line: string) => void,
  ) => Promise<Answer>
  close: (resource: Resource) => Promise<void>
  /** Exit after this long without a request (none: stay while the CMS runs). */
  idleExitMs?: number
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export async function serveRequests<Resource>(options: ServeOptions<Resource>): Promise<void> {
  const send = process.send?.bind(process)
  if (!send) throw new Error(`${options.name}: --serve is for the CMS, which talks to it over IPC`)
  const resource = await options.open()
  let idle: NodeJS.Timeout | undefined
  const stop = async () => {
    await options.close(resource).catch(() => undefined)
    // Started as the leader of its own process group: whatever it started (an Astro build) goes too.
    try {
      process.kill(-process.pid, 'SIGKILL')
    } catch {
      process.exit(0)
    }
  }
  const waitIdle = () => {
    clearTimeout(idle)
    if (options.idleExitMs !== undefined) idle = setTimeout(() => void stop(), options.idleExitMs)
  }
  // The CMS stopped (or restarted): nothing will ask again.
  process.on('disconnect', () => void stop())
  let turn = Promise.resolve()
  process.on('message', (message: Record<string, unknown>) => {
    clearTimeout(idle)
    const requestId = message.requestId
    turn = turn.then(async () => {
      const log = (line: string) => send({ requestId, line })
      try {
        send({ ...(await options.handle(resource, message, log)), requestId })
      } catch (error) {
        console.error(`${options.name} failed: ${messageOf(error)}`)
        send({ requestId, ok: false, message: messageOf(error) })
      }
      waitIdle()
    })
  })
  send({ ready: true })
  waitIdle()
}
