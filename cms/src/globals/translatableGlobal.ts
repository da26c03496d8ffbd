import { APIError, type GlobalBeforeOperationHook, type GlobalConfig } from 'payload'

import { canWriteRequestLocale } from '../access/canWriteRequestLocale'
import { lockSharedFieldsForTranslators } from '../fields/sharedFields'
import { holdTranslatorsToDraftsGlobal } from '../hooks/holdTranslatorsToDrafts'
import { refuseUnknownLocale } from '../hooks/refuseUnknownLocale'
import { refuseUnpublishableGlobal } from '../hooks/refuseUnpublishable'
import { noteGlobalDraftSave, rebuildOnSettingsChange } from '../publishing/hooks'

/** Drafts of settings are staff work: anonymous readers get the published settings only. */
const readersGetPublished: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'read' && !overrideAccess && !req.user && args?.draft) {
    throw new APIError(
      'Drafts of settings are for signed-in staff: read without draft=true.',
      403,
      null,
      true,
    )
  }
  return args
}

/**
 * Settings everyone may read (the site shows them) and staff edit language by language. They have
 * drafts, so a translator's change waits for an editor; a published change rebuilds the site.
 */
export function translatableGlobal(config: GlobalConfig): GlobalConfig {
  return {
    ...config,
    fields: lockSharedFieldsForTranslators(config.fields),
    access: { read: () => true, update: canWriteRequestLocale, ...config.access },
    hooks: {
      ...config.hooks,
      beforeOperation: [
        refuseUnknownLocale,
        readersGetPublished,
        holdTranslatorsToDraftsGlobal,
        noteGlobalDraftSave,
        ...(config.hooks?.beforeOperation ?? []),
      ],
      beforeChange: [refuseUnpublishableGlobal, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), rebuildOnSettingsChange],
    },
    versions: { max: 20, drafts: true },
  }
}
