import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { budgets } from '@jol/cms/security/budgets'
import { clientAddressHeader, resolveClientAddress, trustedProxies } from '@jol/cms/security/clientAddress'
import { graphqlLimits } from '@jol/cms/security/graphqlCost'
import { maxGraphqlBytes, withDoorLimits } from '@jol/cms/security/limitDoors'
import { RateLimiter } from '@jol/cms/security/rateLimit'
import { stampClientAddresses } from '@jol/cms/security/stampClientAddress'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestCms, type TestCms } from '../support/cms'
import { createUser, leafletData } from '../support/fixtures'

/**
 * The per-address limits at the CMS's doors, through the same wrapped route handlers the running
 * CMS serves (app/(payload)/api), each request stamped with a client address as the server does.
 */

let cms: TestCms
let post: ReturnType<typeof withDoorLimits<{ params: Promise<{ slug: string[] }> }>>
let graphqlPost: ReturnType<typeof withDoorLimits<unknown>>
const victim = { email: 'editor@jol.test', password: 'the-right-password', role: 'editor' as const }

beforeAll(async () => {
  cms = await startTestCms()
  post = withDoorLimits(REST_POST(cms.config))
  const graphql = GRAPHQL_POST(cms.config)
  graphqlPost = withDoorLimits((request: Request) => graphql(request))
  await createUser(cms.payload, victim)
  await cms.payload.create({
    collection: 'leaflets',
    data: { ...leafletData('public', 'en'), _status: 'published' },
  })
})
afterAll(async () => cms?.close())

let addresses = 0
/** A new client address (documentation range): each scenario starts with full budgets. */
const newAddress = () => `192.0.2.${++addresses}`

async function restPost(address: string, route: string, body: unknown) {
  const request = new Request(`http://localhost/api${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [clientAddressHeader]: address },
    body: JSON.stringify(body),
  })
  const slug = route.split('?')[0]!.split('/').filter(Boolean)
  const response = await post(request, { params: Promise.resolve({ slug }) })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const login = (address: string, email: string, password: string) =>
  restPost(address, '/users/login', { email, password })

async function graphql(address: string, query: string) {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [clientAddressHeader]: address },
    body: JSON.stringify({ query }),
  })
  const response = await graphqlPost(request, undefined)
  const text = await response.text()
  if (!text) throw new Error(`GraphQL answered ${response.status} with no body`)
  return { status: response.status, headers: response.headers, body: JSON.parse(text) }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('sign-in', () => {
  it(`gives one address ${budgets.login.limit} attempts a minute, then 429 with Retry-After; other addresses are not affected`, async () => {
    const attacker = newAddress()
    for (let attempt = 0; attempt < budgets.login.limit; attempt++) {
      expect((await login(attacker, `nobody-${attempt}@jol.test`, 'guess')).status).toBe(401)
    }
    const refused = await login(attacker, victim.email, victim.password)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(budgets.login.windowMs / 1000)
    expect(refused.body.token).toBeUndefined()
    expect((await login(newAddress(), victim.email, victim.password)).status).toBe(200)
  })

  it(`locks an account for one address after ${budgets.loginFailures.limit} failures, never for the real user elsewhere`, async () => {
    const attacker = newAddress()
    for (let attempt = 0; attempt < budgets.loginFailures.limit; attempt++) {
      expect((await login(attacker, victim.email, `wrong-${attempt}`)).status).toBe(401)
    }
    const locked = await login(attacker, victim.email, victim.password)
    expect(locked.status).toBe(429)
    expect(locked.body.token).toBeUndefined()
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
    const realUser = await login(newAddress(), victim.email, victim.password)
    expect(realUser.status).toBe(200)
    expect(realUser.body.token).toBeTruthy()
  })

  it('gives the right password its failures back', async () => {
    const address = newAddress()
    for (let attempt = 1; attempt < budgets.loginFailures.limit; attempt++)
      await login(address, victim.email, `typo-${attempt}`)
    expect((await login(address, victim.email, victim.password)).status).toBe(200)
    expect((await login(address, victim.email, 'one-more-typo')).status).toBe(401)
  })

  it('answers a known and an unknown account alike: the same words, the same lockout, similar time', async () => {
    const [known, unknown] = [newAddress(), newAddress()]
    const answers = { known: [] as unknown[], unknown: [] as unknown[] }
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let attempt = 0; attempt <= budgets.loginFailures.limit; attempt++) {
      for (const [who, address, email] of [
        ['known', known, victim.email],
        ['unknown', unknown, 'nobody@jol.test'],
      ] as const) {
        const started = performance.now()
        const response = await login(address, email, `wrong-${attempt}`)
        times[who].push(performance.now() - started)
        answers[who].push({
          status: response.status,
          body: response.body,
          retryAfter: Boolean(response.headers.get('retry-after')),
        })
      }
    }
    expect(JSON.stringify(answers.unknown, null, 1)).toBe(JSON.stringify(answers.known, null, 1))
    expect(answers.known.at(-1)).toMatchObject({ status: 429, retryAfter: true })
    // Without the equal work an unknown account answered in about a millisecond, a known one after a
    // 600,000-round password hash.
    const [knownTime, unknownTime] = [median(times.known.slice(0, -1)), median(times.unknown.slice(0, -1))]
    expect(unknownTime / knownTime, `known ${knownTime} ms, unknown ${unknownTime} ms`).toBeGreaterThan(0.5)
    expect(unknownTime / knownTime, `known ${knownTime} ms, unknown ${unknownTime} ms`).toBeLessThan(2)
  })

  it('limits forgot-password per address, with one answer for known and unknown accounts', async () => {
    const address = newAddress()
    const answers = []
    for (let attempt = 0; attempt < budgets.passwordReset.limit; attempt++) {
      const email = attempt % 2 ? victim.email : `nobody-${attempt}@jol.test`
      const response = await restPost(address, '/users/forgot-password', { email })
      expect(response.status).toBe(200)
      answers.push(response.body)
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1)
    const refused = await restPost(address, '/users/forgot-password', { email: victim.email })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('GraphQL', () => {
  it('refuses 333 aliases of a list query at once, before running any', async () => {
    const aliases = Array.from(
      { length: 333 },
      (_, index) => `a${index}: Leaflets(limit: 100) { docs { title body } }`,
    )
    const started = performance.now()
    const response = await graphql(newAddress(), `{ ${aliases.join(' ')} }`)
    expect(performance.now() - started).toBeLessThan(2000)
    // Refused for its size, before it is even parsed.
    expect(response.status).toBe(413)
    expect(response.body.errors[0].message).toMatch(new RegExp(`at most ${maxGraphqlBytes} bytes`))
    // Small enough to parse, still too many top-level fields: refused in validation, nothing run.
    const eleven = Array.from({ length: 11 }, (_, index) => `a${index}: Leaflets { totalDocs }`)
    const validated = await graphql(newAddress(), `{ ${eleven.join(' ')} }`)
    expect(validated.body.data).toBeUndefined()
    expect(validated.body.errors[0].message).toMatch(/11 top-level fields/)
  })

  it('evaluates at most one sign-in per request, even with aliases hidden in a fragment', async () => {
    const address = newAddress()
    const attempts = Array.from(
      { length: 50 },
      (_, index) => `l${index}: loginUser(email: "${victim.email}", password: "guess-${index}") { token }`,
    )
    for (const query of [
      `mutation { ${attempts.slice(0, 2).join(' ')} }`,
      `mutation { ...Guesses } fragment Guesses on Mutation { ${attempts.slice(0, 2).join(' ')} }`,
      `mutation { ...Guesses } fragment Guesses on Mutation { ${attempts.join(' ')} }`,
    ]) {
      const response = await graphql(address, query)
      expect(response.body.data).toBeUndefined()
      expect(response.body.errors[0].message).toMatch(/At most 1 sign-in|asks for 50 top-level fields/)
    }
    // No attempt was made: the account's failures for this address are untouched.
    expect((await login(address, victim.email, victim.password)).status).toBe(200)
  })

  it('counts every alias and weighs rich text', async () => {
    const address = newAddress()
    const plain = await graphql(address, '{ Leaflets(limit: 100) { docs { title t2: title t3: title } } }')
    expect(plain.body.errors, JSON.stringify(plain.body)).toBeUndefined()
    // The same shape with the body (rich text) twice costs more than the limit.
    const rich = await graphql(address, '{ Leaflets(limit: 100) { docs { body b2: body } } }')
    expect(rich.body.data).toBeUndefined()
    expect(rich.body.errors[0].message).toMatch(new RegExp(`the limit is ${graphqlLimits.maxCost}`))
    const page = await graphql(address, '{ Leaflets(locale: en) { docs { title summary body } } }')
    expect(page.body.errors, JSON.stringify(page.body)).toBeUndefined()
    expect(page.body.data.Leaflets.docs).toHaveLength(1)
  })

  it(`answers ${budgets.graphql.limit} requests a minute per address, then 429 with Retry-After`, async () => {
    const address = newAddress()
    for (let request = 0; request < budgets.graphql.limit; request++)
      expect((await graphql(address, '{ __typename }')).status).toBe(200)
    const refused = await graphql(address, '{ __typename }')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await graphql(newAddress(), '{ __typename }')).status).toBe(200)
  })
})

it(`limits writes to ${budgets.write.limit} a minute per address, then 429 with Retry-After`, async () => {
  const address = newAddress()
  for (let request = 0; request < budgets.write.limit; request++) {
    expect((await restPost(address, '/leaflets', { title: 'anonymous' })).status).toBe(403)
  }
  const refused = await restPost(address, '/leaflets', { title: 'anonymous' })
  expect(refused.status).toBe(429)
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
})

describe('the client address', () => {
  it('is the connection, not X-Forwarded-For, unless the connection is a trusted proxy', () => {
    const none = trustedProxies({})
    expect(
      resolveClientAddress({
        socketAddress: '::ffff:203.0.113.9',
        forwardedFor: '198.51.100.1',
        trusted: none,
      }),
    ).toBe('203.0.113.9')
    const nginx = trustedProxies({ JOL_TRUSTED_PROXIES: '127.0.0.1, ::1' })
    // The client may prepend anything; what nginx appended is the last hop.
    expect(
      resolveClientAddress({
        socketAddress: '127.0.0.1',
        forwardedFor: '10.9.9.9, 203.0.113.7',
        trusted: nginx,
      }),
    ).toBe('203.0.113.7')
    expect(
      resolveClientAddress({
        socketAddress: '::1',
        forwardedFor: ['203.0.113.7', '127.0.0.1'],
        trusted: nginx,
      }),
    ).toBe('203.0.113.7')
    expect(
      resolveClientAddress({ socketAddress: '127.0.0.1', forwardedFor: 'not-an-address', trusted: nginx }),
    ).toBe('127.0.0.1')
    expect(
      resolveClientAddress({ socketAddress: '198.51.100.5', forwardedFor: '203.0.113.7', trusted: nginx }),
    ).toBe('198.51.100.5')
  })

  it('is stamped on every request a server of this process receives, over any header the client sent', async () => {
    stampClientAddresses({})
    const server = http.createServer((request, response) =>
      response.end(String(request.headers[clientAddressHeader])),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [clientAddressHeader]: '198.51.100.1', 'X-Forwarded-For': '198.51.100.2' },
      })
      expect(await response.text()).toBe('127.0.0.1')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

it('keeps no address in the clear, and forgets a window once it has passed', () => {
  let now = 0
  const limiter = new RateLimiter({ test: { limit: 2, windowMs: 1000 } }, () => now)
  expect(limiter.take('test', '203.0.113.1').allowed).toBe(true)
  expect(limiter.take('test', '203.0.113.1').allowed).toBe(true)
  expect(limiter.take('test', '203.0.113.1')).toEqual({ allowed: false, retryAfterSeconds: 1 })
  expect(
    JSON.stringify([...(limiter as unknown as { windows: Map<string, unknown> }).windows.keys()]),
  ).not.toContain('203.0.113')
  now = 1000
  expect(limiter.take('test', '203.0.113.1').allowed).toBe(true)
})
