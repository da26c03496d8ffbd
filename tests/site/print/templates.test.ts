import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Typst reuses a layout from an earlier document only under the same styles, and every set rule
 * above a piece of content is part of its styles. So no template sets a value of its own document
 * (title, description, footer) before its content: the metadata is its last line, the footer is
 * read where it is shown (see "Speed" in `jol.typ`). A set rule moved back to the top would make every
 * leaflet lay out its labels and help box again, and no test of the PDFs would notice.
 */

const dir = path.join(import.meta.dirname, '../../../site/src/print/typst')
const templates = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.typ') && file !== 'jol.typ')
  .map((file) => ({ file, source: fs.readFileSync(path.join(dir, file), 'utf8') }))
const shared = fs.readFileSync(path.join(dir, 'jol.typ'), 'utf8')

/** The source without its comments, so a comment naming a rule does not count as one. */
const code = (source: string) => source.replace(/\/\/.*$/gm, '')

describe('print templates', () => {
  it('set the document metadata last, after all content', () => {
    expect(templates.map((t) => t.file).sort()).toEqual(
      expect.arrayContaining(['help-directory.typ', 'leaflet.typ', 'press-release.typ']),
    )
    for (const { file, source } of templates) {
      const lines = code(source)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
      expect(lines.at(-1), file).toBe('#set std.document(..document-info)')
      expect(
        lines.filter((line) => line.includes('std.document')),
        file,
      ).toHaveLength(1)
    }
  })

  it('pass no value of one document to the page and type set-up', () => {
    for (const { file, source } of templates) {
      const setUp = /document\.with\(([^)]*)\)/.exec(code(source))
      expect(setUp, file).not.toBeNull()
      expect(setUp![1], file).not.toMatch(/data\.(title|subject|summary|footer|date)/)
    }
    // The shared set-up reads the footer where it is drawn and leaves the metadata to the end.
    const setUp = code(shared).slice(code(shared).indexOf('#let document('))
    expect(setUp).toContain('footer: context')
    expect(setUp.slice(0, setUp.indexOf('\n}'))).not.toContain('std.document')
  })
})
