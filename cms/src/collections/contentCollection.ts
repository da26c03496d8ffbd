import type { CollectionConfig } from 'payload'

import { canWriteRequestLocale } from '../access/canWriteRequestLocale'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import { isSignedIn } from '../access/isSignedIn'
import { publishedOrSignedIn } from '../access/publishedOrSignedIn'
import { withPlainLanguageHints } from '../fields/plainLanguage'
import { lockSharedFieldsForTranslators } from '../fields/sharedFields'
import { holdTranslatorsToDrafts } from '../hooks/holdTranslatorsToDrafts'
import { refuseUnknownLocale } from '../hooks/refuseUnknownLocale'
import { refuseUnpublishable } from '../hooks/refuseUnpublishable'
import { withPreview } from '../preview/endpoint'
import { rebuildOnPublishedChange, rebuildOnPublishedDelete } from '../publishing'
import {
  recordTranslation,
  takeTranslationInput,
  translationFields,
  withSourceBeside,
} from './translationTracking'

/**
 * What every translatable content type shares: drafts, versions and scheduled publishing;
 * anonymous readers see published documents only; translators write the localized fields of their
 * own locales, as drafts (shared fields are read-only to them).
 * Each collection may narrow `access.read` (press releases add the embargo). Changes to published
 * documents queue a rebuild of the public site. Kinds with a page of their own get a Preview.
 */
export function contentCollection(config: CollectionConfig): CollectionConfig {
  // Leaflets, releases, newsletters and posts: a Preview button for the draft (preview/endpoint.ts).
  return withPreview({
    ...config,
    fields: [
      ...withSourceBeside(lockSharedFieldsForTranslators(withPlainLanguageHints(config.fields))),
      ...translationFields,
    ],
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
      beforeOperation: [
        takeTranslationInput,
        refuseUnknownLocale,
        holdTranslatorsToDrafts,
        ...(config.hooks?.beforeOperation ?? []),
      ],
      // What could not be published (a PDF shown as a picture, a story about a draft) is refused here.
      beforeChange: [
        refuseUnpublishable,
        ...(config.hooks?.beforeChange ?? []),
        // Last: what each translation was made from (translationTracking.ts).
        recordTranslation,
      ],
      // Publishing, unpublishing or changing published content rebuilds the public site.
      afterChange: [...(config.hooks?.afterChange ?? []), rebuildOnPublishedChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), rebuildOnPublishedDelete],
    },
    admin: {
      useAsTitle: 'title',
      ...config.admin,
      // Every list shows each locale's translation status (translationTracking.ts).
      defaultColumns: [
        ...(config.admin?.defaultColumns ?? ['title', 'slug', '_status', 'updatedAt']),
        'translations',
      ],
    },
  })
}
