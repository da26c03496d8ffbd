/**
 * `pnpm bench:reach`: the reach import's counting on a generated 1,000,000-line `combined` log,
 * read from disk as the import reads it: lines per second and peak memory at 250k, 500k and 1M lines
 * (goal: ≥ 200,000 lines/s, memory flat as the log grows). The CMS write at the end is a few hundred
 * rows whatever the log's size, so it is left out.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ReachCounter } from '../reach/countReach'
import { nothingRead } from '../reach/highWaterMark'
import { readLogLines } from '../reach/readLog'
import { writeSyntheticLog } from '../reach/syntheticLog'

const total = Number(process.argv[2] ?? 1_000_000)
const checkpoints = [total / 4, total / 2, total].map(Math.round)
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-bench-reach-'))
const file = path.join(dir, 'access.log')
try {
  await writeSyntheticLog(file, total)
  const { size } = await fs.stat(file)
  console.log(`bench:reach: ${total.toLocaleString('en')} lines, ${(size / 1e6).toFixed(0)} MB`)
  const counter = new ReachCounter(nothingRead)
  let peakRss = 0
  let peakHeap = 0
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  await readLogLines(file, (line) => {
    counter.add(line)
    const n = counter.report.lines
    if ((n & 0x3fff) === 0) {
      const memory = process.memoryUsage()
      peakRss = Math.max(peakRss, memory.rss)
      peakHeap = Math.max(peakHeap, memory.heapUsed)
    }
    if (checkpoints.includes(n)) {
      const seconds = (performance.now() - started) / 1000
      const cpu = process.cpuUsage(cpuStarted)
      const cpuSeconds = (cpu.user + cpu.system) / 1e6
      const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`
      const rate = (s: number) => Math.round(n / s).toLocaleString('en')
      // Wall-clock rate, and the rate per second of CPU the import got (what a busy machine hides).
      console.log(
        `  ${n.toLocaleString('en').padStart(9)} lines: ${rate(seconds)} lines/s ` +
          `(${rate(cpuSeconds)} per CPU second), peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}`,
      )
    }
  })
  const r = counter.report
  // A shared machine can be many times slower than an idle one: a fixed loop says how busy it was.
  const loopStart = performance.now()
  let sum = 0
  for (let i = 0; i < 1e8; i++) sum += i
  const loopMs = (performance.now() - loopStart).toFixed(0)
  console.log(
    `  reference loop (${sum > 0 ? '1e8 additions' : ''}): ${loopMs} ms; about 100 ms on an idle core`,
  )
  console.log(`  counted ${r.counted}, bots ${r.bots}, ${counter.results().length} count rows`)
} finally {
  await fs.rm(dir, { recursive: true, force: true })
}
