import { type BudgetName, rateLimits } from './budgets'
import { clientAddressOf } from './clientAddress'
import { tooManyRequestsResponse } from './tooManyRequests'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const writeMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/**
 * A GraphQL request larger than this is refused before it is parsed: parsing and validating a
 * document of hundreds of aliases costs the CPU more than answering it honestly would.
 */
export const maxGraphqlBytes = 8 * 1024

async function oversizedGraphql(request: Request): Promise<boolean> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > maxGraphqlBytes) return true
  const body = await request.clone().arrayBuffer()
  return body.byteLength > maxGraphqlBytes
}

/** Which budget a request to the API takes from, before Payload runs (sign-ins: loginGuard.ts). */
function doorBudget(method: string, pathname: string): BudgetName | undefined {
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
    if (budget === 'graphql' && (await oversizedGraphql(request))) {
      const message = `A GraphQL request may be at most ${maxGraphqlBytes} bytes: ask for less in one request.`
      return Response.json({ errors: [{ message }] }, { status: 413 })
    }
    return handler(request, context)
  }
}
