import { APIError, type CollectionBeforeChangeHook, type GlobalBeforeChangeHook } from 'payload'

import { roleOf } from '../access/roles'

function refuse(status: unknown, role: string | undefined): void {
  if (role === 'translator' && status === 'published') {
    throw new APIError('Translators cannot publish: save your translation as a draft and ask an editor to publish it.', 403, null, true)
  }
}

/** Translators prepare drafts; only editors and admins decide what goes live. */
export const refuseTranslatorPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  refuse(data?._status, roleOf(req))
  return data
}

export const refuseTranslatorPublishGlobal: GlobalBeforeChangeHook = ({ data, req }) => {
  refuse(data?._status, roleOf(req))
  return data
}
