/**
 * `pnpm bench:feedback`: the "Was this useful?" endpoint under a bounded local load, rate limit on.
 *
 * Starts the CMS (`next dev`, as the demo runs it) on a scratch database, on 127.0.0.1 only, with no
 * trusted proxy: the CMS tells readers apart by their connection's address, so the load comes from a
 * few loopback addresses (127.0.0.2 and up; an `X-Forwarded-For` would be ignored, as it is for any
 * reader). Posts the plain HTML form `--requests` times (default 2000, at most 20,000) with
 * `--concurrency` in flight (default 8, at most 32), spread over `--addresses` (default 4, at most 8),
 * and prints requests per second, the share answered 303 (stored, back to the site) and 429 (over
 * the budget of 20 answers per address in 10 minutes) and the latency (p50, p95) of each. The whole
 * run stops itself after 10 minutes.
 */
import http from 'node:http'
import { parseArgs } from 'node:util'

import { msText, percentile, startBenchCms } from './devCms'

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    requests: { type: 'string' },
    concurrency: { type: 'string' },
    addresses: { type: 'string' },
  },
})
const bounded = (value: string | undefined, fallback: number, max: number) =>
  Math.max(1, Math.min(Number(value ?? fallback) || fallback, max))
const total = bounded(values.requests, 2000, 20_000)
const concurrency = bounded(values.concurrency, 8, 32)
const addresses = Array.from({ length: bounded(values.addresses, 4, 8) }, (_, i) => `127.0.0.${i + 2}`)
const site = 'http://localhost:4321'
const admin = { email: 'bench@jol.local', password: 'bench-feedback-password' }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Answer {
  status: number
  body: string
  ms: number
}

/** One request from a chosen loopback address. */
function send(
  port: number,
  from: string,
  method: string,
  urlPath: string,
  body?: { json?: unknown; form?: Record<string, string> },
  token?: string,
): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now()
    const payload = body?.form
      ? new URLSearchParams(body.form).toString()
      : body?.json === undefined
        ? undefined
        : JSON.stringify(body.json)
    const headers: Record<string, string | number> = {}
    if (payload !== undefined) {
      headers['Content-Type'] = body?.form ? 'application/x-www-form-urlencoded' : 'application/json'
      headers['Content-Length'] = Buffer.byteLength(payload)
    }
    if (token) headers.Authorization = `JWT ${token}`
    const request = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, localAddress: from, headers },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk.length < 2000 ? chunk : ''))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text, ms: performance.now() - started }),
        )
      },
    )
    request.on('error', (error) =>
      resolve({ status: 0, body: error.message, ms: performance.now() - started }),
    )
    request.setTimeout(30_000, () => request.destroy())
    request.end(payload)
  })
}

const answerForm = (i: number): Record<string, string> => ({
  collection: 'leaflets',
  slug: 'bench-leaflet',
  locale: 'ru',
  answer: i % 3 === 0 ? 'no' : 'yes',
  comment: i % 5 === 0 ? `Комментарий ${i}, "с кавычками"` : '',
  return: `${site}/ru/feedback/thanks/`,
  website: '',
})

/** A user and one (draft) leaflet for the answers to be about, through the CMS's own REST API. */
async function prepare(port: number): Promise<void> {
  const from = '127.0.0.1'
  const registered = await send(port, from, 'POST', '/api/users/first-register', {
    json: { ...admin, role: 'admin' },
  })
  if (registered.status !== 200 && registered.status !== 201)
    throw new Error(`creating the first user: ${registered.status} ${registered.body}`)
  const login = await send(port, from, 'POST', '/api/users/login', { json: admin })
  const token = (JSON.parse(login.body) as { token?: string }).token
  if (!token) throw new Error(`signing in: ${login.status} ${login.body}`)
  const leaflet = await send(
    port,
    from,
    'POST',
    '/api/leaflets?draft=true&locale=ru',
    { json: { title: 'Бенчмарк', slug: 'bench-leaflet', _status: 'draft' } },
    token,
  )
  if (leaflet.status !== 201) throw new Error(`creating the leaflet: ${leaflet.status} ${leaflet.body}`)
}

async function load(port: number): Promise<{ answers: Answer[]; seconds: number }> {
  const answers: Answer[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++
        answers.push(
          await send(port, addresses[i % addresses.length]!, 'POST', '/api/feedback/answer', {
            form: answerForm(i),
          }),
        )
      }
    }),
  )
  return { answers, seconds: (performance.now() - started) / 1000 }
}

async function main(): Promise<void> {
  const cms = await startBenchCms('bench:feedback', {
    JOL_SITE_URL: site,
    JOL_TRUSTED_PROXIES: '',
  })
  const { port } = cms
  try {
    const started = Date.now()
    while ((await send(port, '127.0.0.1', 'GET', '/api/leaflets?limit=1')).status !== 200) {
      if (cms.exited()) throw new Error(`the CMS stopped:\n${cms.output()}`)
      if (Date.now() - started > 300_000)
        throw new Error(`the CMS did not answer within 5 minutes:\n${cms.output()}`)
      await sleep(1000)
    }
    await prepare(port)
    // The first form compiles the route; it comes from an address the load does not use.
    const first = await send(port, '127.0.0.1', 'POST', '/api/feedback/answer', { form: answerForm(1) })
    if (first.status !== 303) throw new Error(`a first answer was refused: ${first.status} ${first.body}`)
    console.log(
      `bench:feedback: CMS ready in ${((Date.now() - started) / 1000).toFixed(1)} s (next dev, 127.0.0.1:${port})`,
    )

    const { answers, seconds } = await load(port)
    const byStatus = new Map<number, number[]>()
    for (const answer of answers) {
      const latencies = byStatus.get(answer.status) ?? []
      latencies.push(answer.ms)
      byStatus.set(answer.status, latencies)
    }
    const all = answers.map((a) => a.ms)
    console.log(
      `${total} answers, ${concurrency} at a time, from ${addresses.length} addresses ` +
        `(${addresses[0]}…${addresses.at(-1)}), rate limit on (20 per address per 10 minutes):`,
    )
    console.log(
      `  ${(total / seconds).toFixed(0)} requests/s over ${seconds.toFixed(1)} s; ` +
        `latency p50 ${msText(percentile(all, 0.5))}, p95 ${msText(percentile(all, 0.95))}`,
    )
    for (const [status, latencies] of [...byStatus].sort(([a], [b]) => a - b)) {
      const share = ((latencies.length / total) * 100).toFixed(1)
      console.log(
        `  ${status}: ${latencies.length} (${share} %), p50 ${msText(percentile(latencies, 0.5))}, ` +
          `p95 ${msText(percentile(latencies, 0.95))}`,
      )
    }
    const expected303 = Math.min(total, addresses.length * 20)
    const got303 = byStatus.get(303)?.length ?? 0
    console.log(
      `  expected ${expected303} answered 303 (the budget), got ${got303}` +
        (got303 === expected303 ? '' : ' — the limit did not hold as configured'),
    )
  } finally {
    await cms.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`bench:feedback failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
