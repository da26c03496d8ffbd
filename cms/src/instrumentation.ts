/**
 * Runs once when the Next.js server starts, before it answers: every request is stamped with its
 * client address for the rate limits (security/stampClientAddress.ts). Node.js runtime only.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stampClientAddresses } = await import('./security/stampClientAddress')
  stampClientAddresses()
}
