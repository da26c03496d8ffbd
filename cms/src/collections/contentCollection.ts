import type { CollectionConfig } from 'payload'

import { canWriteRequestLocale } from '../access/canWriteRequestLocale'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isSignedIn } from '../access/isSignedIn'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { withPlainLanguageHints } from '../fields/plainLanguage'
import { refuseTranslatorPublish } from '../hooks/refuseTranslatorPublish'
import { refuseUnknownLocale } from '../hooks/refuseUnknownLocale'
import { rebuildOnPublishedChange, rebuildOnPublishedDelete } from '../publishing'

/**
 * What every translatable content type shares: drafts, versions and scheduled publishing;
 * anonymous readers see published documents only; translators write their own locales as drafts.
 * Each collection may narrow `access.read` (press releases add the embargo). Changes to published
 * documents queue a rebuild of the public site.
 */
export function contentCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    fields: withPlainLanguageHints(config.fields),
    access: {
      read: publishedOrSignedIn,
      readVersions: isSignedIn,
      create: isEditorOrAdmin,
      update: canWriteRequestLocale,
      delete: isEditorOrAdmin,
      ...config.access,
    },
    versions: { maxPerDoc: 50, drafts: { schedulePublish: true } },
    hooks: {
      ...config.hooks,
      beforeOperation: [refuseUnknownLocale, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [refuseTranslatorPublish, ...(config.hooks?.beforeChange ?? [])],
      // Publishing, unpublishing or changing published content rebuilds the public site.
      afterChange: [...(config.hooks?.afterChange ?? []), rebuildOnPublishedChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), rebuildOnPublishedDelete],
    },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'], ...config.admin },
  }
}
