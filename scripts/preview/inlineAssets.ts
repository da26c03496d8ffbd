import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * A built page made to stand alone, so the CMS can answer with it as one response: its stylesheet
 * inlined as a `<style>`, and every other file of the build it uses (pictures) as a `data:` URL.
 * Only Astro's own assets (`/_astro/…`, content-hashed names) are read, from the build folder.
 */

const mimeByExtension: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
}

// Root-relative references only (an attribute's start or a srcset's item): `og:image` keeps its absolute URL.
const assetPattern = /(?<=["'\s,(=])\/_astro\/[A-Za-z0-9._-]+/g

/**
 * Links to the site's other pages point at the public site: served by the CMS, a root-relative link
 * would lead into the CMS's own paths.
 */
export const linksToPublicSite = (html: string, siteOrigin: string): string =>
  html.replace(/(\s(?:href|action)=")\/(?!\/)/g, `$1${new URL(siteOrigin).origin}/`)

export async function inlineAssets(html: string, outDir: string): Promise<string> {
  const read = (asset: string) => fs.readFile(path.join(outDir, '_astro', path.basename(asset)))
  let page = html
  for (const match of html.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)) {
    const href = /href="?(\/_astro\/[A-Za-z0-9._-]+\.css)/.exec(match[0])?.[1]
    if (href === undefined) continue
    // `</style` cannot occur in CSS Astro wrote, but a closing tag must never end the element early.
    const css = (await read(href)).toString('utf8').replaceAll('</style', '<\\/style')
    page = page.replace(match[0], () => `<style>${css}</style>`)
  }
  const assets = [...new Set(page.match(assetPattern) ?? [])]
  const dataUrls = new Map<string, string>()
  for (const asset of assets) {
    const mime = mimeByExtension[path.extname(asset).toLowerCase()] ?? 'application/octet-stream'
    dataUrls.set(asset, `data:${mime};base64,${(await read(asset)).toString('base64')}`)
  }
  return page.replace(assetPattern, (asset) => dataUrls.get(asset) ?? asset)
}
