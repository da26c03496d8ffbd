/**
 * State shared by every copy of a module in one process. Astro evaluates the config (and the
 * integrations it imports) and the bundled pages as separate module graphs, and a spare build loads
 * some modules ahead with Node: a module-level variable would be one per copy. The store lives on
 * `globalThis` under `Symbol.for('jol.site.<name>')`, made by the first copy that asks for it.
 */
export function processStore<T>(name: string, create: () => T): T {
  const key = Symbol.for(`jol.site.${name}`)
  const globals = globalThis as Record<symbol, unknown>
  if (!(key in globals)) globals[key] = create()
  return globals[key] as T
}
