import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The CMS's admin components (.tsx) are rendered on the server by some tests; its tsconfig leaves
  // JSX to Next.js (`preserve`), so the tests compile it themselves.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // Each file boots its own CMS on its own database: keep files apart, two at a time (2 cores).
    pool: 'forks',
    maxWorkers: 2,
    // Ceilings, not budgets: many tests build the site or boot a CMS, which takes minutes when the
    // machine is busy. A slow machine must make a test slow, not red; a hang still ends.
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // `expect.poll` waits on a condition: with a ceiling this generous, not Vitest's one second.
    expect: { poll: { timeout: 300_000, interval: 250 } },
  },
})
