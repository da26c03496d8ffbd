/**
 * Next's instrumentation hook: runs once when the server starts, in each runtime. Only the Node.js
 * runtime has anything to do (`serverStart.ts`). The test is written as `process.env.NEXT_RUNTIME`
 * on purpose: Next replaces it when it bundles this file for the Edge runtime, so that bundle leaves
 * the Node-only start-up out instead of warning about every Node API it uses.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./serverStart')).startServer(process.env)
}
