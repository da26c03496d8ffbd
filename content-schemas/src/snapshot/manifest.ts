import { z } from 'zod'

import { localeCodeSchema } from '../locales'
import { entryCollections, type EntryCollection, type EntryOf } from '../kinds'
import type { Service } from '../services/snapshot'
import type { Globals, Media } from './entries'
import { dateTimeSchema } from './text'

/**
 * `manifest.json`: what a snapshot is, where it came from and the SHA-256 of every file in it.
 * It is written last, so a snapshot without one was never finished; the hashes tell a torn or
 * hand-edited snapshot from the one the exporter wrote.
 */

export const SNAPSHOT_FORMAT = 1

export const snapshotSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('local') }),
  z.strictObject({ kind: z.literal('rest'), url: z.string() }),
  /** Built in code: test fixtures and benchmarks. */
  z.strictObject({ kind: z.literal('fixture'), name: z.string().optional() }),
])
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>

export const manifestSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  generatedAt: dateTimeSchema,
  source: snapshotSourceSchema,
  /** The locales the export read (an entry may still carry fewer). */
  locales: z.array(localeCodeSchema).min(1),
  /** Every file of the snapshot but the manifest, by path relative to the snapshot folder. */
  files: z.record(z.string(), z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() })),
})
export type Manifest = z.infer<typeof manifestSchema>

/** The JSON files of a snapshot: one per kind of content (named by its collection), media and globals. */
export const snapshotDataFiles = {
  ...(Object.fromEntries(entryCollections.map((collection) => [collection, `${collection}.json`])) as { [C in EntryCollection]: `${C}.json` }),
  media: 'media.json',
  globals: 'globals.json',
  /** The help directory: services verified recently enough to be shown. */
  services: 'services.json',
} as const

/** The content of a snapshot, without its manifest. */
export type SnapshotData = { [C in EntryCollection]: EntryOf<C>[] } & {
  media: Media[]
  globals: Globals
  services: Service[]
}

/** A snapshot as the site reads it: validated content and its manifest. */
export type Snapshot = SnapshotData & {
  manifest: Manifest
}
