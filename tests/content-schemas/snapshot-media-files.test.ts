import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { SnapshotValidationError } from '@jol/content-schemas'
import { mediaNotHashedAgain, readSnapshot, writeSnapshot } from '@jol/content-schemas/io'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addUnshownPicture, buildFixtureSnapshot } from '../fixtures/snapshot'

/**
 * Media files from one snapshot version to the next (content-schemas/src/snapshot/media-files.ts):
 * a new version takes the live version's unchanged files as hard links instead of writing them
 * again, and a read that reuses the read before takes a file it checked, unchanged since, without
 * hashing it again. A file written in place since is written, and hashed, again.
 */

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-media-files-'))
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

type Input = Awaited<ReturnType<typeof buildFixtureSnapshot>>

const editedLeaflet = (input: Input, title: string) => {
  input.leaflets[0]!.translations.en!.title = title
}

/** The inode of each media file of the version the snapshot at `target` is now. */
async function mediaInodes(target: string, files: string[]): Promise<Map<string, bigint>> {
  const version = await fs.realpath(target)
  const stats = await Promise.all(files.map((file) => fs.stat(path.join(version, file), { bigint: true })))
  return new Map(files.map((file, i) => [file, stats[i]!.ino]))
}

/** Moves a file's modification time on, as a write a while after it was checked would. */
async function touchedLater(file: string): Promise<void> {
  const { atime, mtime } = await fs.stat(file)
  await fs.utimes(file, atime, new Date(mtime.getTime() + 10_000))
}

describe('media files from one snapshot version to the next', () => {
  it('takes the live version’s unchanged media files as hard links, writes a new one, and reads the same', async () => {
    const target = path.join(dir, 'linked')
    const input = await buildFixtureSnapshot()
    await writeSnapshot(target, input)
    const files = input.media.map((m) => m.file)
    const before = await mediaInodes(target, files)

    const next = await buildFixtureSnapshot()
    editedLeaflet(next, 'A corrected title')
    const { file: added } = addUnshownPicture(next, randomBytes(4096))
    const manifest = await writeSnapshot(target, next)

    // The same files, not copies: each is the live version's file under a second name.
    expect(await mediaInodes(target, files)).toEqual(before)
    const version = await fs.realpath(target)
    expect((await fs.stat(path.join(version, added))).nlink).toBe(1)
    // What the manifest lists and what a read of its own finds are what a write without links gives.
    const fresh = await writeSnapshot(path.join(dir, 'written-whole'), next)
    expect(manifest.files).toEqual(fresh.files)
    const read = await readSnapshot(target)
    expect(read.media.map((m) => m.file)).toContain(added)
  })

  it('writes again a media file of the live version that was written in place after its version was complete', async () => {
    const target = path.join(dir, 'written-in-place')
    const input = await buildFixtureSnapshot()
    await writeSnapshot(target, input)
    const { file } = input.media[0]!
    const live = path.join(await fs.realpath(target), file)
    const original = await fs.readFile(live)
    // Other bytes of the same size, later than the manifest: the manifest no longer describes it.
    await fs.writeFile(live, Buffer.alloc(original.length, 1))
    await touchedLater(live)

    await writeSnapshot(target, input)
    const written = path.join(await fs.realpath(target), file)
    expect((await fs.stat(written)).ino).not.toBe((await fs.stat(live)).ino)
    expect(await fs.readFile(written)).toEqual(original)
    await expect(readSnapshot(target)).resolves.toBeDefined()
  })

  it('does not hash again a media file the read it reuses checked, the same file unchanged since', async () => {
    const target = path.join(dir, 'trusted')
    const input = await buildFixtureSnapshot()
    await writeSnapshot(target, input)
    const first = await readSnapshot(target)
    expect(mediaNotHashedAgain(first)).toEqual([])

    editedLeaflet(input, 'Corrected once')
    await writeSnapshot(target, input)
    const second = await readSnapshot(target, { reuse: first })
    expect([...mediaNotHashedAgain(second)].sort()).toEqual(input.media.map((m) => m.file).sort())
    expect(second).toEqual(await readSnapshot(target))

    // The files it took unhashed are checked files for the read after it in turn.
    editedLeaflet(input, 'Corrected twice')
    await writeSnapshot(target, input)
    const third = await readSnapshot(target, { reuse: second })
    expect(mediaNotHashedAgain(third)).toHaveLength(input.media.length)
  })

  it('hashes again, and refuses, a media file written in place since the read it reuses checked it', async () => {
    const target = path.join(dir, 'changed-since')
    const input = await buildFixtureSnapshot()
    await writeSnapshot(target, input)
    const checked = await readSnapshot(target)
    editedLeaflet(input, 'A corrected title')
    await writeSnapshot(target, input)

    const { file } = input.media[0]!
    const onDisk = path.join(await fs.realpath(target), file)
    const { size } = await fs.stat(onDisk)
    await fs.writeFile(onDisk, Buffer.alloc(size, 2))
    await touchedLater(onDisk)

    const error = await readSnapshot(target, { reuse: checked }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SnapshotValidationError)
    expect((error as SnapshotValidationError).problems).toEqual([
      `snapshot/${file}/*/(file): does not match the manifest (torn or edited snapshot)`,
    ])
  })
})
