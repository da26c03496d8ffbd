/**
 * Print benchmark (the Typst engine): milliseconds per leaflet PDF (median, p95, and the median
 * of the process's CPU time, which a busy machine disturbs less) and KB per PDF, text only and with
 * a cover photo, for every locale; a press release, the cost of a cache hit, and a press-kit ZIP;
 * then Typst alone (compile, export and page faults per leaflet, in this thread), the floor.
 * Goal: ≤ 5 ms median and ≤ 60 KB for a leaflet without photos.
 *
 *   pnpm bench:print            (ROUNDS=100 pnpm bench:print for steadier figures)
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { LocaleCode, RichText } from '@jol/content-schemas'
import pMap from 'p-map'
import sharp from 'sharp'

import { contentKey, PrintCache } from '../../site/src/print/cache'
import { printThreads, renderSetup, renderTask } from '../../site/src/print/engine'
import { imageForPrint } from '../../site/src/print/images'
import { leafletColumnWidth, leafletRequest, renderLeafletPdf } from '../../site/src/print/leaflet-pdf'
import { renderPressReleasePdf, type ReleasePrint } from '../../site/src/print/press-release-pdf'
import { zipFiles } from '../../site/src/print/presskit'
import { typstRenderer } from '../../site/src/print/typst-worker'

import { leaflet, lines, paragraph } from './leaflet-sample'

const ROUNDS = Number(process.env.ROUNDS ?? 40)
const WARM_UP = 3

interface Figures {
  median: number
  p95: number
  cpu: number
  bytes: number
}

const at = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!

async function measure(make: (round: number) => Promise<Uint8Array>): Promise<Figures> {
  const times: number[] = []
  const cpu: number[] = []
  let bytes = 0
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    const started = performance.now()
    const used = process.cpuUsage()
    bytes = (await make(i)).length
    const { user, system } = process.cpuUsage(used)
    if (i >= WARM_UP) {
      times.push(performance.now() - started)
      cpu.push((user + system) / 1000)
    }
  }
  return { median: at(times, 0.5), p95: at(times, 0.95), cpu: at(cpu, 0.5), bytes }
}

const row = (name: string, r: Figures) =>
  `${name.padEnd(38)} ${r.median.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.cpu.toFixed(1).padStart(8)} ${(r.bytes / 1024).toFixed(1).padStart(8)}`

console.log(
  `print benchmark: ${ROUNDS} rounds after ${WARM_UP} warm-up, Node ${process.version}, ${os.cpus().length} CPU(s), load ${os.loadavg()[0]!.toFixed(2)}`,
)
console.log(
  `${'document'.padEnd(38)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'cpu'.padStart(8)} ${'KB'.padStart(8)}   (ms, ms, ms, KB)`,
)

// The first document starts the engine (fonts parsed once per process): not part of any row.
const started = performance.now()
await renderLeafletPdf(leaflet('en'))
console.log(
  `${'engine start + first leaflet'.padEnd(38)} ${(performance.now() - started).toFixed(1).padStart(8)}`,
)

const textOnly: Figures[] = []
for (const locale of Object.keys(lines) as LocaleCode[]) {
  const result = await measure(() => renderLeafletPdf(leaflet(locale)))
  textOnly.push(result)
  console.log(row(`leaflet A5, text only, ${locale}`, result))
}

// A build renders many documents at once, one per render thread: the time per leaflet then is the
// wall time of a batch over its size.
{
  const batch = (Object.keys(lines) as LocaleCode[]).flatMap((locale) =>
    Array.from({ length: ROUNDS }, () => leaflet(locale)),
  )
  const started = performance.now()
  await pMap(batch, (print) => renderLeafletPdf(print), { concurrency: printThreads() * 2 })
  const perLeaflet = (performance.now() - started) / batch.length
  console.log(
    `${`leaflet A5, text only, ${batch.length} at once`.padEnd(38)} ${perLeaflet.toFixed(1).padStart(8)}   (ms per leaflet, wall, ${printThreads()} render threads)`,
  )
}

const photo = await sharp({
  create: { width: 3000, height: 2000, channels: 3, background: { r: 30, g: 120, b: 90 } },
})
  .composite([
    {
      input: await sharp({
        create: { width: 1000, height: 2000, channels: 3, background: { r: 250, g: 250, b: 240 } },
      })
        .png()
        .toBuffer(),
      left: 1000,
      top: 0,
    },
  ])
  .jpeg({ quality: 85 })
  .toBuffer()
const cover = {
  ...(await imageForPrint(photo, leafletColumnWidth('A5'))),
  alt: 'Children on their first day of school',
  credit: 'Jol / Aida Nurlanova',
  caption: 'The first day of school.',
}
const withPhoto: Figures[] = []
for (const locale of Object.keys(lines) as LocaleCode[]) {
  const result = await measure(() => renderLeafletPdf(leaflet(locale, cover)))
  withPhoto.push(result)
  console.log(row(`leaflet A5, cover photo, ${locale}`, result))
}

const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-cache-'))
try {
  const cache = new PrintCache(cacheDir)
  const print = leaflet('uz')
  await cache.get(contentKey('leaflet', print), 'pdf', () => renderLeafletPdf(print))
  console.log(
    row(
      'leaflet from the cache (hash + read)',
      await measure(
        async () =>
          (await cache.get(contentKey('leaflet', print), 'pdf', () => renderLeafletPdf(print))).data,
      ),
    ),
  )
} finally {
  await fs.rm(cacheDir, { recursive: true, force: true })
}

const release: ReleasePrint = {
  slug: 'winter-campaign-launch',
  locale: 'ru',
  languageTag: 'ru',
  updatedAt: '2025-02-20T09:00:00.000Z',
  text: {
    title: 'Зимняя кампания стартует в пяти странах',
    datelineCity: 'Астана',
    summary: lines.ru,
    body: { type: 'root', children: [paragraph(lines.ru), paragraph(lines.ru), paragraph(lines.ru)] },
    quotes: [{ speaker: 'Аида Нурланова', quote: lines.ru }],
    mediaContacts: [{ name: 'Jol press office', phone: '+996 312 00 00 00', email: 'press@jol.example.org' }],
  },
  dateline: 'Астана, 20 февраля 2025 г.',
  releaseNote: 'Для немедленной публикации',
  mediaContacts: [{ name: 'Jol press office', phone: '+996 312 00 00 00', email: 'press@jol.example.org' }],
  boilerplate: {
    type: 'root',
    children: [paragraph('«Жол» — кампания о правах мигрантов в Центральной Азии.')],
  },
  campaign: 'Жол',
  pageUrl: 'https://jol.example.org/ru/press/winter-campaign-launch/',
  labels: { quotes: 'Цитаты', mediaContacts: 'Контакты для прессы', about: 'О нас' },
  richText: {
    calloutLabels: { hotline: 'Горячая линия', info: 'Полезно знать', warning: 'Внимание' },
    creditLine: (credit) => `Фото: ${credit}`,
  },
  pictures: new Map(),
}
const releasePdf = await renderPressReleasePdf(release)
// New texts each round, as for the leaflets: the same release again would be Typst's memo, not a render.
const releaseRound = (round: number): ReleasePrint => {
  const line = `${lines.ru} (${round})`
  const body: RichText = { type: 'root', children: [paragraph(line), paragraph(line), paragraph(line)] }
  return {
    ...release,
    text: {
      ...release.text,
      title: `${release.text.title} (${round})`,
      summary: line,
      body,
      quotes: [{ speaker: 'Аида Нурланова', quote: line }],
    },
  }
}
console.log(
  row('press release PDF, ru', await measure((round) => renderPressReleasePdf(releaseRound(round)))),
)
const kit = () =>
  zipFiles(
    [
      { name: 'winter-campaign-launch-ru.pdf', data: releasePdf },
      { name: 'winter-campaign-launch-ru.txt', data: lines.ru.repeat(20) },
      { name: 'photos/launch-1.jpg', data: photo, stored: true },
      { name: 'photos/launch-2.jpg', data: photo, stored: true },
      { name: 'credits.txt', data: 'File: photos/launch-1.jpg\nCredit: Jol\nLicence: CC BY 4.0\n' },
      {
        name: 'media-contacts.vcf',
        data: 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jol press office\r\nEND:VCARD\r\n',
      },
      { name: 'about.txt', data: 'Jol is a campaign on the rights of migrants in Central Asia.\n' },
    ],
    release.updatedAt,
  )
console.log(
  row(`press-kit ZIP (2 photos of ${Math.round(photo.length / 1024)} KB)`, await measure(async () => kit())),
)

// Typst alone: the same leaflets rendered by a renderer in this thread, without the engine's
// hand-over to a render thread and back, nor building the data: what no change to Jol's own code
// can take off a leaflet. Page faults are the process's (the render threads are idle meanwhile):
// fresh memory costs a fault per 4 KB page, on some machines a tenth of the render or more.
console.log(
  `\nTypst alone (one renderer in this thread, new text each round)\n${'text-only leaflet'.padEnd(20)} ${'compile'.padStart(8)} ${'export'.padStart(8)} ${'total'.padStart(8)} ${'faults'.padStart(8)}   (ms, ms, ms, page faults: medians)`,
)
const renderer = typstRenderer(renderSetup())
const typstAlone: number[] = []
for (const locale of Object.keys(lines) as LocaleCode[]) {
  const compile: number[] = []
  const exported: number[] = []
  const total: number[] = []
  const faults: number[] = []
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    const task = renderTask(leafletRequest(leaflet(locale)))
    const before = process.resourceUsage().minorPageFault
    const rendered = renderer.render(task)
    if (i < WARM_UP) continue
    faults.push(process.resourceUsage().minorPageFault - before)
    compile.push(rendered.compileMs)
    exported.push(rendered.exportMs)
    total.push(rendered.compileMs + rendered.exportMs)
  }
  typstAlone.push(at(total, 0.5))
  console.log(
    `${locale.padEnd(20)} ${[compile, exported, total].map((v) => at(v, 0.5).toFixed(1).padStart(8)).join(' ')} ${String(at(faults, 0.5)).padStart(8)}`,
  )
}

const worstMedian = Math.max(...textOnly.map((r) => r.median))
const worstCpu = Math.max(...textOnly.map((r) => r.cpu))
const worstKb = Math.max(...textOnly.map((r) => r.bytes / 1024))
console.log(
  `\ntext-only leaflet: worst median ${worstMedian.toFixed(1)} ms (CPU ${worstCpu.toFixed(1)} ms; Typst alone ${Math.max(...typstAlone).toFixed(1)} ms; goal ≤ 5), largest ${worstKb.toFixed(1)} KB (goal ≤ 60): ${worstMedian <= 5 && worstKb <= 60 ? 'met' : 'NOT met'}`,
)
console.log(
  `with a cover photo: worst median ${Math.max(...withPhoto.map((r) => r.median)).toFixed(1)} ms, largest ${Math.max(...withPhoto.map((r) => r.bytes / 1024)).toFixed(1)} KB`,
)
