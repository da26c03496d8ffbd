import QRCode from 'qrcode'

/**
 * A QR code's modules with the mask pattern the standard picks (the lowest penalty), chosen the
 * way `qrcode` chooses it, over plain byte arrays. `qrcode`'s own choice builds and scores the
 * eight candidates through method calls on its matrix object and took 0.4 ms a code, most of the
 * JavaScript time of a leaflet; here it is a fraction of that, and the code is the same, module for
 * module (tested against `qrcode` for every pattern).
 */

/** The 15 format bits (error correction level M) for each mask pattern, as `qrcode` writes them. */
const FORMAT_BITS_M = [0x5412, 0x5125, 0x5e7c, 0x5b4b, 0x45f9, 0x40ce, 0x4f97, 0x4aa0] as const

/** The eight mask patterns of the standard: whether the module at row `i`, column `j` is flipped. */
const PATTERNS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
]

/** Each pattern as one byte a module, per symbol size (a build's codes share a few sizes). */
const patternTables = new Map<number, Uint8Array[]>()
function patternsOfSize(size: number): Uint8Array[] {
  let tables = patternTables.get(size)
  if (!tables) {
    tables = PATTERNS.map((flips) => {
      const table = new Uint8Array(size * size)
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++) table[row * size + col] = flips(row, col) ? 1 : 0
      return table
    })
    patternTables.set(size, tables)
  }
  return tables
}

/** Writes the format bits of `pattern` where `qrcode` puts them (beside the finder patterns). */
function writeFormat(modules: Uint8Array, size: number, pattern: number): void {
  const bits = FORMAT_BITS_M[pattern]!
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i
    modules[row * size + 8] = bit
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 15 - i - 1
    modules[8 * size + col] = bit
  }
  modules[(size - 8) * size + 8] = 1
}

/** The penalty of a masked symbol: rules N1 to N4 of the standard, exactly as `qrcode` scores them. */
export function maskPenalty(m: Uint8Array, size: number): number {
  let n1 = 0
  let n3 = 0
  for (let row = 0; row < size; row++) {
    let sameInRow = 0
    let sameInCol = 0
    let lastInRow = -1
    let lastInCol = -1
    let bitsRow = 0
    let bitsCol = 0
    for (let col = 0; col < size; col++) {
      const inRow = m[row * size + col]!
      if (inRow === lastInRow) sameInRow++
      else {
        if (sameInRow >= 5) n1 += 3 + (sameInRow - 5)
        lastInRow = inRow
        sameInRow = 1
      }
      const inCol = m[col * size + row]!
      if (inCol === lastInCol) sameInCol++
      else {
        if (sameInCol >= 5) n1 += 3 + (sameInCol - 5)
        lastInCol = inCol
        sameInCol = 1
      }
      // 1:1:3:1:1 (a finder-like run) with four light modules before or after it.
      bitsRow = ((bitsRow << 1) & 0x7ff) | inRow
      bitsCol = ((bitsCol << 1) & 0x7ff) | inCol
      if (col >= 10) {
        if (bitsRow === 0x5d0 || bitsRow === 0x05d) n3++
        if (bitsCol === 0x5d0 || bitsCol === 0x05d) n3++
      }
    }
    if (sameInRow >= 5) n1 += 3 + (sameInRow - 5)
    if (sameInCol >= 5) n1 += 3 + (sameInCol - 5)
  }
  let blocks = 0
  for (let row = 0; row < size - 1; row++)
    for (let col = 0; col < size - 1; col++) {
      const at = row * size + col
      const sum = m[at]! + m[at + 1]! + m[at + size]! + m[at + size + 1]!
      if (sum === 4 || sum === 0) blocks++
    }
  let dark = 0
  for (let i = 0; i < m.length; i++) dark += m[i]!
  const n4 = Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10) * 10
  return n1 + blocks * 3 + n3 * 40 + n4
}

/**
 * The symbol of `text` drawn with each of the eight mask patterns, in pattern order: drawn once by
 * `qrcode` with pattern 0, every other one is that symbol with its mask swapped and its format bits
 * rewritten.
 */
export function maskCandidates(text: string): { size: number; symbols: Uint8Array[] } {
  const { size, data, reservedBit } = QRCode.create(text, {
    errorCorrectionLevel: 'M',
    maskPattern: 0,
  }).modules
  const patterns = patternsOfSize(size)
  const symbols = patterns.map((pattern, index) => {
    if (index === 0) return data
    const modules = new Uint8Array(data.length)
    for (let i = 0; i < data.length; i++)
      modules[i] = reservedBit[i] ? data[i]! : data[i]! ^ patterns[0]![i]! ^ pattern[i]!
    writeFormat(modules, size, index)
    return modules
  })
  return { size, symbols }
}

/** The modules of `text` as a QR code, error correction level M, one byte (1 = dark) a module, row by row. */
export function qrModules(text: string): { size: number; modules: Uint8Array; maskPattern: number } {
  const { size, symbols } = maskCandidates(text)
  let maskPattern = 0
  let lowest = Infinity
  symbols.forEach((modules, index) => {
    const penalty = maskPenalty(modules, size)
    // The first of equals wins, as in qrcode.
    if (penalty < lowest) {
      lowest = penalty
      maskPattern = index
    }
  })
  return { size, modules: symbols[maskPattern]!, maskPattern }
}
