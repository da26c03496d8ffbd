import { RateLimiter, type Budget } from './rateLimit'

const minute = 60_000

/**
 * The CMS's named budgets, per client address (see clientAddress.ts) unless said otherwise. Sized so
 * that a person never meets them and a script meets them within seconds. A new public door (e.g. a
 * feedback form posting to the CMS) adds a budget here and takes from it in its handler.
 */
export const budgets = {
  /** Sign-in attempts from one address, whatever the account. */
  login: { limit: 10, windowMs: minute },
  /**
   * Failed sign-ins for one account from one address; a success gives them back. Keyed by account
   * AND address, so an attacker elsewhere cannot lock the real user out.
   */
  loginFailures: { limit: 5, windowMs: 15 * minute },
  /** Forgot-password and reset-password requests (each may send an e-mail). */
  passwordReset: { limit: 5, windowMs: 15 * minute },
  /** GraphQL requests (each is also limited in cost: graphqlCost.ts). */
  graphql: { limit: 60, windowMs: minute },
  /** Every write through the REST API (POST, PATCH, PUT, DELETE), signed in or not. */
  write: { limit: 120, windowMs: minute },
} satisfies Record<string, Budget>

export type BudgetName = keyof typeof budgets

const shared = Symbol.for('jol.rateLimits')
type WithLimiter = typeof globalThis & { [shared]?: RateLimiter<BudgetName> }

/**
 * The process's one limiter. Next bundles each route separately (and reloads modules in
 * development): the limiter lives on globalThis so that every bundle counts in the same place.
 */
export function rateLimits(): RateLimiter<BudgetName> {
  const global = globalThis as WithLimiter
  global[shared] ??= new RateLimiter(budgets)
  return global[shared]
}
