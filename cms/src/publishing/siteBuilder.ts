import { spawn } from 'node:child_process'
import { liveSiteLink, siteBuildCommand } from '@jol/content-schemas/deployment'

import { siteProcessEnv } from './childEnv'

export interface SiteBuildResult {
  ok: boolean
  /** One line on success; on failure, what went wrong (the first lines the build printed about it). */
  message: string
  durationMs: number
  output: string
  /** Every part the build left out of the site and why (`collection/slug/locale/field: reason`). */
  leftOut: string[]
}

/**
 * What a build's output says it left out: the export's `left out: …` lines, and the documents the
 * site could not make (`[jol:print] not built <path>: <reason>`).
 */
export function leftOutOf(output: string): string[] {
  const found: string[] = []
  for (const line of output.split('\n')) {
    const exported = /(?:^|\s)left out: (.+)$/.exec(line)
    if (exported) found.push(exported[1]!.trim())
    const document = /\[jol:print\] not built (\S+): (.+)$/.exec(line)
    if (document) found.push(`${document[2]!.trim()} (${document[1]} is not built)`)
  }
  return [...new Set(found)]
}

const maxMessageLines = 30

/** The part of a failed build's output worth showing an editor: from `build failed…` on. */
function failureMessage(output: string, code: number | null): string {
  const lines = output.split('\n').map((line) => line.trimEnd())
  const start = lines.findIndex((line) => line.startsWith('build failed'))
  const relevant = (
    start >= 0 ? lines.slice(start) : lines.filter((line) => line.trim() !== '').slice(-maxMessageLines)
  ).filter((line) => line.trim() !== '')
  const text = relevant.slice(0, maxMessageLines).join('\n')
  return text || `The build stopped with exit code ${code} and printed nothing.`
}

/**
 * Runs `pnpm build` (export → Astro, with its PDFs and ZIPs → swap in) as a child process: its
 * memory and crashes are its own and the CMS keeps answering requests meanwhile. The build script
 * publishes only when everything succeeded, so a failure leaves the live site as it was.
 */
export function runSiteBuild(log: (line: string) => void = () => {}): Promise<SiteBuildResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    // The build is the deployment's (see `siteBuildCommand`): the CMS never reaches into scripts/.
    const build = siteBuildCommand()
    const child = spawn(build.command, [...build.args, '--out', liveSiteLink()], {
      cwd: build.cwd,
      env: siteProcessEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const collect = (chunk: Buffer) => {
      const text = chunk.toString()
      output += text
      for (const line of text.split('\n')) if (line.trim() !== '') log(line)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let settled = false
    const finish = (code: number | null, spawnError?: Error) => {
      if (settled) return
      settled = true
      const durationMs = Math.round(performance.now() - started)
      if (spawnError) {
        resolve({
          ok: false,
          message: `The build could not start: ${spawnError.message}`,
          durationMs,
          output,
          leftOut: [],
        })
        return
      }
      const ok = code === 0
      const summary =
        output.split('\n').find((line) => line.startsWith('build: site published')) ?? 'build: site published'
      resolve({
        ok,
        message: ok ? summary : failureMessage(output, code),
        durationMs,
        output,
        leftOut: leftOutOf(output),
      })
    }
    child.on('error', (error) => finish(null, error))
    child.on('close', (code) => finish(code))
  })
}
