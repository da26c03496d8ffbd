import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { keptOpenProgram, type KeptOpenProgram } from '@jol/cms/publishing/keptOpenProgram'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { waitFor } from '../support/wait'

/**
 * The CMS's kept-open programs (the site's build, the preview), with a small program speaking the
 * same protocol: started once and asked again, replaced after a crash, a failure or a hang, and
 * answered by its exit code when it exits instead of answering.
 */

let dir: string
/** Answers `{ do }`: 'answer' (two lines, then ok), 'fail', 'crash' or 'hang'. */
let double: string
/** A one-shot program that does not speak the protocol: prints, then exits with `ONE_SHOT_CODE`. */
let oneShot: string
const programs: KeptOpenProgram[] = []
const generous = 300_000

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-kept-open-'))
  double = path.join(dir, 'double.mjs')
  await fs.writeFile(
    double,
    `let served = 0
process.on('message', (m) => {
  served++
  if (m.do === 'crash') { console.error('the program crashed: out of memory'); process.exit(3) }
  if (m.do === 'hang') return
  if (m.do === 'fail') return process.send({ requestId: m.requestId, ok: false, message: 'it broke' })
  process.send({ requestId: m.requestId, line: 'first' })
  process.send({ requestId: m.requestId, line: 'second' })
  process.send({ requestId: m.requestId, ok: true, served, pid: process.pid })
})
process.on('disconnect', () => process.exit(0))
process.send({ ready: true })
`,
  )
  oneShot = path.join(dir, 'one-shot.mjs')
  await fs.writeFile(
    oneShot,
    "console.log('build failed at the site step: the disk is full'); process.exit(Number(process.env.ONE_SHOT_CODE))\n",
  )
})
afterAll(async () => {
  for (const program of programs) program.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

let names = 0
function program(entry: () => string, env: () => NodeJS.ProcessEnv = () => process.env): KeptOpenProgram {
  const started = keptOpenProgram(`test program ${++names}`, () => ({
    command: process.execPath,
    args: [entry()],
    cwd: dir,
    env: env(),
  }))
  programs.push(started)
  return started
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('a kept-open program', () => {
  it('is started once and answers request after request, its lines in order', async () => {
    const answering = program(() => double)
    const lines: string[] = []
    const first = await answering.request(
      { do: 'answer' },
      { onLine: (line) => lines.push(line), timeoutMs: generous },
    )
    const second = await answering.request({ do: 'answer' }, { timeoutMs: generous })
    expect(first.answer).toMatchObject({ ok: true, served: 1 })
    expect(second.answer).toMatchObject({ ok: true, served: 2, pid: first.answer.pid })
    expect(answering.pid()).toBe(first.answer.pid)
    expect(lines).toEqual(['first', 'second'])
    expect(first.output).toBe('first\nsecond\n')
    // The same name gives the same program (a module evaluated twice does not start a second one).
    expect(
      keptOpenProgram(`test program ${names}`, () => ({
        command: 'never',
        args: [],
        cwd: dir,
        env: process.env,
      })),
    ).toBe(answering)
  })

  it('warmed, is started before it is asked, and answers the next request', async () => {
    const warmed = program(() => double)
    warmed.warm()
    const pid = warmed.pid()
    expect(pid).toBeDefined()
    const reply = await warmed.request({ do: 'answer' }, { timeoutMs: generous })
    expect(reply.answer).toMatchObject({ ok: true, served: 1, pid })
    // Already running: warming again starts nothing.
    warmed.warm()
    expect(warmed.pid()).toBe(pid)
  })

  it('after a crash, answers with what it printed, and the next request starts a fresh one', async () => {
    const crashing = program(() => double)
    const before = await crashing.request({ do: 'answer' }, { timeoutMs: generous })
    const crashed = await crashing.request({ do: 'crash' }, { timeoutMs: generous })
    expect(crashed.answer.ok).toBe(false)
    expect(crashed.exitCode).toBe(3)
    expect(crashed.output).toContain('the program crashed: out of memory')
    const after = await crashing.request({ do: 'answer' }, { timeoutMs: generous })
    expect(after.answer).toMatchObject({ ok: true, served: 1 })
    expect(after.answer.pid).not.toBe(before.answer.pid)
  })

  it('after a failed answer, is stopped: the next request starts a fresh one', async () => {
    const failing = program(() => double)
    const before = await failing.request({ do: 'answer' }, { timeoutMs: generous })
    const failed = await failing.request({ do: 'fail' }, { timeoutMs: generous })
    expect(failed.answer).toMatchObject({ ok: false, message: 'it broke' })
    expect(failing.pid()).toBeUndefined()
    await waitFor('the failed program to be gone', async () => !alive(before.answer.pid as number))
    const after = await failing.request({ do: 'answer' }, { timeoutMs: generous })
    expect(after.answer).toMatchObject({ ok: true, served: 1 })
  })

  it('when hung, is stopped after the time limit, and the next request is answered by a fresh one', async () => {
    const hanging = program(() => double)
    const answered = await hanging.request({ do: 'answer' }, { timeoutMs: generous })
    const hung = await hanging.request({ do: 'hang' }, { timeoutMs: 500 })
    expect(hung.answer.ok).toBe(false)
    expect(hung.answer.message).toMatch(/did not answer within .* and was stopped/)
    await waitFor('the hung program to be gone', async () => !alive(answered.answer.pid as number))
    const after = await hanging.request({ do: 'answer' }, { timeoutMs: generous })
    expect(after.answer).toMatchObject({ ok: true, served: 1 })
    expect(after.answer.pid).not.toBe(answered.answer.pid)
  })

  it('started with another command (a test double, new settings), replaces the running one', async () => {
    let entry = double
    const switching = program(() => entry)
    const before = await switching.request({ do: 'answer' }, { timeoutMs: generous })
    entry = oneShot
    const oneShotReply = await switching.request({}, { timeoutMs: generous })
    expect(oneShotReply.exitCode).not.toBe(0)
    await waitFor('the replaced program to be gone', async () => !alive(before.answer.pid as number))
  })

  it('when it exits instead of answering (a one-shot program), is answered by its exit code and output', async () => {
    let code = '1'
    const once = program(
      () => oneShot,
      () => ({ ...process.env, ONE_SHOT_CODE: code }),
    )
    const failed = await once.request({}, { timeoutMs: generous })
    expect(failed).toMatchObject({ answer: { ok: false }, exitCode: 1 })
    expect(failed.output).toContain('build failed at the site step: the disk is full')
    code = '0'
    const succeeded = await once.request({}, { timeoutMs: generous })
    expect(succeeded).toMatchObject({ answer: { ok: true }, exitCode: 0 })
  })

  it('that cannot start is a failed answer, not a crash of the CMS', async () => {
    const missing = keptOpenProgram(`test program ${++names}`, () => ({
      command: path.join(dir, 'no-such-program'),
      args: [],
      cwd: dir,
      env: process.env,
    }))
    programs.push(missing)
    const reply = await missing.request({}, { timeoutMs: generous })
    expect(reply.answer.ok).toBe(false)
    expect(reply.answer.message).toMatch(/could not start/)
  })
})
