/**
 * Print cache prune benchmark: the cost the build pays after each publish to read a cache folder of
 * ENTRIES entries (the common case: under the limit, nothing removed), the cost of removing a tenth
 * of them, and of marking one hit used. Entries are 1 KB: the walk costs per file, not per byte.
 *
 *   pnpm bench:prune            (ENTRIES=6000 pnpm bench:prune for a smaller folder)
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { entryFileOf, markUsed } from '../../site/src/print/cache-files'
import { prunePrintCache } from '../../site/src/print/prune'

const ENTRIES = Number(process.env.ENTRIES ?? 50_000)
const ROUNDS = 3
const HOUR = 60 * 60 * 1000

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-prune-'))
const keyOf = (n: number) => n.toString(16).padStart(64, '0').split('').reverse().join('')
try {
  const files: string[] = []
  for (let n = 0; n < ENTRIES; n++) {
    const file = entryFileOf(dir, keyOf(n), 'pdf')
    if (n < 256) await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, Buffer.alloc(1024))
    // Last used between two hours and six weeks ago: all of it may go.
    const usedAt = new Date(Date.now() - (2 + (n % 1000)) * HOUR)
    await fs.utimes(file, usedAt, usedAt)
    files.push(file)
  }
  console.log(
    `load ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}, ${ENTRIES} entries`,
  )
  for (let round = 1; round <= ROUNDS; round++) {
    const started = performance.now()
    await prunePrintCache(dir, { maxBytes: Number.POSITIVE_INFINITY })
    console.log(`under the limit, round ${round}: ${Math.round(performance.now() - started)} ms`)
  }
  // Before the removal below (these stay: just used).
  const hits = files.slice(-5000)
  const marking = performance.now()
  for (const file of hits) await markUsed(file)
  console.log(`marking a hit used: ${(((performance.now() - marking) * 1000) / hits.length).toFixed(1)} µs`)
  const stating = performance.now()
  for (const file of hits) await fs.stat(file)
  console.log(
    `the stat a hit already costs: ${(((performance.now() - stating) * 1000) / hits.length).toFixed(1)} µs`,
  )
  const started = performance.now()
  const report = await prunePrintCache(dir, { maxBytes: ENTRIES * 1024 * 0.9 })
  console.log(
    `a tenth over the limit: ${report.removed.files} removed in ${Math.round(performance.now() - started)} ms`,
  )
} finally {
  await fs.rm(dir, { recursive: true, force: true })
}
