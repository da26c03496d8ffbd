/**
 * `pnpm deploy:nginx`: regenerates `deploy/nginx/jol.conf` from the serving policy. A test fails
 * when the committed file and the policy disagree.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { repoRoot } from '@jol/content-schemas/deployment'

import { serverBlock } from './nginxConf'

export const deployedNginxConf = path.join(repoRoot, 'deploy', 'nginx', 'jol.conf')
/** The values in the shipped file: a typical server layout, to adapt when installing. */
export const deployedNginxOptions = { root: '/srv/jol/site/dist', listen: '80', serverName: 'jol.example.org', accessLog: '/var/log/nginx/jol-access.log' }

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  await fs.mkdir(path.dirname(deployedNginxConf), { recursive: true })
  await fs.writeFile(deployedNginxConf, serverBlock(deployedNginxOptions))
  console.log(`deploy: wrote ${path.relative(repoRoot, deployedNginxConf)}`)
}
