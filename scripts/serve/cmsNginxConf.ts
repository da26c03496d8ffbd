import { maxUploadBytes } from '@jol/cms/collections/Media/uploadLimits'
import { budgets, type BudgetName } from '@jol/cms/security/budgets'
import { tooManyRequestsMessage } from '@jol/cms/security/tooManyRequests'

/**
 * nginx in front of the CMS (`deploy/nginx/jol-cms.conf`, included inside `http {}`): the same named
 * budgets as the CMS applies itself (cms/src/security/budgets.ts), as `limit_req` zones keyed by the
 * client's address, so floods stop at nginx before they cost Node anything. The CMS is told the
 * client's address in `X-Forwarded-For` and trusts it only from nginx (`JOL_TRUSTED_PROXIES`).
 */

export interface NginxCmsOptions {
  listen: string
  serverName?: string
  /** Where the CMS listens, e.g. `127.0.0.1:3000`. */
  upstream: string
}

/** Seconds a refused client is told to wait: nginx's buckets refill within a minute. */
export const nginxRetryAfterSeconds = 60
/** Reads (pages of the admin, REST and GraphQL reads): per address, generous. */
export const nginxReadsPerSecond = 20

const zone = (name: BudgetName) => `jol_cms_${name}`

/** A budget as a leaky bucket: its average rate (at least 1 a minute); its whole budget at once. */
function zoneLine(name: BudgetName, key: string): string {
  const { limit, windowMs } = budgets[name]
  const perMinute = Math.max(1, Math.round((limit * 60_000) / windowMs))
  return `limit_req_zone ${key} zone=${zone(name)}:10m rate=${perMinute}r/m;`
}

/** nginx lets through one request plus the burst: `limit` in all, at once. */
const limit = (name: BudgetName) => `limit_req zone=${zone(name)} burst=${budgets[name].limit - 1} nodelay;`

function proxyLines(upstream: string, indent: string): string[] {
  return [
    `proxy_pass http://${upstream};`,
    'proxy_http_version 1.1;',
    'proxy_set_header Host $host;',
    // Replaced, not appended: the CMS sees exactly the address nginx saw.
    'proxy_set_header X-Forwarded-For $remote_addr;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
  ].map((line) => `${indent}${line}`)
}

export function cmsServerBlock(options: NginxCmsOptions): string {
  const i = '    '
  const body = JSON.stringify({ errors: [{ message: tooManyRequestsMessage }] })
  const lines = [
    '# Generated from cms/src/security/budgets.ts by `pnpm deploy:nginx`: edit the budgets, not this file.',
    '# nginx in front of the Jol CMS (include inside `http {}`); put TLS in front and set',
    '# JOL_TRUSTED_PROXIES=127.0.0.1 for the CMS, so that it counts the address nginx passes on.',
    '',
    '# Writes only: an empty key is not counted.',
    'map $request_method $jol_cms_write_key {',
    '  default "";',
    ...['POST', 'PUT', 'PATCH', 'DELETE'].map((method) => `  ${method} $binary_remote_addr;`),
    '}',
    zoneLine('login', '$binary_remote_addr'),
    zoneLine('passwordReset', '$binary_remote_addr'),
    zoneLine('graphql', '$binary_remote_addr'),
    zoneLine('write', '$jol_cms_write_key'),
    `limit_req_zone $binary_remote_addr zone=jol_cms_reads:10m rate=${nginxReadsPerSecond}r/s;`,
    '',
    'server {',
    `  listen ${options.listen};`,
    `  server_name ${options.serverName ?? '_'};`,
    '  server_tokens off;',
    `  client_max_body_size ${Math.ceil(maxUploadBytes() / 1024 / 1024) + 1}m;`,
    '  limit_req_status 429;',
    '  limit_req_log_level warn;',
    '  error_page 429 = @too_many_requests;',
    '',
    '  location = /api/users/login {',
    `${i}${limit('login')}`,
    ...proxyLines(options.upstream, i),
    '  }',
    '',
    '  location ~ ^/api/users/(forgot-password|reset-password|unlock)$ {',
    `${i}${limit('passwordReset')}`,
    ...proxyLines(options.upstream, i),
    '  }',
    '',
    '  location = /api/graphql {',
    `${i}${limit('graphql')}`,
    ...proxyLines(options.upstream, i),
    '  }',
    '',
    '  location / {',
    `${i}${limit('write')}`,
    `${i}limit_req zone=jol_cms_reads burst=${nginxReadsPerSecond * 10} nodelay;`,
    ...proxyLines(options.upstream, i),
    '  }',
    '',
    '  location @too_many_requests {',
    `${i}default_type application/json;`,
    `${i}add_header Retry-After ${nginxRetryAfterSeconds} always;`,
    `${i}add_header Cache-Control no-store always;`,
    `${i}return 429 '${body.replace(/'/g, "\\'")}';`,
    '  }',
    '}',
    '',
  ]
  return lines.join('\n')
}
