import { APIError } from 'payload'

/** What every refused request is told: the same words whatever the door or the account. */
export const tooManyRequestsMessage = 'Too many requests. Please wait a little and try again.'

/** Thrown from Payload hooks: Payload answers with its status, and Retry-After from `req.responseHeaders`. */
export class TooManyRequests extends APIError {
  constructor(readonly retryAfterSeconds: number) {
    // The wait is in the Retry-After header only: the body is the same for every refusal.
    super(tooManyRequestsMessage, 429, undefined, true)
    this.name = 'TooManyRequests'
  }
}

/** The answer of a request refused at the door, before Payload runs. */
export function tooManyRequestsResponse(retryAfterSeconds: number): Response {
  return Response.json(
    { errors: [{ message: tooManyRequestsMessage }] },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' } },
  )
}
