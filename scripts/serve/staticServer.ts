import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { openAccessLog } from './accessLog'
import { cacheControlFor, contentTypeFor, notFoundPage, securityHeaders } from './policy'

export interface SiteServer {
  url: string
  close: () => Promise<void>
}

/** The file a request path is answered with: a path without an extension is a page (`…/index.html`). */
const servedFileOf = (pathname: string) =>
  /\.[^/]+$/.test(pathname) ? pathname : `${pathname.replace(/\/?$/, '/')}index.html`

function applyPolicy(res: http.ServerResponse, pathname: string): void {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
  res.setHeader('Cache-Control', cacheControlFor(pathname))
  res.setHeader('Content-Type', contentTypeFor(servedFileOf(pathname)))
}

/**
 * Serves the built site with the production policy (scripts/serve/policy.ts), through sirv. `root`
 * is usually the `site/dist` link: files are looked up on every request (sirv's `dev` mode, with
 * ETags), so a rebuild that swaps the link is live at once, new pages included.
 */
export function startSiteServer(options: {
  root: string
  port: number
  host?: string
  accessLog?: string
}): Promise<SiteServer> {
  const accessLog = options.accessLog ? openAccessLog(options.accessLog) : undefined
  const root = path.resolve(options.root)
  const serveFile = sirv(root, {
    dev: true,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (res, pathname) => applyPolicy(res, pathname),
  })
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(root, notFoundPage)
    applyPolicy(res, notFoundPage)
    res.statusCode = 404
    if (fs.existsSync(page)) fs.createReadStream(page).pipe(res)
    else res.end('Not found\n')
  }
  const server = http.createServer((req, res) => {
    accessLog?.record(req, res)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      applyPolicy(res, notFoundPage)
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n')
      return
    }
    serveFile(req, res, () => notFound(res))
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address() as { port: number }
      resolve({
        url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${address.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())).then(() => accessLog?.close()),
      })
    })
  })
}
