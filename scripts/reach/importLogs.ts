import type { Payload } from 'payload'

import { ReachCounter, type CountReport } from './countReach'
import { firstSecondOf, readLogLines } from './readLog'
import { markOf, storeImport } from './store'

/**
 * `./jol reach import`: reads one log stream's files (oldest first, whatever order they were named
 * in), counts what is new since the stream's mark, and stores the counts and the new mark together.
 */
export async function importLogs(payload: Payload, files: string[], stream: string): Promise<CountReport> {
  const starts = await Promise.all(files.map(async (file) => ({ file, first: await firstSecondOf(file) })))
  starts.sort((a, b) => a.first - b.first)
  const counter = new ReachCounter(await markOf(payload, stream))
  for (const { file } of starts) {
    await readLogLines(file, (line) => counter.add(line))
  }
  await storeImport(payload, stream, counter.results(), counter.mark)
  return counter.report
}
