import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { cmsSecurityHeaders } from './src/security/responseHeaders'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // A test may run its own `next dev` beside another's: each needs a build folder (and lock) of its own.
  distDir: process.env.JOL_NEXT_DIST_DIR || '.next',
  // The shared contract is TypeScript source in the workspace.
  transpilePackages: ['@jol/content-schemas'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  // The admin and the API: never framed, never sniffed (security/responseHeaders.ts).
  headers: async () => [{ source: '/:path*', headers: [...cmsSecurityHeaders] }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
