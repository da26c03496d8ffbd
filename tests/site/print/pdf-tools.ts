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

const tool = async (name: string, args: string[]) => (await exec(name, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout

/** A PDF's text; line ends and runs of blanks become one space, as a reader sees words flow. */
export const pdfText = async (file: string) => (await tool('pdftotext', ['-enc', 'UTF-8', file, '-'])).replace(/\s+/g, ' ').trim()

export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

export interface PdfFont {
  name: string
  embedded: boolean
  subset: boolean
  unicode: boolean
}

/** `pdffonts` rows. A font that is not embedded is one react-pdf fell back to for a glyph Noto Sans lacks. */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const lines = (await tool('pdffonts', [file])).trim().split('\n').slice(2)
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/)
    const [emb, sub, uni] = columns.slice(-5, -2)
    return { name: columns[0]!, embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' }
  })
}

export async function pdfInfo(file: string): Promise<{ pages: number; pageSizes: string[]; creationDate: string | undefined }> {
  const first = await tool('pdfinfo', ['-isodates', file])
  const pages = Number(/^Pages:\s+(\d+)/m.exec(first)?.[1])
  const all = await tool('pdfinfo', ['-f', '1', '-l', String(pages), file])
  const pageSizes = [...all.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/gm)].map((m) => m[1]!)
  return { pages, pageSizes, creationDate: /^CreationDate:\s+(\S+)/m.exec(first)?.[1] }
}

/** Page sizes in PDF points, as poppler prints them. */
export const PAGE_SIZES = { A4: '595.28 x 841.89', A5: '419.53 x 595.28' } as const

/** Renders one page to a PNG file (optionally only a band of it) and returns its path. */
export async function renderPage(file: string, page: number, dpi: number, crop?: { x: number; y: number; width: number; height: number }): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jol-pdf-png-'))
  const out = path.join(dir, 'page')
  const cropArgs = crop ? ['-x', String(crop.x), '-y', String(crop.y), '-W', String(crop.width), '-H', String(crop.height)] : []
  await tool('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', ...cropArgs, file, out])
  return `${out}.png`
}

/** Share of pixels darker than mid-grey: 0 on a blank page. */
export async function inkShare(png: string): Promise<number> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })
  let dark = 0
  for (const value of data) if (value < 128) dark++
  return dark / (info.width * info.height)
}

/** The text of the first QR code found on a PNG, or undefined. */
export async function decodeQr(png: string): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data
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
  xml.split(/<page\b/).slice(1).forEach((page, index) => {
    for (const match of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...match[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!)
      lines.push({ page: index + 1, text: words.join(' '), xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]) })
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
