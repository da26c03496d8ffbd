import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import jsQR from 'jsqr'
import sharp from 'sharp'

/**
 * Reading PDFs the way a reader's tools do, with poppler (installed by
 * `scripts/toolchain/system-packages.sh`): text, fonts, page sizes, pixels.
 */

const exec = promisify(execFile)

const tool = async (name: string, args: string[]) =>
  (await exec(name, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout

/** A PDF's text; line ends and runs of blanks become one space, as a reader sees words flow. */
export const pdfText = async (file: string) =>
  (await tool('pdftotext', ['-enc', 'UTF-8', file, '-'])).replace(/\s+/g, ' ').trim()

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

export interface PdfFont {
  name: string
  embedded: boolean
  subset: boolean
  unicode: boolean
}

/** `pdffonts` rows: every font must be embedded, as a subset, with a map back to the letters. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const lines = (await tool('pdffonts', [file])).trim().split('\n').slice(2)
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/)
    const [emb, sub, uni] = columns.slice(-5, -2)
    return { name: columns[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' }
  })
}

export async function pdfInfo(
  file: string,
): Promise<{ pages: number; pageSizes: string[]; creationDate: string | undefined }> {
  const first = await tool('pdfinfo', ['-isodates', file])
  const pages = Number(/^Pages:\s+(\d+)/m.exec(first)?.[1])
  const all = await tool('pdfinfo', ['-f', '1', '-l', String(pages), file])
  const pageSizes = [...all.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]!)
  return { pages, pageSizes, creationDate: /^CreationDate:\s+(\S+)/m.exec(first)?.[1] }
}

/** Paper sizes in PDF points (ISO 216: 210 × 297 mm and 148 × 210 mm, 72 points to the inch). */
export const PAGE_SIZES = { A4: [595.276, 841.89], A5: [419.528, 595.276] } as const

/** Whether a size poppler printed (`419.528 x 595.276`) is the paper size, to a thousandth of a point. */
export function isPaperSize(printed: string, format: keyof typeof PAGE_SIZES): boolean {
  const [width, height] = printed.split(' x ').map(Number)
  return Math.abs(width! - PAGE_SIZES[format][0]) < 0.005 && Math.abs(height! - PAGE_SIZES[format][1]) < 0.005
}

/** Renders one page to PNG (optionally only a band of it) and returns its bytes; no file is left behind. */
export async function renderPage(
  file: string,
  page: number,
  dpi: number,
  crop?: { x: number; y: number; width: number; height: number },
): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-pdf-png-'))
  try {
    const out = path.join(dir, 'page')
    const cropArgs = crop
      ? ['-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.width), '-H', String(crop.height)]
      : []
    await tool('pdftoppm', [
      '-f',
      String(page),
      '-l',
      String(page),
      '-r',
      String(dpi),
      '-png',
      '-singlefile',
      ...cropArgs,
      file,
      out,
    ])
    return await fs.readFile(`${out}.png`)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** Share of pixels darker than mid-grey: 0 on a blank page. */
export async function inkShare(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })
  let dark = 0
  for (const value of data) if (value < 128) dark++
  return dark / (info.width * info.height)
}

/** The text of the first QR code found on a PNG, or undefined. */
export async function decodeQr(png: Buffer): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)
    ?.data
}

export interface PdfLine {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Every line of text with its box (`pdftotext -bbox-layout`), page by page. */
export async function pdfLines(file: string): Promise<PdfLine[]> {
  const xml = await tool('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'])
  const lines: PdfLine[] = []
  xml
    .split(/<page\b/)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      )) {
        const words = [...match[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!)
        lines.push({
          page: index + 1,
          text: words.join(' '),
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
        })
      }
    })
  return lines
}

/**
 * Pairs of lines whose letters would be drawn over each other. A line's box spans the font's whole
 * ascent and descent (Noto Sans: 1.069 + 0.293 em), which neighbouring lines may share; the letters
 * themselves sit between cap height (0.714 em) and the baseline, and that band must never meet another's.
 */
export function overlappingLines(lines: readonly PdfLine[]): [string, string][] {
  const band = (l: PdfLine) => {
    const em = (l.yMax - l.yMin) / 1.362
    return { top: l.yMin + (1.069 - 0.714) * em, bottom: l.yMin + 1.069 * em }
  }
  const pairs: [string, string][] = []
  for (const [i, a] of lines.entries()) {
    for (const b of lines.slice(i + 1)) {
      if (a.page !== b.page || a.xMax <= b.xMin || b.xMax <= a.xMin) continue
      const [ba, bb] = [band(a), band(b)]
      if (ba.top < bb.bottom && bb.top < ba.bottom) pairs.push([a.text, b.text])
    }
  }
  return pairs
}

/** A node of a tagged PDF's structure tree, as `pdfinfo -struct-text` prints it. */
export interface StructNode {
  role: string
  /** The text of the node and everything in it, as a screen reader reads it. */
  text: string
  children: StructNode[]
}

/** The structure tree of a tagged PDF (its root is `Document`), or undefined when it is not tagged. */
export async function pdfStructure(file: string): Promise<StructNode | undefined> {
  const out = await tool('pdfinfo', ['-struct-text', file]).catch(() => '')
  const root: StructNode = { role: '(root)', text: '', children: [] }
  const stack: { indent: number; node: StructNode }[] = [{ indent: -1, node: root }]
  for (const line of out.split('\n')) {
    const indent = line.length - line.trimStart().length
    const content = line.trim()
    const textLine = /^"(.*)"$/.exec(content)
    if (textLine) {
      while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop()
      for (const { node } of stack) node.text += textLine[1]
      continue
    }
    const roleLine = /^([A-Za-z][\w]*)(?: ".*")?(?: \((?:block|inline)\))?:?$/.exec(content)
    if (!roleLine || content.startsWith('Object ')) continue
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop()
    const node: StructNode = { role: roleLine[1]!, text: '', children: [] }
    stack[stack.length - 1]!.node.children.push(node)
    stack.push({ indent, node })
  }
  return root.children.find((node) => node.role === 'Document')
}

/** Every node of a tree, depth first (reading order). */
export const structNodes = (node: StructNode): StructNode[] => [node, ...node.children.flatMap(structNodes)]

/** PDF strings `(…)` and `<FEFF…>` as text. */
function pdfString(raw: string): string {
  let bytes: number[]
  if (raw.startsWith('<'))
    bytes = (raw.slice(1, -1).replace(/\s/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16))
  else {
    bytes = []
    const body = raw.slice(1, -1)
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') bytes.push(body.charCodeAt(i))
      else {
        const next = body[++i]!
        const octal = /^[0-7]{1,3}/.exec(body.slice(i))
        if (octal) {
          bytes.push(parseInt(octal[0], 8))
          i += octal[0].length - 1
        } else
          bytes.push(
            ({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0),
          )
      }
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.slice(2)).swap16().toString('utf16le')
  return Buffer.from(bytes).toString('latin1')
}

/** Entries of the PDF's objects (written uncompressed by Typst) under `key`, e.g. `/Alt` or `/Lang`, as text. */
export async function pdfStrings(file: string, key: string): Promise<string[]> {
  const raw = (await fs.readFile(file)).toString('latin1')
  const pattern = new RegExp(
    `${key.replace('/', '\\/')}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`,
    'g',
  )
  return [...raw.matchAll(pattern)].map((m) => pdfString(m[1]!))
}

/** The document's metadata that PDF/UA needs: tagged, title, the part of PDF/UA it claims. */
export async function pdfAccessibility(
  file: string,
): Promise<{ tagged: boolean; title: string | undefined; uaPart: string | undefined }> {
  const info = await tool('pdfinfo', [file]).catch((error: { stdout?: string }) => error.stdout ?? '')
  const raw = (await fs.readFile(file)).toString('utf8')
  return {
    tagged: /^Tagged:\s+yes/m.test(info),
    title: /^Title:\s+(.*)$/m.exec(info)?.[1],
    uaPart: /<pdfuaid:part>(\d+)<\/pdfuaid:part>/.exec(raw)?.[1],
  }
}

export interface PdfImage {
  page: number
  width: number
  height: number
  /** Colour components: 1 grey, 3 RGB. */
  components: number
  /** Whether the PDF asks viewers to smooth the picture when they enlarge it. */
  interpolated: boolean
}

/** The pictures drawn in a PDF (`pdfimages -list`). */
export async function pdfImages(file: string): Promise<PdfImage[]> {
  const rows = (await tool('pdfimages', ['-list', file])).trim().split('\n').slice(2)
  return rows.map((row) => {
    const [page, , , width, height, , components, , , interp] = row.trim().split(/\s+/)
    return {
      page: Number(page),
      width: Number(width),
      height: Number(height),
      components: Number(components),
      interpolated: interp === 'yes',
    }
  })
}
