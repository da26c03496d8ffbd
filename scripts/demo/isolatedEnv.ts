import net from 'node:net'
import path from 'node:path'

/**
 * The environment of a demo that keeps everything in `dir` (database, uploads, snapshot, live site)
 * and listens on the given ports: for the benchmark and the tests, which must not touch a
 * newcomer's `cms/data` or `site/dist`.
 */
export function isolatedDemoEnv(dir: string, ports: { cms: number; site: number }): Record<string, string> {
  return {
    DATABASE_URI: `file:${path.join(dir, 'jol.db')}`,
    JOL_MEDIA_DIR: path.join(dir, 'media'),
    JOL_SITE_DIST: path.join(dir, 'site', 'dist'),
    JOL_SNAPSHOT_DIR: path.join(dir, 'snapshot'),
    PORT: String(ports.cms),
    SITE_PORT: String(ports.site),
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
