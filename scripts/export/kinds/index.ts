import type { EntryCollection } from '@jol/content-schemas'

import { campaigns } from './campaigns'
import type { KindConverter } from './convert'
import { leaflets } from './leaflets'
import { newsletters } from './newsletters'
import { posts } from './posts'
import { pressReleases } from './press-releases'
import { questions } from './questions'

/**
 * The exporter's converter of every kind of content, by collection. The kinds themselves are listed
 * once, in content-schemas' registry; this map must have one converter for each (the type says so).
 */
export const converters: { [C in EntryCollection]: KindConverter<C> } = {
  leaflets,
  'press-releases': pressReleases,
  newsletters,
  posts,
  campaigns,
  questions,
}
