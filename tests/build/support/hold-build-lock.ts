/**
 * A build stand-in for the lock test, run as its own process: takes the lock, notes its start in
 * the journal, works until the test says so (a "go" file appears), notes its end, lets go.
 */
import fs from 'node:fs/promises'

import { withLocks } from '@jol/scripts/build/lock'

const [lockFile, journal, name, goFile] = process.argv.slice(2) as [string, string, string, string]

await withLocks([lockFile], { log: (line) => console.log(line), purpose: name }, async () => {
  await fs.appendFile(journal, `${name} start\n`)
  while (!(await fs.stat(goFile).catch(() => undefined)))
    await new Promise((resolve) => setTimeout(resolve, 50))
  await fs.appendFile(journal, `${name} end\n`)
})
