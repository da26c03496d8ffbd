import { existsSync } from 'node:fs'

/**
 * Debian's Chromium, which `scripts/toolchain/system-packages.sh` installs (the browser tests and the
 * Lighthouse run of `bench:site` drive it). The flags keep it from reaching out to the network,
 * which these machines refuse anyway.
 */
export const chromiumPath =
  process.env.JOL_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The browser's path, or an error saying how to install it (a missing browser is never a skipped check). */
export function requireChromium(): string {
  if (!chromiumPath || !existsSync(chromiumPath))
    throw new Error(
      'Chromium is not installed: run `bash scripts/toolchain/system-packages.sh` (as root), or set JOL_CHROMIUM',
    )
  return chromiumPath
}
