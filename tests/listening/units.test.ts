import { readFile } from 'node:fs/promises'

import { clientAddressOf, inMemoryBudget } from '@jol/cms/listening/rateLimit'
import { contentSecurityPolicy } from '@jol/scripts/serve/policy'
import { deployedNginxConf } from '@jol/scripts/serve/writeNginxConf'
import { describe, expect, it } from 'vitest'

describe('the per-address budget', () => {
  it('allows the limit per window, tells how long to wait, and starts again after the window', () => {
    let now = 0
    const budget = inMemoryBudget({ limit: 2, windowMs: 60_000, now: () => now })
    expect([budget.spend('a'), budget.spend('a')].every((s) => s.ok)).toBe(true)
    expect(budget.spend('a')).toEqual({ ok: false, retryAfterSeconds: 60 })
    expect(budget.spend('b').ok).toBe(true)
    now = 45_000
    expect(budget.spend('a')).toEqual({ ok: false, retryAfterSeconds: 15 })
    now = 60_000
    expect(budget.spend('a').ok).toBe(true)
  })
  it('reads the address the proxy reports', () => {
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': '192.0.2.1, 10.0.0.1' }))).toBe('192.0.2.1')
    expect(clientAddressOf(new Headers({ 'x-real-ip': '192.0.2.2' }))).toBe('192.0.2.2')
    expect(clientAddressOf(new Headers())).toBe('unknown')
  })
  it('believes the address the CMS stamped over the proxy headers a client may forge', () => {
    const forged = { 'x-forwarded-for': '192.0.2.1', 'x-real-ip': '192.0.2.2' }
    expect(clientAddressOf(new Headers({ ...forged, 'x-jol-client-address': '198.51.100.9' }))).toBe(
      '198.51.100.9',
    )
  })
})

describe('the Content-Security-Policy', () => {
  it('lets forms post to the site and the CMS origin, nowhere wider', async () => {
    expect(contentSecurityPolicy).toContain("form-action 'self' http://localhost:3000;")
    expect(contentSecurityPolicy).not.toMatch(/form-action[^;]*(\*|https?:;|http:\/\/localhost:3000\/)/)
    expect(await readFile(deployedNginxConf, 'utf8')).toContain("form-action 'self' http://localhost:3000;")
  })
})
