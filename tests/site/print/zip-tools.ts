import { unzipSync } from 'fflate'

/** What a ZIP's central directory says about each entry, in the order it is stored. */
export interface ZipEntry {
  name: string
  /** The DOS date and time as written, read as if UTC (ZIP has no zone). */
  modified: string
  method: number
}

export function zipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('not a ZIP file (no end of central directory)')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('broken central directory')
    const method = view.getUint16(at + 10, true)
    const time = view.getUint16(at + 12, true)
    const date = view.getUint16(at + 14, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))
    const modified = new Date(
      Date.UTC(
        (date >> 9) + 1980,
        ((date >> 5) & 15) - 1,
        date & 31,
        time >> 11,
        (time >> 5) & 63,
        (time & 31) * 2,
      ),
    ).toISOString()
    entries.push({ name, modified, method })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

export const unzip = (zip: Uint8Array): Record<string, Uint8Array> => unzipSync(zip)
export const utf8 = (data: Uint8Array | undefined) => new TextDecoder().decode(data)
