import path from 'node:path'

import type { Snapshot } from '@jol/content-schemas'
import { readSnapshot, unchangedDataFiles } from '@jol/content-schemas/io'

import { processStore } from './process-store'

/**
 * The snapshot, read and validated once per build.
 *
 * Why a cached module rather than a content-layer loader: `readSnapshot` already validates the whole
 * snapshot (every schema, the manifest's hashes and the references between entries) and the
 * snapshot cannot change during a build. A loader would copy it into `.astro/data-store.json`, a
 * second store that can go stale between snapshots and is shared by concurrent builds of one
 * checkout. The cache lives on `globalThis` because Astro evaluates the config (whose integration
 * validates the snapshot when the build starts) and the bundled pages as separate module graphs in
 * one process: both see the same read.
 */

interface SnapshotStore {
  pending: Map<string, Promise<Snapshot>>
  loaded: Map<string, Snapshot>
  /** A snapshot read ahead of the build (see `readAhead`). */
  ahead?: Snapshot | undefined
}

const store = processStore<SnapshotStore>('snapshot', () => ({ pending: new Map(), loaded: new Map() }))

export function loadSnapshot(dir: string): Promise<Snapshot> {
  const resolved = path.resolve(dir)
  let pending = store.pending.get(resolved)
  if (!pending) {
    pending = readSnapshot(resolved, { reuse: store.ahead }).then((snapshot) => {
      store.loaded.set(resolved, snapshot)
      return snapshot
    })
    store.pending.set(resolved, pending)
  }
  return pending
}

/** The snapshot already read by `loadSnapshot`, for synchronous callers that run after it (the sitemap filter). */
export function loadedSnapshot(dir: string): Snapshot {
  const snapshot = store.loaded.get(path.resolve(dir))
  if (!snapshot) throw new Error(`The snapshot in ${dir} has not been read yet`)
  return snapshot
}

/**
 * Reads the snapshot in `dir` ahead of a build, while a spare build waits (`build.mjs`): most often
 * the one the last build used. The build's own read then takes every data file that has not changed
 * since from it, already parsed and checked (`readSnapshot`'s `reuse`): at 1,000 entries, parsing
 * and checking the whole snapshot in a new process is some 0.4 s of every publish. A snapshot that
 * cannot be read is no loss: the build reads everything itself and reports any problem. Returns
 * the snapshot read, if it could be.
 */
export async function readAhead(dir: string): Promise<Snapshot | undefined> {
  store.ahead = await readSnapshot(path.resolve(dir)).catch(() => undefined)
  return store.ahead
}

/** The data files of `snapshot` taken from the one read ahead, for the build's log. */
export function takenFromReadAhead(snapshot: Snapshot): string[] {
  return store.ahead ? unchangedDataFiles(store.ahead.manifest, snapshot.manifest) : []
}
