import { liveSiteLink, siteBuildCommand, siteBuildTimeoutMs } from '@jol/content-schemas/deployment'

import { siteProcessEnv } from './childEnv'
import { keptOpenProgram } from './keptOpenProgram'

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
 * The build program (`siteBuildCommand`, by default scripts/build/run.ts) started once with
 * `--serve` and asked for each build: starting it (Node, tsx, the CMS configuration, the database)
 * would otherwise be most of a small publish. Its memory and crashes are its own, and the Astro
 * build is a child process of its own again (one started ahead, with Astro loaded, see
 * scripts/build/spareBuild.ts); a crashed, failed or hung program is replaced by a fresh one, with
 * whatever it started, at the next build (see `keptOpenProgram`).
 */
const buildProgram = keptOpenProgram('the build program', () => {
  // The build is the deployment's (see `siteBuildCommand`): the CMS never reaches into scripts/.
  const build = siteBuildCommand()
  return {
    ...build,
    args: [...build.args, '--out', liveSiteLink(), '--serve'],
    env: siteProcessEnv(),
  }
})

/** The process id of the kept-open build program, if one runs. */
export const siteBuildProgramPid = (): number | undefined => buildProgram.pid()

/** Starts the build program if none runs: during a rebuild's quiet period, so that it is ready when due. */
export const warmSiteBuildProgram = (): void => buildProgram.warm()

/** Stops the kept-open build program, if one runs (tests; a CMS going away stops it anyway). */
export const stopSiteBuildProgram = (): void => buildProgram.stop()

/**
 * Builds the public site (export → Astro, with its PDFs and ZIPs → swap in) in the build program.
 * The build publishes only when everything succeeded, so a failure leaves the live site as it was.
 */
export async function runSiteBuild(log: (line: string) => void = () => {}): Promise<SiteBuildResult> {
  const started = performance.now()
  const { answer, output, exitCode } = await buildProgram.request(
    {},
    { onLine: log, timeoutMs: siteBuildTimeoutMs() },
  )
  const durationMs = Math.round(performance.now() - started)
  const summary =
    output.split('\n').find((line) => line.startsWith('build: site published')) ?? 'build: site published'
  return {
    ok: answer.ok,
    message: answer.ok
      ? summary
      : // A program that stopped or hung says so itself; a failed build's own lines say why.
        (answer.message ?? failureMessage(output, exitCode ?? null)),
    durationMs,
    output,
    leftOut: leftOutOf(output),
  }
}
