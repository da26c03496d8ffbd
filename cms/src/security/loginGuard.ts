import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { type BudgetName, rateLimits } from './budgets'
import { clientAddressOf } from './clientAddress'
import { TooManyRequests } from './tooManyRequests'

/**
 * Sign-in and password reset, whichever door they come through (REST, GraphQL's `loginUser`, the
 * admin): per-address budgets, and a lockout keyed by account AND address in place of Payload's
 * per-account lockout (which let anyone lock the admin out). Known and unknown accounts get the
 * same answers, after the same work.
 */

const hashPassword = promisify(pbkdf2)
/** Payload 3.90's password hash (pbkdf2-sha256-v1): 600,000 rounds, 32 bytes. */
const payloadHashRounds = 600_000
const payloadHashBytes = 32

const passwordOperations = new Set<string>(['forgotPassword', 'resetPassword', 'unlock'])
const accountKey = (address: string, email: string) => `${address}\0${email}`
const normalizeEmail = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim() : '')

function take(req: PayloadRequest, budget: BudgetName, key: string): void {
  const verdict = rateLimits().take(budget, key)
  if (verdict.allowed) return
  // Payload merges these into its error response.
  req.responseHeaders = new Headers({ 'Retry-After': String(verdict.retryAfterSeconds) })
  throw new TooManyRequests(verdict.retryAfterSeconds)
}

/**
 * Payload answers an unknown e-mail at once and a known one after hashing the password: the time
 * told which accounts exist. Hashing the password for an unknown account too takes that away.
 */
async function spendTheSameTime(
  req: PayloadRequest,
  collection: CollectionSlug,
  email: string,
  password: unknown,
): Promise<void> {
  if (!email) return
  const found = await req.payload.db.findOne({ collection, req, where: { email: { equals: email } } })
  if (found) return
  const salt = randomBytes(32).toString('hex')
  const guess = typeof password === 'string' ? password : ''
  await hashPassword(guess, salt, payloadHashRounds, payloadHashBytes, 'sha256')
}

export const guardSignIn: CollectionBeforeOperationHook<'users'> = async (hook) => {
  const { args, collection, operation, req } = hook
  const address = clientAddressOf(req.headers)
  if (operation === 'login') {
    // What the client sent: typed as the login's arguments, checked as anything.
    const data: { email?: unknown; password?: unknown } = args.data ?? {}
    const email = normalizeEmail(data.email)
    if (address) {
      take(req, 'login', address)
      // Counted now, given back by `forgetFailures` when the password was right.
      take(req, 'loginFailures', accountKey(address, email))
    }
    await spendTheSameTime(req, collection.slug, email, data.password)
  }
  if (address && passwordOperations.has(operation)) {
    take(req, 'passwordReset', address)
  }
  return args
}

export const forgetFailures: CollectionAfterLoginHook = ({ req, user }) => {
  const address = clientAddressOf(req.headers)
  if (address) rateLimits().reset('loginFailures', accountKey(address, normalizeEmail(user?.email)))
}
