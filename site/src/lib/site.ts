import type { LocaleCode, Snapshot } from '@jol/content-schemas'
import siteConfig from 'virtual:jol/site-config'

import { resolveAny } from './fallback'
import { loadSnapshot } from './snapshot'

/** What every page reads: the snapshot and the site settings in the reader's language. */

export const site = siteConfig

export const getSnapshot = (): Promise<Snapshot> => loadSnapshot(siteConfig.snapshotDir)

export async function siteSettings(locale: LocaleCode) {
  const { siteSettings, pressRoom } = (await getSnapshot()).globals
  return {
    hotlinePhone: siteSettings.hotlinePhone,
    text: resolveAny(siteSettings.translations, locale),
    pressRoom: resolveAny(pressRoom.translations, locale),
  }
}

export const absoluteUrl = (path: string): string => new URL(path, siteConfig.siteUrl).href
