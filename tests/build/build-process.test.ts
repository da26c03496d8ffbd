import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runAstroBuild } from '@jol/scripts/build/pipeline'

import { testBuildsDir } from '../site/support'
import { waitFor } from '../support/wait'

/**
 * The site build's own process (`site/build.mjs`, run by `runAstroBuild`): a build is done when it
 * has said so on both its output streams, not when its process has exited, which takes a tenth of a
 * second or more after a site build (its threads stopped, its heap handed back).
 */

let dir: string
beforeAll(async () => {
  // Inside the site's folder, as the benchmark's bare project is: it resolves the same `astro`.
  await fs.mkdir(testBuildsDir, { recursive: true })
  dir = await fs.mkdtemp(path.join(testBuildsDir, 'build-process-'))
})
afterAll(async () => {
  // A build held at its gate by a test that failed first is let go.
  await fs.writeFile(path.join(dir, 'slow-exit', 'gate'), '').catch(() => {})
  await fs.rm(dir, { recursive: true, force: true })
})

/**
 * An Astro project of one page whose build, once done, says a last word on stderr and then cannot
 * exit until `gate` exists: its exit is as slow as the test wants. It writes `exited` on its way out.
 */
async function slowToExitProject(root: string) {
  await fs.mkdir(path.join(root, 'src', 'pages'), { recursive: true })
  await fs.writeFile(
    path.join(root, 'src', 'pages', 'index.astro'),
    '<html lang="en"><head><meta charset="utf-8"><title>One</title></head><body><h1>One</h1></body></html>\n',
  )
  await fs.writeFile(
    path.join(root, 'astro.config.mjs'),
    `import fs from 'node:fs'
const gate = ${JSON.stringify(path.join(root, 'gate'))}
const exited = ${JSON.stringify(path.join(root, 'exited'))}
export default {
  output: 'static',
  integrations: [{
    name: 'slow-exit',
    hooks: {
      'astro:build:done': () => {
        console.error('slow-exit: last words')
        process.on('exit', () => {
          // Waits on the test, within a ceiling that only keeps a broken test from hanging forever.
          const sleeper = new Int32Array(new SharedArrayBuffer(4))
          const deadline = Date.now() + 300_000
          while (!fs.existsSync(gate) && Date.now() < deadline) Atomics.wait(sleeper, 0, 0, 20)
          fs.writeFileSync(exited, '')
        })
      },
    },
  }],
}
`,
  )
}

describe('a site build run in a process of its own', () => {
  it('is done once it said so on both streams, all it said read, while its process is still exiting', async () => {
    const root = path.join(dir, 'slow-exit')
    await slowToExitProject(root)
    const result = await runAstroBuild({ NO_COLOR: '1' }, () => {}, root)
    expect(result.code, result.output).toBe(0)
    // The build's figures (its last line) and what it said on stderr just before are both in.
    expect(result.peakRssMb).toBeGreaterThan(0)
    expect(result.output).toContain('slow-exit: last words')
    expect(await fs.readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toContain('<h1>One</h1>')
    // Its process has not exited: it is held at the gate, which only this test opens.
    await expect(fs.access(path.join(root, 'exited'))).rejects.toThrow()
    await fs.writeFile(path.join(root, 'gate'), '')
    await waitFor('the build process to exit once let through', () =>
      fs.access(path.join(root, 'exited')).then(
        () => true,
        () => false,
      ),
    )
  })

  it('that fails is reported with its exit code and output', async () => {
    const root = path.join(dir, 'broken')
    await fs.mkdir(path.join(root, 'src', 'pages'), { recursive: true })
    await fs.writeFile(path.join(root, 'astro.config.mjs'), "export default { output: 'static' }\n")
    await fs.writeFile(
      path.join(root, 'src', 'pages', 'index.astro'),
      "---\nthrow new Error('this page cannot be built')\n---\n<p>never</p>\n",
    )
    const result = await runAstroBuild({ NO_COLOR: '1' }, () => {}, root)
    expect(result.code).not.toBe(0)
    expect(result.peakRssMb).toBeUndefined()
    expect(result.output).toContain('this page cannot be built')
  })
})
