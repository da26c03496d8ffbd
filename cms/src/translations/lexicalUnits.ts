import { escapeMarkup } from '@jol/content-schemas'

/**
 * Rich text (Lexical) as translation units: one unit per block (paragraph, heading, quote, list item,
 * a callout's title and text), its inline markup written as XLIFF 2.0 `<pc>` (bold, italic, links)
 * and `<ph>` (line breaks). The ids of the inline codes are numbered within the unit; the source
 * block says what each one stands for, so a translation rebuilds the same structure.
 */

export interface LexicalNode {
  type?: string
  text?: string
  format?: number | string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
  [key: string]: unknown
}

/** What an inline code of a unit stands for in the source block. */
export type InlineCode =
  { kind: 'format'; bit: number } | { kind: 'link'; node: LexicalNode } | { kind: 'linebreak' }

export interface RichUnit {
  id: string
  markup: string
  codes: Map<string, InlineCode>
  /** Where the unit lives: the block whose inline children it is, or a callout block's text field. */
  node: LexicalNode
  field?: string
}

const formatSubTypes: Record<number, string> = { 1: 'xlf:b', 2: 'xlf:i', 8: 'xlf:u' }
const formatBits = [1, 2, 4, 8, 16, 32, 64]

function inlineMarkup(nodes: LexicalNode[], codes: Map<string, InlineCode>): string {
  const nextId = () => String(codes.size + 1)
  return nodes
    .map((node) => {
      if (node.type === 'text') {
        const format = typeof node.format === 'number' ? node.format : 0
        let markup = escapeMarkup(node.text ?? '')
        for (const bit of [...formatBits].reverse()) {
          if (!(format & bit)) continue
          const id = nextId()
          codes.set(id, { kind: 'format', bit })
          const subType = formatSubTypes[bit] ? ` subType="${formatSubTypes[bit]}"` : ''
          markup = `<pc id="${id}" type="fmt"${subType}>${markup}</pc>`
        }
        return markup
      }
      if (node.type === 'linebreak') {
        const id = nextId()
        codes.set(id, { kind: 'linebreak' })
        return `<ph id="${id}" type="fmt" subType="xlf:lb"/>`
      }
      if (node.type === 'link' || node.type === 'autolink') {
        const id = nextId()
        codes.set(id, { kind: 'link', node })
        return `<pc id="${id}" type="link">${inlineMarkup(node.children ?? [], codes)}</pc>`
      }
      return inlineMarkup(node.children ?? [], codes)
    })
    .join('')
}

function blockUnit(id: string, node: LexicalNode, children: LexicalNode[]): RichUnit[] {
  const codes = new Map<string, InlineCode>()
  const markup = inlineMarkup(children, codes)
  return markup.trim() === '' ? [] : [{ id, markup, codes, node }]
}

function listUnits(list: LexicalNode, id: string): RichUnit[] {
  return (list.children ?? []).flatMap((item, index) => {
    const itemId = `${id}.${index}`
    const children = item.children ?? []
    const nested = children.filter((child) => child.type === 'list')
    return [
      ...blockUnit(
        itemId,
        item,
        children.filter((child) => child.type !== 'list'),
      ),
      ...nested.flatMap((child, n) => listUnits(child, `${itemId}.${n}`)),
    ]
  })
}

/** A callout's texts that readers see (its phone number is the same in every language). */
const calloutTextFields = ['title', 'text']

/** The units of a rich-text value whose field path is `path` (`body.0`, `body.3.1`, `body.4.title`). */
export function richTextUnits(path: string, value: unknown): RichUnit[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return (root?.children ?? []).flatMap((node, index): RichUnit[] => {
    const id = `${path}.${index}`
    if (node.type === 'list') return listUnits(node, id)
    if (node.type === 'block') {
      return calloutTextFields.flatMap((field) => {
        const text = node.fields?.[field]
        return typeof text === 'string' && text.trim() !== ''
          ? [{ id: `${id}.${field}`, markup: escapeMarkup(text), codes: new Map(), node, field }]
          : []
      })
    }
    if (node.type === 'upload' || node.type === 'horizontalrule') return []
    return blockUnit(id, node, node.children ?? [])
  })
}

/** Parsed inline content of a translated unit: text, and codes with their content. */
export type InlinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'pc'; id: string; children: InlinePiece[] }
  | { kind: 'ph'; id: string }

const textNode = (text: string, format: number): LexicalNode => ({
  type: 'text',
  text,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** Lexical inline nodes from a translated unit; an inline code the source block lacks is an error. */
export function inlineNodes(
  pieces: InlinePiece[],
  codes: Map<string, InlineCode>,
  unitId: string,
  format = 0,
): LexicalNode[] {
  return pieces.flatMap((piece): LexicalNode[] => {
    if (piece.kind === 'text') return piece.text === '' ? [] : [textNode(piece.text, format)]
    const code = codes.get(piece.id)
    if (!code) throw new Error(`unit "${unitId}": inline code "${piece.id}" is not in the source`)
    if (piece.kind === 'ph') {
      if (code.kind !== 'linebreak') throw new Error(`unit "${unitId}": "${piece.id}" is not a line break`)
      return [{ type: 'linebreak', version: 1 }]
    }
    if (code.kind === 'format') return inlineNodes(piece.children, codes, unitId, format | code.bit)
    if (code.kind === 'link')
      return [{ ...code.node, children: inlineNodes(piece.children, codes, unitId, format) }]
    throw new Error(`unit "${unitId}": "${piece.id}" is a line break, not a span`)
  })
}

/** Writes a translated unit into its place in a copy of the source's tree. */
export function setRichUnit(unit: RichUnit, pieces: InlinePiece[]): void {
  if (unit.field) {
    const text = pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('')
    unit.node.fields = { ...unit.node.fields, [unit.field]: text }
    return
  }
  const nested = (unit.node.children ?? []).filter((child) => child.type === 'list')
  unit.node.children = [...inlineNodes(pieces, unit.codes, unit.id), ...nested]
}
