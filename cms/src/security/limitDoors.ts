import { type BudgetName, rateLimits } from './budgets'
import { clientAddressOf } from './clientAddress'
import { tooManyRequestsResponse } from './tooManyRequests'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const writeMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** Which budget a request to the API takes from, before Payload runs (sign-ins: loginGuard.ts). */
export function doorBudget(method: string, pathname: string): BudgetName | undefined {
  if (/\/graphql\/?$/.test(pathname)) return 'graphql'
  if (writeMethods.has(method.toUpperCase())) return 'write'
  return undefined
}

/**
 * Wraps one of Payload's route handlers (REST, GraphQL) in the per-address budgets: a request over
 * budget is answered `429` with `Retry-After` and never reaches Payload. Reads are not limited here
 * (nginx limits them in production); their cost is (graphqlCost.ts).
 */
export function withDoorLimits<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const address = clientAddressOf(request.headers)
    const budget = doorBudget(request.method, new URL(request.url).pathname)
    if (address && budget) {
      const verdict = rateLimits().take(budget, address)
      if (!verdict.allowed) return tooManyRequestsResponse(verdict.retryAfterSeconds)
    }
    return handler(request, context)
  }
}
