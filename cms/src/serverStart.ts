import { buildProgramAtStart } from '@jol/content-schemas/deployment'

/**
 * What the CMS server does once when it starts, before it answers (Node.js runtime only, see
 * `instrumentation.ts`): every request is stamped with its client address for the rate limits
 * (security/stampClientAddress.ts), and the site's build program is started when the deployment
 * asks for it (`buildProgramAtStart`), so the first publish does not wait for it. Not in `onInit`:
 * that also runs for Payload's command-line tools (migrations), which publish nothing.
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { stampClientAddresses } = await import('./security/stampClientAddress')
  stampClientAddresses()
  if (buildProgramAtStart(env)) {
    const { warmSiteBuildProgram } = await import('./publishing/siteBuilder')
    warmSiteBuildProgram()
  }
}
