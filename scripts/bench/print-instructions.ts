/**
 * The print benchmark in instructions, not time: on a shared machine a 5 % gain is lost in the noise
 * of the clock, an instruction count is not. Renders the benchmark's text-only leaflets, one render
 * thread, under callgrind, which writes its counters out each time this process asks for its parent's
 * id (`--dump-before=getppid`): so each language's renders land in a file of their own, after a
 * warm-up in another. Node asks for it a few times while starting too: those dumps come first.
 *
 *   valgrind --tool=callgrind --dump-before=getppid --callgrind-out-file=/tmp/cg.%p \
 *     node --import tsx scripts/bench/print-instructions.ts        (JOL_PRINT_THREADS=1 is set here)
 *   ROUNDS=10 WARM_UP=3 LOCALES=en,ru …
 *
 * Dumps, in order: 1 start and first leaflet, then per locale its warm-up and its ROUNDS renders.
 * `scripts/bench/callgrind-split.py` turns them into instructions per leaflet.
 */
import type { LocaleCode } from '@jol/content-schemas'

import { renderLeafletPdf } from '../../site/src/print/leaflet-pdf'

import { leaflet, lines } from './leaflet-sample'

process.env.JOL_PRINT_THREADS = '1'
const ROUNDS = Number(process.env.ROUNDS ?? 10)
const WARM_UP = Number(process.env.WARM_UP ?? 3)
const locales = (process.env.LOCALES?.split(',') ?? Object.keys(lines)) as LocaleCode[]

/** Ends a callgrind part (see above); outside callgrind, a cheap system call. */
const endPart = (name: string) => {
  void process.ppid
  console.log(`part done: ${name}`)
}

await renderLeafletPdf(leaflet('en'))
endPart('start')
let bytes = 0
for (const locale of locales) {
  for (let i = 0; i < WARM_UP; i++) await renderLeafletPdf(leaflet(locale))
  endPart(`${locale} warm-up`)
  for (let i = 0; i < ROUNDS; i++) bytes += (await renderLeafletPdf(leaflet(locale))).length
  endPart(`${locale} ×${ROUNDS}`)
}
console.log(`${ROUNDS} leaflets per locale, ${(bytes / 1024 / ROUNDS / locales.length).toFixed(1)} KB each`)
process.exit(0)
