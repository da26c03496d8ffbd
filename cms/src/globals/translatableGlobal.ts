import type { GlobalConfig } from 'payload'

import { canWriteRequestLocale } from '../access/canWriteRequestLocale'
import { refuseUnknownLocale } from '../hooks/refuseUnknownLocale'

/** Settings everyone may read (the site shows them) and staff edit language by language. */
export function translatableGlobal(config: GlobalConfig): GlobalConfig {
  return {
    ...config,
    access: { read: () => true, update: canWriteRequestLocale, ...config.access },
    hooks: { ...config.hooks, beforeOperation: [refuseUnknownLocale, ...(config.hooks?.beforeOperation ?? [])] },
    versions: { max: 20 },
  }
}
