import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { entrySchemas, SnapshotValidationError, type Manifest } from '@jol/content-schemas'
import { readSnapshot, unchangedDataFiles, writeSnapshot } from '@jol/content-schemas/io'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildFixtureSnapshot } from '../fixtures/snapshot'

/**
 * Reading a snapshot with one read before (`readSnapshot`'s `reuse`, what a spare site build reads
 * ahead): a data file with the same bytes is taken from the earlier read, not parsed and checked
 * again, and so is each entry of a changed file that is the same as before; everything else is read
 * and checked as without it, and a problem is still found.
 */

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-read-ahead-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** A snapshot written to a folder of its own, as the export writes one per publish. */
async function written(
  name: string,
  change?: (input: Awaited<ReturnType<typeof buildFixtureSnapshot>>) => void,
) {
  const input = await buildFixtureSnapshot()
  change?.(input)
  const target = path.join(dir, name)
  await writeSnapshot(target, input)
  return target
}

/**
 * Changes a data file of a written snapshot as other hands would, manifest included, so only the
 * contract can tell: `change` edits the parsed list in place and returns what the test needs.
 */
async function rewrite<T>(
  snapshot: string,
  file: string,
  change: (entries: Record<string, unknown>[]) => T,
): Promise<T> {
  const entries = JSON.parse(await fs.readFile(path.join(snapshot, file), 'utf8')) as Record<
    string,
    unknown
  >[]
  const result = change(entries)
  const bytes = `${JSON.stringify(entries, null, 2)}\n`
  await fs.writeFile(path.join(snapshot, file), bytes)
  const manifestFile = path.join(snapshot, 'manifest.json')
  const manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as Manifest
  manifest.files[file] = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: Buffer.byteLength(bytes),
  }
  await fs.writeFile(manifestFile, JSON.stringify(manifest))
  return result
}

const editedLeaflet = (input: Awaited<ReturnType<typeof buildFixtureSnapshot>>) => {
  input.leaflets[0]!.translations.en!.title = 'A corrected title'
}

describe('a snapshot read with the one read before', () => {
  it('takes the unchanged files from it and reads the changed one, giving what a read of its own gives', async () => {
    const before = await readSnapshot(await written('before'))
    const afterDir = await written('after', editedLeaflet)

    const after = await readSnapshot(afterDir, { reuse: before })
    const unchanged = unchangedDataFiles(before.manifest, after.manifest)
    expect(unchanged).not.toContain('leaflets')
    expect(unchanged).toEqual(expect.arrayContaining(['posts', 'media', 'globals', 'campaigns']))
    // Taken, not parsed again: the very same objects.
    for (const key of unchanged) expect(after[key]).toBe(before[key])
    expect(after.leaflets).not.toBe(before.leaflets)
    expect(after.leaflets[0]!.translations.en!.title).toBe('A corrected title')
    expect(after).toEqual(await readSnapshot(afterDir))
  })

  it('takes each entry of a changed file that is the same as before from it, and checks only the edited one', async () => {
    const before = await readSnapshot(await written('entries-before'))
    const afterDir = await written('entries-after', editedLeaflet)
    expect(before.leaflets.length).toBeGreaterThan(1)

    const checks = vi.spyOn(entrySchemas.leaflets, 'safeParse')
    try {
      const after = await readSnapshot(afterDir, { reuse: before })
      expect(after.leaflets[0]).not.toBe(before.leaflets[0])
      expect(after.leaflets[0]!.translations.en!.title).toBe('A corrected title')
      after.leaflets.slice(1).forEach((leaflet, i) => expect(leaflet).toBe(before.leaflets[i + 1]))
      expect(checks).toHaveBeenCalledTimes(1)
      expect(after).toEqual(await readSnapshot(afterDir))
    } finally {
      checks.mockRestore()
    }
  })

  it('still refuses an invalid entry in a changed file', async () => {
    const before = await readSnapshot(await written('valid'))
    const badDir = await written('valid-again')
    const [slug] = await rewrite(badDir, 'leaflets.json', (leaflets) => {
      leaflets[0]!.printFormat = 'A7'
      return [leaflets[0]!.slug]
    })

    const error = await readSnapshot(badDir, { reuse: before }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems).toEqual([
      `leaflets/${String(slug)}/*/printFormat: "A7" is not one of: A4, A5`,
    ])
  })

  it('takes nothing from it when a file on disk does not match the manifest, and says which', async () => {
    const before = await readSnapshot(await written('intact'))
    const tornDir = await written('torn')
    // Same manifest hash as the earlier read, other bytes on disk: a torn or edited snapshot.
    await fs.appendFile(path.join(tornDir, 'posts.json'), ' ')
    const error = await readSnapshot(tornDir, { reuse: before }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems).toEqual([
      'snapshot/posts.json/*/(file): does not match the manifest (torn or edited snapshot)',
    ])
  })

  it('finds a reference broken by a changed file into an unchanged one', async () => {
    const before = await readSnapshot(await written('whole'))
    const orphanDir = await written('orphan')
    // The campaign goes; the entries that name it are in files taken from the earlier read.
    const [campaign] = await rewrite(orphanDir, 'campaigns.json', (campaigns) => [campaigns.shift()!.slug])
    const error = await readSnapshot(orphanDir, { reuse: before }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems.join('\n')).toContain(
      `points at campaign ${String(campaign)}, which is not in the snapshot`,
    )
  })
})
