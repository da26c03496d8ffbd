import {
  cacheControlFor,
  contentTypes,
  defaultContentType,
  feedContentType,
  feedFileName,
  immutableAssetsPrefix,
  notFoundPage,
  securityHeaders,
  utf8Types,
} from './policy'

/**
 * nginx configuration for the public site, generated from the serving policy. `serverBlock` is
 * what `deploy/nginx/jol.conf` holds (include it inside `http {}`); `standaloneConfig` wraps it
 * into a complete nginx.conf (the headers test runs nginx with it).
 */

export interface NginxSiteOptions {
  /** The folder (or the `dist` link) nginx serves. */
  root: string
  listen: string
  serverName?: string
  /** Where requests are logged in `combined` format, for `./jol reach import`. */
  accessLog?: string
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

/** add_header is not inherited by a location that sets its own: each location gets the full set. */
function headerLines(cacheControl: string, indent: string): string[] {
  return [...Object.entries(securityHeaders), ['Cache-Control', cacheControl] as const].map(
    ([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`,
  )
}

function typesBlock(indent: string): string[] {
  const byType = new Map<string, string[]>()
  for (const [extension, type] of Object.entries(contentTypes))
    byType.set(type, [...(byType.get(type) ?? []), extension])
  return [
    `${indent}types {`,
    ...[...byType].map(([type, extensions]) => `${indent}  ${type} ${extensions.join(' ')};`),
    `${indent}}`,
    `${indent}default_type ${defaultContentType};`,
  ]
}

export function serverBlock(options: NginxSiteOptions): string {
  const i = '    '
  const pageCache = cacheControlFor('/')
  const lines = [
    '# Generated from scripts/serve/policy.ts by `pnpm deploy:nginx`: edit the policy, not this file.',
    '# The public site of Jol: static files, the same headers as `pnpm demo`. Put TLS (and HSTS) in front.',
    'server {',
    `  listen ${options.listen};`,
    `  server_name ${options.serverName ?? '_'};`,
    `  root ${options.root};`,
    '  index index.html;',
    '  server_tokens off;',
    ...(options.accessLog ? [`  access_log ${options.accessLog} combined;`] : []),
    '  absolute_redirect off;',
    '  disable_symlinks off;',
    ...typesBlock('  '),
    '  charset utf-8;',
    `  charset_types ${utf8Types.filter((type) => type !== 'text/html').join(' ')};`,
    '  gzip on;',
    `  gzip_types ${utf8Types.filter((type) => type !== 'text/html').join(' ')};`,
    `  error_page 404 ${notFoundPage};`,
    '',
    '  # Hashed build assets: cached for a year.',
    `  location ${immutableAssetsPrefix} {`,
    ...headerLines(cacheControlFor(immutableAssetsPrefix), i),
    `${i}try_files $uri =404;`,
    '  }',
    '',
    '  # Feeds are RSS, not generic XML.',
    `  location ~ /${feedFileName.replace('.', '\\.')}$ {`,
    `${i}types { }`,
    `${i}default_type ${feedContentType};`,
    ...headerLines(pageCache, i),
    `${i}try_files $uri =404;`,
    '  }',
    '',
    '  # Pages, PDFs, press kits, sitemaps, search index: revalidated, since a publish changes them in place.',
    '  location / {',
    ...headerLines(pageCache, i),
    `${i}try_files $uri $uri/ =404;`,
    '  }',
    '}',
    '',
  ]
  return lines.join('\n')
}

/** A complete nginx.conf around one generated block (the site's or the CMS's), for tests. */
export function standaloneConfig(options: NginxSiteOptions & { tempDir: string }): string {
  return standaloneAround(serverBlock(options), options.tempDir)
}

export function standaloneAround(block: string, tempDir: string): string {
  const t = tempDir
  return [
    'worker_processes 1;',
    'events { worker_connections 64; }',
    'http {',
    `  access_log off;`,
    `  client_body_temp_path ${t}/client_body;`,
    `  proxy_temp_path ${t}/proxy;`,
    `  fastcgi_temp_path ${t}/fastcgi;`,
    `  uwsgi_temp_path ${t}/uwsgi;`,
    `  scgi_temp_path ${t}/scgi;`,
    block
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n'),
    '}',
    '',
  ].join('\n')
}
