import type { EntryCollection } from '@jol/content-schemas'

import { campaigns } from './campaigns'
import type { SiteKind } from './kind'
import { leaflets } from './leaflets'
import { newsletters } from './newsletters'
import { posts } from './posts'
import { pressReleases } from './press-releases'
import { questions } from './questions'

/**
 * The site's module of every kind of content, by collection. The kinds are listed once, in
 * content-schemas' registry (which also names their sections); this map must have one for each.
 */
export const siteKinds: { [C in EntryCollection]: SiteKind<C> } = {
  leaflets,
  'press-releases': pressReleases,
  newsletters,
  posts,
  campaigns,
  questions,
}

export type { Card, ListedEntry, SiteKind } from './kind'
