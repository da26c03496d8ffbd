export const demoAdmin = { email: 'admin@jol.local', password: 'jol-demo-admin' }

/**
 * The first admin's credentials: from JOL_ADMIN_EMAIL / JOL_ADMIN_PASSWORD, or, outside
 * production only, the local demo defaults (printed by the seed and stated in the README).
 */
export function adminCredentials(env: NodeJS.ProcessEnv = process.env): {
  email: string
  password: string
  fromDefaults: boolean
} {
  const email = env.JOL_ADMIN_EMAIL
  const password = env.JOL_ADMIN_PASSWORD
  if (email && password) return { email, password, fromDefaults: false }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'In production the seed needs JOL_ADMIN_EMAIL and JOL_ADMIN_PASSWORD: it will not create an admin with a published default password.',
    )
  }
  return { ...demoAdmin, fromDefaults: true }
}
