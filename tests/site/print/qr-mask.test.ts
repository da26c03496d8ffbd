import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'

import { maskCandidates, qrModules } from '../../../site/src/print/qr-mask'
import { qrPath } from '../../../site/src/print/qr'

/**
 * The QR code's mask is chosen by our own scoring (for speed): it must be the code `qrcode` itself
 * makes, module for module, so a printed code is what the standard's choice would print.
 */

const urls = [
  ...['en', 'ru', 'kk', 'ky', 'tg', 'uz'].flatMap((locale) =>
    Array.from(
      { length: 40 },
      (_, i) => `https://jol.example.org/${locale}/leaflets/school-rights-${i * 7919}/?src=print`,
    ),
  ),
  'https://jol.example.org/ru/help/almaty/?src=print',
  'HTTPS://JOL.EXAMPLE.ORG/12345',
  '0123456789',
  'x',
  `https://jol.example.org/uz/leaflets/${'a'.repeat(300)}/?src=print`,
]

describe('the QR code mask', () => {
  it('is the pattern qrcode picks, and the same modules', () => {
    const picked = new Set<number>()
    for (const url of urls) {
      const ours = qrModules(url)
      const theirs = QRCode.create(url, { errorCorrectionLevel: 'M' })
      expect({ url, mask: ours.maskPattern }).toEqual({ url, mask: theirs.maskPattern })
      expect(ours.size).toBe(theirs.modules.size)
      expect(Buffer.from(ours.modules).equals(Buffer.from(theirs.modules.data)), url).toBe(true)
      picked.add(ours.maskPattern)
    }
    // The URLs above make qrcode choose several patterns, so more than one branch is compared.
    expect(picked.size).toBeGreaterThanOrEqual(4)
  })

  it('draws each of the eight candidates as qrcode draws it with that pattern', () => {
    for (const url of urls.slice(0, 12)) {
      const { size, symbols } = maskCandidates(url)
      expect(symbols).toHaveLength(8)
      symbols.forEach((symbol, pattern) => {
        const theirs = QRCode.create(url, {
          errorCorrectionLevel: 'M',
          maskPattern: pattern as QRCode.QRCodeMaskPattern,
        }).modules
        expect(size).toBe(theirs.size)
        expect(Buffer.from(symbol).equals(Buffer.from(theirs.data)), `${url}, pattern ${pattern}`).toBe(true)
      })
    }
  })

  it('draws the path from those modules', () => {
    const url = urls[0]!
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
    const { size, d } = qrPath(url)
    const dark = new Set<string>()
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
      for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`)
    for (let row = 0; row < size; row++)
      for (let col = 0; col < size; col++) expect(dark.has(`${col},${row}`)).toBe(modules.get(row, col) === 1)
  })
})
