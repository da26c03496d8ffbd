import type { DraftedCollection, EntryCollection } from '@jol/content-schemas'

import type { Config } from './payload-types'

/**
 * The documents that hooks, access rules and endpoints handle, as Payload's generated types
 * (payload-types.ts, `./jol generate:types`) describe them: no hand-written document shapes.
 */

/** A document of the kind of content whose collection is `C`; of any kind with drafts by default. */
export type EntryDocument<C extends EntryCollection = DraftedCollection> = Config['collections'][C]

/** The settings staff translate language by language (`globals/translatableGlobal.ts`). */
export type TranslatableGlobalDocument = Config['globals']['site-settings' | 'press-room']
