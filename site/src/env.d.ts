/// <reference types="astro/client" />

declare module 'virtual:jol/site-config' {
  const config: {
    snapshotDir: string
    siteUrl: string
    cmsUrl: string
    timeZone: string
    printCacheDir: string
    /** Set when the CMS asks for a preview: the one entry page to build (see lib/static-paths). */
    previewPage?: string
  }
  export default config
}

declare module 'virtual:jol/media' {
  /** Raster images as Astro image metadata; SVG files as a URL. */
  const media: Map<string, import('astro').ImageMetadata | string>
  export default media
}

declare module 'virtual:jol/campaign-colours.css'
