import { verificationMethodSchema } from '@jol/content-schemas'
import type { Endpoint, PayloadRequest } from 'payload'

import { roleOf } from '../../access/roles'
import { jolText } from '../../i18n/jolText'

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status })

/** Who verified, as staff will recognise it: the account's name if it has one, else its e-mail. */
const verifierOf = (req: PayloadRequest): string => {
  const user = req.user as { name?: string | null; email?: string | null } | null | undefined
  return user?.name || user?.email || 'unknown account'
}

/**
 * Verifies of one service, one after another in this process: an update rewrites the document's
 * rows per language, and two at once (a double click, two editors) collide ("_locale must be unique").
 */
const running = new Map<string, Promise<unknown>>()
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const turn = (running.get(key) ?? Promise.resolve()).catch(() => undefined).then(work)
  running.set(key, turn)
  try {
    return await turn
  } finally {
    if (running.get(key) === turn) running.delete(key)
  }
}

/**
 * POST /api/services/:id/verify `{ "how": "phone" | "visit" | "organisation" }`: one action for "verified
 * today, by phone". Records now, how and the signed-in editor; editors and admins only.
 */
export const verifyEndpoint: Endpoint = {
  path: '/:id/verify',
  method: 'post',
  handler: async (req) => {
    // The button shows `error` as it is: in the editor's admin language.
    const text = jolText(req.i18n, 'jolServices')
    const role = roleOf(req)
    if (role !== 'admin' && role !== 'editor') return answer(403, { error: text('onlyStaff') })
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return answer(400, { error: text('whichService') })
    let body: unknown
    try {
      body = JSON.parse(typeof req.text === 'function' ? await req.text() : '{}')
    } catch {
      return answer(400, { error: text('notJson') })
    }
    const how = verificationMethodSchema.safeParse((body as { how?: unknown } | null)?.how)
    if (!how.success)
      return answer(400, {
        error: text('howOneOf', { methods: verificationMethodSchema.options.join(', ') }),
      })
    const found = await req.payload.count({ collection: 'services', where: { id: { equals: id } }, req })
    if (found.totalDocs === 0) return answer(404, { error: text('noService', { id: String(id) }) })
    const doc = await oneAtATime(String(id), () =>
      req.payload.update({
        collection: 'services',
        id,
        data: {
          verification: {
            verifiedAt: new Date().toISOString(),
            verifiedHow: how.data,
            verifiedBy: verifierOf(req),
          },
        },
        req,
        overrideAccess: false,
        user: req.user,
      }),
    )
    return answer(200, { id: doc.id, verification: doc.verification })
  },
}
