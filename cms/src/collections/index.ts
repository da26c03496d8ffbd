import { contentKinds, type EntryCollection } from '@jol/content-schemas'
import type { CollectionConfig } from 'payload'

import { Campaigns } from './Campaigns'
import { Leaflets } from './Leaflets'
import { Newsletters } from './Newsletters'
import { Posts } from './Posts'
import { PressReleases } from './PressReleases'
import { Questions } from './Questions'

/**
 * The CMS collection of every kind of content, by collection slug. The kinds are listed once, in
 * content-schemas' registry; this map must have one collection for each (the type says so), and the
 * admin shows them in the registry's order.
 */
const byKind: Record<EntryCollection, CollectionConfig> = {
  leaflets: Leaflets,
  'press-releases': PressReleases,
  newsletters: Newsletters,
  posts: Posts,
  campaigns: Campaigns,
  questions: Questions,
}

export const contentCollections: CollectionConfig[] = contentKinds.map((kind) => byKind[kind.collection])
