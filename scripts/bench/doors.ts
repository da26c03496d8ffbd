/**
 * `pnpm bench:doors`: does the CMS still answer a normal reader quickly while its limits are being hit?
 *
 * Starts the CMS (`next dev`, as the demo runs it) on a scratch database, on 127.0.0.1 only. A reader
 * (from 127.0.0.2) reads a page of leaflets over REST and GraphQL, first alone, then while an
 * attacker (from 127.0.0.1) floods sign-in, forgot-password, GraphQL (333 aliases of a list query)
 * and anonymous writes. Prints the reader's latency in both phases and what the attacker got.
 * Bounded: each phase lasts `--seconds` (default 10, at most 15), the attacker sends at most `--max` requests
 * (default 3000) with 8 at a time, and the whole run stops itself after 10 minutes.
 */
import http from 'node:http'
import { parseArgs } from 'node:util'

import { msText, percentile, startBenchCms } from './devCms'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { seconds: { type: 'string' }, max: { type: 'string' } },
})
const phaseMs = Math.min(Number(values.seconds ?? 10), 15) * 1000
const maxAttacks = Math.min(Number(values.max ?? 3000), 20_000)
const attackers = 8
const readerAddress = '127.0.0.2'
const attackerAddress = '127.0.0.1'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One request from a chosen loopback address (the CMS tells clients apart by address). */
function send(port: number, from: string, method: string, urlPath: string, body?: unknown): Promise<number> {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        localAddress: from,
        headers: payload
          ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }
          : {},
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', () => resolve(0))
    request.setTimeout(30_000, () => request.destroy())
    request.end(payload)
  })
}

const aliasFlood = `{ ${Array.from({ length: 333 }, (_, i) => `a${i}: Leaflets(limit: 100) { docs { title body } }`).join(' ')} }`
const attacks: [string, string, () => unknown][] = [
  ['sign-in', '/api/users/login', () => ({ email: 'admin@jol.local', password: `guess-${Math.random()}` })],
  ['forgot-password', '/api/users/forgot-password', () => ({ email: 'admin@jol.local' })],
  ['GraphQL, 333 aliases', '/api/graphql', () => ({ query: aliasFlood })],
  ['anonymous write', '/api/leaflets', () => ({ title: 'spam' })],
]

async function readerPhase(port: number, until: number): Promise<number[]> {
  const latencies: number[] = []
  while (Date.now() < until) {
    const started = performance.now()
    const rest = await send(port, readerAddress, 'GET', '/api/leaflets?locale=ky&limit=10')
    const graphql = await send(port, readerAddress, 'POST', '/api/graphql', {
      query: '{ Leaflets(locale: ky, limit: 10) { docs { title summary } } }',
    })
    if (rest !== 200 || graphql !== 200)
      throw new Error(`the reader was answered ${rest} (REST) and ${graphql} (GraphQL)`)
    latencies.push(performance.now() - started)
    // A person reading: two pages a second at most (and within the GraphQL budget of 60 a minute).
    await sleep(500)
  }
  return latencies
}

async function attackPhase(port: number, until: number): Promise<Map<string, Map<number, number>>> {
  const counts = new Map(attacks.map(([name]) => [name, new Map<number, number>()]))
  let sent = 0
  await Promise.all(
    Array.from({ length: attackers }, async (_, worker) => {
      while (Date.now() < until && sent < maxAttacks) {
        const [name, urlPath, body] = attacks[(sent + worker) % attacks.length]!
        sent += 1
        const status = await send(port, attackerAddress, 'POST', urlPath, body())
        const byStatus = counts.get(name)!
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1)
      }
    }),
  )
  return counts
}

async function main(): Promise<void> {
  const cms = await startBenchCms('bench:doors', {})
  const { port } = cms
  try {
    const started = Date.now()
    // The first requests compile the routes; wait until the reader's two are answered.
    while (
      (await send(port, readerAddress, 'GET', '/api/leaflets?limit=1')) !== 200 ||
      (await send(port, readerAddress, 'POST', '/api/graphql', { query: '{ __typename }' })) !== 200
    ) {
      if (cms.exited()) throw new Error(`the CMS stopped:\n${cms.output()}`)
      if (Date.now() - started > 300_000)
        throw new Error(`the CMS did not answer within 5 minutes:\n${cms.output()}`)
      await sleep(1000)
    }
    for (const [, urlPath, body] of attacks) await send(port, readerAddress, 'POST', urlPath, body())
    console.log(
      `bench:doors: CMS ready in ${((Date.now() - started) / 1000).toFixed(1)} s (next dev, 127.0.0.1:${port})`,
    )

    const alone = await readerPhase(port, Date.now() + phaseMs)
    const until = Date.now() + phaseMs
    const [underAttack, counts] = await Promise.all([readerPhase(port, until), attackPhase(port, until)])

    console.log(`reader (REST page + GraphQL page, from ${readerAddress}), ${phaseMs / 1000} s per phase:`)
    console.log(
      `  alone:        ${alone.length} reads, median ${msText(percentile(alone, 0.5))}, p95 ${msText(percentile(alone, 0.95))}`,
    )
    console.log(
      `  under attack: ${underAttack.length} reads, median ${msText(percentile(underAttack, 0.5))}, p95 ${msText(percentile(underAttack, 0.95))}`,
    )
    console.log(`attacker (from ${attackerAddress}, ${attackers} at a time):`)
    for (const [name, byStatus] of counts) {
      const statuses = [...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${count}× ${status}`)
        .join(', ')
      console.log(`  ${name.padEnd(22)} ${statuses}`)
    }
  } finally {
    await cms.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`bench:doors failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
