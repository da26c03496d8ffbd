import { isEntryCollection, slugSchema } from '@jol/content-schemas'
import type { Endpoint } from 'payload'

import { publicFormGate, refused, seeOther, today } from '../../listening/publicForm'
import { inMemoryBudget } from '../../listening/rateLimit'

export const maxCommentLength = 500
/** Per address: enough for a family sharing one phone, too few to flood the editors. */
const feedbackBudget = inMemoryBudget({ limit: 20, windowMs: 10 * 60_000 })

/**
 * POST /api/feedback/answer, from the "Was this useful?" form on every entry page. Stores entry,
 * locale, answer, comment and day; the reader's address is used for the budget and forgotten.
 */
export const answerEndpoint: Endpoint = {
  path: '/answer',
  method: 'post',
  handler: async (req) => {
    const gate = await publicFormGate(req, feedbackBudget)
    if ('response' in gate) return gate.response
    const { form, locale, back } = gate.accepted
    const entryCollection = form.get('collection')
    const slug = form.get('slug') ?? ''
    const answer = form.get('answer')
    const comment = (form.get('comment') ?? '').trim()
    if (!isEntryCollection(entryCollection) || !slugSchema.safeParse(slug).success) {
      return refused(locale, 'unknown entry')
    }
    if (answer !== 'yes' && answer !== 'no') return refused(locale, 'answer must be yes or no')
    if (comment.length > maxCommentLength) {
      return refused(locale, `comment longer than ${maxCommentLength} characters`)
    }
    const known = await req.payload.count({
      collection: entryCollection,
      where: { slug: { equals: slug } },
      overrideAccess: true,
    })
    if (known.totalDocs === 0) return refused(locale, 'unknown entry')
    await req.payload.create({
      collection: 'feedback',
      data: { entryCollection, slug, locale, answer, comment: comment || undefined, day: today() },
      overrideAccess: true,
    })
    return seeOther(back)
  },
}
