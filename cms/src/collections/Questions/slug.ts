import { randomBytes } from 'node:crypto'

/**
 * A question's address on the site once published as FAQ: random, so it says nothing about the
 * reader or the order questions came in, and never only digits (which would collide with an index page).
 */
export const newQuestionSlug = (): string => `question-${randomBytes(4).toString('hex')}`
