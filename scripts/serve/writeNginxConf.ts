/**
 * `pnpm deploy:nginx`: regenerates `deploy/nginx/jol.conf` from the serving policy and
 * `deploy/nginx/jol-cms.conf` from the CMS's rate-limit budgets. Tests fail when a committed file
 * and its source disagree.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { repoRoot } from '@jol/content-schemas/deployment'

import { cmsServerBlock } from './cmsNginxConf'
import { serverBlock } from './nginxConf'

export const deployedNginxConf = path.join(repoRoot, 'deploy', 'nginx', 'jol.conf')
/** The values in the shipped file: a typical server layout, to adapt when installing. */
export const deployedNginxOptions = {
  root: '/srv/jol/site/dist',
  listen: '80',
  serverName: 'jol.example.org',
  accessLog: '/var/log/nginx/jol-access.log',
}

export const deployedCmsNginxConf = path.join(repoRoot, 'deploy', 'nginx', 'jol-cms.conf')
/** The CMS on the same server, listening on 127.0.0.1 (`JOL_CMS_HOST`'s default). */
export const deployedCmsNginxOptions = {
  listen: '80',
  serverName: 'cms.jol.example.org',
  upstream: '127.0.0.1:3000',
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  await fs.mkdir(path.dirname(deployedNginxConf), { recursive: true })
  await fs.writeFile(deployedNginxConf, serverBlock(deployedNginxOptions))
  console.log(`deploy: wrote ${path.relative(repoRoot, deployedNginxConf)}`)
  await fs.writeFile(deployedCmsNginxConf, cmsServerBlock(deployedCmsNginxOptions))
  console.log(`deploy: wrote ${path.relative(repoRoot, deployedCmsNginxConf)}`)
}
