// @ts-check
/**
 * Lets plain Node import the site's TypeScript the way Vite does, so Astro can load
 * `astro.config.mjs` (and the integrations it imports) with Node's own `import()`: when that fails,
 * Astro starts a Vite server only to load the config, about a second of every build.
 *
 * Node already strips the types (the site and the contract are checked with `erasableSyntaxOnly`
 * and `verbatimModuleSyntax`, so there is nothing else to compile); what it cannot do alone is
 * resolve the extensionless relative imports TypeScript's bundler resolution allows
 * (`'../lib/snapshot'`). This hook tries `.ts` and `/index.ts` for those, and touches nothing else.
 * Imported first by `build.mjs`.
 */
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

const RELATIVE = /^\.\.?\//
const HAS_EXTENSION = /\.[cm]?[jt]s$/

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL
    if (
      RELATIVE.test(specifier) &&
      !HAS_EXTENSION.test(specifier) &&
      parent?.startsWith('file:') &&
      parent.endsWith('.ts')
    )
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`])
        if (existsSync(fileURLToPath(new URL(candidate, parent)))) return nextResolve(candidate, context)
    return nextResolve(specifier, context)
  },
})
