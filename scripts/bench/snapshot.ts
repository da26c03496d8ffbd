/**
 * `pnpm bench:snapshot [--entries 1000] [--photos 300] [--mb 2] [--rounds 3]`: what a snapshot's
 * media library costs each publish. A synthetic snapshot of `entries` entries × 6 locales with
 * `photos` pictures of `mb` MB is written and read as a publish does: the export writes a new
 * version with one leaflet edited, and the site build reads it reusing the read before (what a
 * spare build read ahead). Printed: the first write and read (nothing to take from: every picture
 * written and hashed), then each round's write (pictures linked from the live version) and read
 * (pictures not hashed again). See `withPhotoLibrary` for the pictures.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Snapshot } from '@jol/content-schemas'
import { mediaNotHashedAgain, readSnapshot, writeSnapshot, type SnapshotInput } from '@jol/content-schemas/io'

import { syntheticSnapshot, withPhotoLibrary } from './syntheticSnapshot'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    entries: { type: 'string' },
    photos: { type: 'string' },
    mb: { type: 'string' },
    rounds: { type: 'string' },
  },
})
const entries = Number(values.entries ?? 1000)
const photos = Number(values.photos ?? 300)
const mb = Number(values.mb ?? 2)
const rounds = Number(values.rounds ?? 3)

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await run()
  return [result, performance.now() - started]
}

/** How many of the media files of the version at `target` are also in another version (hard links). */
async function linkedMedia(target: string, input: SnapshotInput): Promise<number> {
  const version = await fs.realpath(target)
  const stats = await Promise.all(input.media.map((m) => fs.stat(path.join(version, m.file))))
  return stats.filter((stat) => stat.nlink > 1).length
}

const ms = (value: number) => `${Math.round(value)} ms`
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-snapshot-'))
try {
  const input = await withPhotoLibrary(await syntheticSnapshot(entries), photos, mb)
  const megabytes = input.media.reduce((sum, m) => sum + m.filesize, 0) / 2 ** 20
  const target = path.join(dir, 'snapshot')
  console.log(
    `bench:snapshot: ${entries} entries × 6 locales, ${input.media.length} media files (${megabytes.toFixed(0)} MB), load ${os.loadavg()[0]!.toFixed(1)}`,
  )
  const [, firstWrite] = await timed(() => writeSnapshot(target, input))
  const [firstSnapshot, firstRead] = await timed(() => readSnapshot(target))
  let read: Snapshot = firstSnapshot
  console.log(
    `bench:snapshot: first version: written in ${ms(firstWrite)}, read in ${ms(firstRead)} (every file written and hashed)`,
  )
  for (let round = 1; round <= rounds; round++) {
    input.leaflets[0]!.translations.en!.title = `Edited, round ${round}`
    const [, write] = await timed(() => writeSnapshot(target, input))
    const linked = await linkedMedia(target, input)
    const [next, readTime] = await timed(() => readSnapshot(target, { reuse: read }))
    read = next
    console.log(
      `bench:snapshot: one leaflet edited, round ${round}: written in ${ms(write)} (${linked} of ${input.media.length} media files linked from the live version), read in ${ms(readTime)} reusing the read before (${mediaNotHashedAgain(read).length} media files not hashed again)`,
    )
  }
} finally {
  await fs.rm(dir, { recursive: true, force: true })
}
