/**
 * The admin's session cookie: `Secure` in production (sent only over HTTPS: put TLS in front, see
 * deploy/README.md), `SameSite=Lax` everywhere (never sent with another site's form POST).
 */
export function sessionCookies(env: Readonly<Record<string, string | undefined>> = process.env): {
  secure: boolean
  sameSite: 'Lax'
} {
  return { secure: env.NODE_ENV === 'production', sameSite: 'Lax' }
}
