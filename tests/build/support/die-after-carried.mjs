/**
 * Preloaded into a site build (NODE_OPTIONS=--import) by the incremental test: the build dies the
 * moment it has announced its carried-over pages, while the pipeline is linking them.
 */
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  const written = write(chunk, ...rest)
  if (String(chunk).startsWith('JOL_CARRIED_PAGES ')) process.exit(70)
  return written
}
