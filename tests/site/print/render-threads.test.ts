import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import { beforeAll, describe, expect, it } from 'vitest'

import { fixtureLines } from '../../fixtures/snapshot'

/**
 * A cold build renders its PDFs on every core: the print engine hands each document to a pool of
 * worker threads, and a document comes out the same whichever thread renders it (the print cache and
 * byte-identical press kits depend on that). A spare build starts the threads ahead, and the pages
 * (another copy of the engine module, bundled by Vite) render with those.
 */

// Two threads whatever this machine has: the pool reads the number when it starts.
process.env.JOL_PRINT_THREADS = '2'
const { renderLeafletPdf } = await import('../../../site/src/print/leaflet-pdf')
const { printThreads, renderThreadsUsed } = await import('../../../site/src/print/engine')
// Another copy of the engine module, as the site's bundled pages have beside a spare build's own.
const otherCopy = (await import(
  // @ts-expect-error: the query makes it another module instance; the types are the same.
  '../../../site/src/print/engine?bundled-copy'
)) as typeof import('../../../site/src/print/engine')
type LeafletPrint = import('../../../site/src/print/leaflet-pdf').LeafletPrint

const leaflet = (locale: LocaleCode): LeafletPrint => ({
  slug: 'school-rights',
  locale,
  languageTag: locale === 'uz' ? 'uz-Latn' : locale,
  format: 'A5',
  updatedAt: '2025-02-10T09:00:00.000Z',
  text: {
    title: fixtureLines[locale].split(/[,.]/)[0]!,
    summary: fixtureLines[locale],
    body: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text: fixtureLines[locale] }] }],
    },
    keyMessages: [fixtureLines[locale]],
    contacts: [],
  },
  pageUrl: `https://jol.example.org/${locale}/leaflets/school-rights/`,
  campaign: 'Jol',
  versionLine: '10.02.2025',
  hotline: { label: 'Hotline', phone: '+7 800 080 12 34' },
  labels: {
    keyMessages: 'Key messages',
    help: 'Where to get help',
    hotline: 'Hotline',
    hours: 'Hours: {{hours}}',
    website: 'Website',
    photoCredit: 'Photo: {{credit}}',
    scan: 'Scan',
    callout: { hotline: 'Hotline', info: 'Good to know', warning: 'Warning' },
  },
  pictures: new Map(),
})

describe('the print engine', () => {
  let oneByOne: Uint8Array[]
  let started: { threadId: number; warm: boolean }[]
  beforeAll(async () => {
    started = await otherCopy.startPrintEngine()
    oneByOne = []
    for (const locale of localeCodes) oneByOne.push(await renderLeafletPdf(leaflet(locale)))
  })

  it('renders documents given at once on several worker threads, each the same bytes as alone', async () => {
    expect(printThreads()).toBe(2)
    renderThreadsUsed.clear()
    // Each language twice, all at once: both threads get work.
    const atOnce = await Promise.all(
      [...localeCodes, ...localeCodes].map((locale) => renderLeafletPdf(leaflet(locale))),
    )
    expect(renderThreadsUsed.size).toBe(2)
    atOnce.forEach((pdf, i) => {
      expect(Buffer.from(pdf).equals(Buffer.from(oneByOne[i % localeCodes.length]!))).toBe(true)
    })
  })

  it('starts its threads ahead, each warm (its first document made), and another copy of the module renders with them', async () => {
    expect(started).toHaveLength(2)
    expect(started.every((thread) => thread.warm)).toBe(true)
    const startedIds = new Set(started.map((thread) => thread.threadId))
    expect(startedIds.size).toBe(2)
    renderThreadsUsed.clear()
    await Promise.all(localeCodes.map((locale) => renderLeafletPdf(leaflet(locale))))
    // No new pool: the documents were made on the threads started ahead, and the copies share one count.
    expect(new Set(renderThreadsUsed)).toEqual(startedIds)
    expect(otherCopy.renderThreadsUsed).toBe(renderThreadsUsed)
  })
})
