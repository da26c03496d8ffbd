/// <reference types="astro/client" />

declare module 'virtual:jol/site-config' {
  const config: {
    snapshotDir: string
    siteUrl: string
    cmsUrl: string
    timeZone: string
    printCacheDir: string
    /** The folder this build writes the site into. */
    outDir: string
    /** Whether this is `astro dev`, not a build. */
    devServer: boolean
    /** Set when the CMS asks for a preview: the one entry page to build (see lib/static-paths). */
    previewPage?: string
  }
  export default config
}

declare module 'virtual:jol/svg-media' {
  /** The URL of each SVG file of the snapshot, by media id. */
  const svgUrls: Map<string, string>
  export default svgUrls
}

declare module 'virtual:jol/campaign-colours.css'
