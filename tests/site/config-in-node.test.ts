import { execFile } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { siteDir } from './support'

/**
 * Astro first tries to load `astro.config.mjs` with Node's own `import()`, and only when that fails
 * starts a Vite server to load it: about a second of every build, a publish included. The build
 * script registers `site/ts-imports.mjs` first, so the config and the integrations it imports load
 * in plain Node (which strips their types; the site and the contract are type-checked with
 * `erasableSyntaxOnly` so nothing in them needs compiling).
 */

const config = pathToFileURL(path.join(siteDir, 'astro.config.mjs')).href
const hook = pathToFileURL(path.join(siteDir, 'ts-imports.mjs')).href
// What Astro does first (vite-load.js): a plain import, bypassing Node's module cache.
const loadConfig = `const c = await import(${JSON.stringify(`${config}?t=1`)}); console.log(JSON.stringify(c.default.integrations.map((i) => i.name)))`

async function nodeLoadsConfig(withHook: boolean): Promise<{ ok: boolean; output: string }> {
  const args = [...(withHook ? ['--import', hook] : []), '--input-type=module', '-e', loadConfig]
  return promisify(execFile)(process.execPath, args, {
    cwd: siteDir,
    env: { ...process.env, JOL_ENV: 'development', NODE_OPTIONS: '' },
  }).then(
    ({ stdout }) => ({ ok: true, output: stdout }),
    (error: { stderr?: string }) => ({ ok: false, output: error.stderr ?? String(error) }),
  )
}

describe("the site's Astro config", () => {
  it('loads in plain Node with the build script’s resolve hook, every integration included', async () => {
    const { ok, output } = await nodeLoadsConfig(true)
    expect(ok, output).toBe(true)
    // `jol:sitemap` is `@astrojs/sitemap`, keyed like a page (src/integrations/sitemap.ts).
    expect(JSON.parse(output)).toEqual(
      expect.arrayContaining(['jol:snapshot', 'jol:render-plan', 'jol:sitemap', 'jol:search']),
    )
  })

  it('does not without it: the site imports its modules without extensions', async () => {
    const { ok, output } = await nodeLoadsConfig(false)
    expect(ok).toBe(false)
    expect(output).toContain('ERR_MODULE_NOT_FOUND')
  })

  it('is loaded by the build script with the hook registered before Astro', async () => {
    const { readFile } = await import('node:fs/promises')
    const script = await readFile(path.join(siteDir, 'build.mjs'), 'utf8')
    const hookAt = script.indexOf("import './ts-imports.mjs'")
    expect(hookAt).toBeGreaterThan(-1)
    expect(hookAt).toBeLessThan(script.indexOf("from 'astro'"))
  })
})
