import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

import { repoRoot } from '@jol/content-schemas/deployment'

import { combinedLine } from '../reach/combinedFormat'

/**
 * The demo's static server logs every request in nginx's `combined` format, like the production
 * nginx, so `./jol reach import` reads either. Written to `logs/site-access.log` (or
 * JOL_SITE_ACCESS_LOG). The address is written with its last part zeroed (192.0.2.0, 2001:db8:1::):
 * nothing in Jol reads it, and a log on disk should hold as little about a reader as it can.
 */
export const siteAccessLog = (): string =>
  path.resolve(process.env.JOL_SITE_ACCESS_LOG || path.join(repoRoot, 'logs', 'site-access.log'))

export function truncatedAddress(address: string | undefined): string {
  if (!address) return '-'
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+)\.\d+$/.exec(address)
  if (v4) return `${v4[1]}.0`
  return `${address.split(':').slice(0, 3).join(':')}::`
}

export interface AccessLog {
  record: (req: http.IncomingMessage, res: http.ServerResponse) => void
  close: () => Promise<void>
}

export function openAccessLog(file: string): AccessLog {
  mkdirSync(path.dirname(file), { recursive: true })
  const out: WriteStream = createWriteStream(file, { flags: 'a' })
  return {
    record: (req, res) =>
      res.once('finish', () => {
        const length = Number(res.getHeader('Content-Length'))
        out.write(
          combinedLine({
            address: truncatedAddress(req.socket.remoteAddress),
            second: Math.floor(Date.now() / 1000),
            method: req.method ?? '-',
            target: req.url ?? '/',
            status: res.statusCode,
            bytes: Number.isFinite(length) ? length : 0,
            referer: req.headers.referer ?? '-',
            userAgent: req.headers['user-agent'] ?? '-',
          }) + '\n',
        )
      }),
    close: () => new Promise((done) => out.end(() => done())),
  }
}
