import { questionLimits, topicSchema, type Topic } from '@jol/content-schemas'
import type { Endpoint } from 'payload'

import { publicFormGate, refused, seeOther, today } from '../../listening/publicForm'
import { inMemoryBudget } from '../../listening/rateLimit'
import { newQuestionSlug } from './slug'

/** Per address: a few questions an hour is plenty for a person, too few to flood the editors. */
export const questionsBudget = inMemoryBudget({ limit: 10, windowMs: 60 * 60_000 })

/**
 * POST /api/questions/ask, from the "Ask a question" page. Stores the question, locale, topic,
 * country, city and day; a way to answer only when the consent box is ticked (a contact without
 * consent is refused, so nothing is kept that the reader did not agree to). The address is used for
 * the budget and forgotten.
 */
export const askEndpoint: Endpoint = {
  path: '/ask',
  method: 'post',
  handler: async (req) => {
    const gate = await publicFormGate(req, questionsBudget)
    if ('response' in gate) return gate.response
    const { form, locale, back } = gate.accepted
    const text = (name: string) => (form.get(name) ?? '').trim()
    const question = text('question')
    const [country, city, contact, topic] = [text('country'), text('city'), text('contact'), text('topic')]
    const consent = form.get('consent') === 'yes'
    if (question === '') return refused(locale, 'the question is empty')
    if (question.length > questionLimits.question)
      return refused(locale, `question longer than ${questionLimits.question} characters`)
    if (country.length > questionLimits.place || city.length > questionLimits.place)
      return refused(locale, `country or city longer than ${questionLimits.place} characters`)
    if (topic !== '' && !topicSchema.safeParse(topic).success) return refused(locale, 'unknown topic')
    if (contact.length > questionLimits.contact)
      return refused(locale, `contact longer than ${questionLimits.contact} characters`)
    if (contact !== '' && !consent)
      return refused(locale, 'a contact is kept only when the consent box is ticked')
    const day = today()
    await req.payload.create({
      collection: 'questions',
      data: {
        slug: newQuestionSlug(),
        question,
        locale,
        status: 'new',
        day,
        ...(topic ? { topic: topic as Topic } : {}),
        ...(country ? { country } : {}),
        ...(city ? { city } : {}),
        ...(contact ? { contact, contactConsent: true, contactGivenOn: day } : {}),
      },
      overrideAccess: true,
    })
    return seeOther(back)
  },
}
