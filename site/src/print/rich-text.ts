import type { BlockNode, CalloutNode, InlineNode, ListNode, RichText } from '@jol/content-schemas'
import { Image, Link, StyleSheet, Text, View } from '@react-pdf/renderer'
import { createElement as h, type ReactElement, type ReactNode } from 'react'

import type { PrintImage } from './images'
import { printTheme } from './theme'

/**
 * The portable rich-text tree drawn with react-pdf, for every printed document: the same nodes as
 * the web page, no others (the contract has no raw HTML, so neither has the PDF).
 */

export interface PrintedPicture extends PrintImage {
  caption?: string | undefined
  credit: string
}

export interface RichTextContext {
  /** Pictures by media id, already read and scaled for print. */
  pictures: ReadonlyMap<string, PrintedPicture>
  /** Titles shown on callout boxes with no title of their own, in the document's language. */
  calloutLabels: Record<CalloutNode['kind'], string>
  /** "Photo: {{credit}}" in the document's language. */
  creditLine: (credit: string) => string
}

const styles = StyleSheet.create({
  paragraph: { marginBottom: 6 },
  heading2: { fontSize: 13, lineHeight: 1.25, fontWeight: 700, marginTop: 6, marginBottom: 4 },
  heading3: { fontSize: 11.5, lineHeight: 1.25, fontWeight: 700, marginTop: 4, marginBottom: 3 },
  heading4: { fontSize: 10.5, lineHeight: 1.25, fontWeight: 700, marginTop: 3, marginBottom: 2 },
  quote: { marginBottom: 6, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: printTheme.accent, fontStyle: 'italic' },
  listItem: { flexDirection: 'row', marginBottom: 2 },
  marker: { width: 14 },
  itemBody: { flex: 1 },
  link: { color: printTheme.link, textDecoration: 'underline' },
  figure: { marginVertical: 6 },
  /** A picture illustrates; it should not push the help box onto another page. */
  image: { maxHeight: 150, objectFit: 'contain', objectPosition: 'left' },
  caption: { fontSize: 8, color: printTheme.muted, marginTop: 2 },
  callout: { borderWidth: 1, borderColor: printTheme.accent, borderRadius: 3, padding: 6, marginBottom: 6 },
  calloutWarning: { borderColor: printTheme.warning },
  calloutTitle: { fontWeight: 700 },
})

/** Only marks are set: an unmarked run inherits its block's weight and style (bold headings, italic quotes). */
type BlockStyle = (typeof styles)[keyof typeof styles]

const inlineStyle = (node: { bold?: boolean | undefined; italic?: boolean | undefined }) => ({ ...(node.bold ? { fontWeight: 700 } : {}), ...(node.italic ? { fontStyle: 'italic' as const } : {}) })

type Run = Exclude<InlineNode, { type: 'linebreak' }>

/**
 * Inline nodes cut at their line breaks into lines (a link with a break inside becomes two links).
 * A "\n" inside a react-pdf text would be drawn with its fallback font, Helvetica, which has no
 * Cyrillic and is not embedded: each line is its own text instead.
 */
export function splitLines(nodes: readonly InlineNode[]): Run[][] {
  const lines: Run[][] = [[]]
  const current = () => lines[lines.length - 1]!
  for (const node of nodes) {
    if (node.type === 'linebreak') lines.push([])
    else if (node.type === 'text') current().push(node)
    else {
      for (const child of node.children) {
        if (child.type === 'linebreak') lines.push([])
        else current().push({ ...node, children: [child] })
      }
    }
  }
  return lines
}

function runs(nodes: readonly Run[]): ReactNode[] {
  return nodes.map((node, index) =>
    node.type === 'text'
      ? h(Text, { key: index, style: inlineStyle(node) }, node.text)
      : h(Link, { key: index, src: node.href, style: styles.link }, runs(node.children as Run[])),
  )
}

/** One text per line; the style (margins, weight) applies to the whole block. */
function lines(nodes: readonly InlineNode[], style: BlockStyle, key: number, extra: Record<string, unknown> = {}): ReactElement {
  const cut = splitLines(nodes)
  if (cut.length === 1) return h(Text, { key, style, ...extra }, runs(cut[0]!))
  return h(View, { key, style, ...extra }, cut.map((line, index) => h(Text, { key: index }, runs(line))))
}

function list(node: ListNode, depth: number, key: number): ReactElement {
  return h(
    View,
    { key, style: { marginLeft: depth * 12, marginBottom: depth === 0 ? 6 : 0 } },
    node.items.map((item, index) => {
      const words = item.children.filter((child): child is InlineNode => child.type !== 'list')
      const nested = item.children.filter((child): child is ListNode => child.type === 'list')
      return h(
        View,
        { key: index },
        h(View, { style: styles.listItem, wrap: false }, h(Text, { style: styles.marker }, node.ordered ? `${index + 1}.` : '•'), lines(words, styles.itemBody, 0)),
        nested.map((child, n) => list(child, depth + 1, n)),
      )
    }),
  )
}

function picture(media: string, context: RichTextContext, key: number): ReactElement | null {
  const shown = context.pictures.get(media)
  if (!shown) return null
  return h(
    View,
    { key, style: styles.figure, wrap: false },
    h(Image, { src: { data: shown.data, format: shown.format }, style: styles.image }),
    h(Text, { style: styles.caption }, [shown.caption, context.creditLine(shown.credit)].filter(Boolean).join(' ')),
  )
}

function callout(node: CalloutNode, context: RichTextContext, key: number): ReactElement {
  return h(
    View,
    { key, style: node.kind === 'warning' ? [styles.callout, styles.calloutWarning] : styles.callout, wrap: false },
    h(Text, { style: styles.calloutTitle }, node.title || context.calloutLabels[node.kind]),
    node.text ? h(Text, null, node.text) : null,
    node.phone ? h(Text, { style: { fontWeight: 700 } }, node.phone) : null,
  )
}

function block(node: BlockNode, context: RichTextContext, key: number): ReactElement | null {
  switch (node.type) {
    case 'paragraph':
      return lines(node.children, styles.paragraph, key)
    case 'heading':
      return lines(node.children, styles[`heading${node.level}`], key, { minPresenceAhead: 24 })
    case 'quote':
      return lines(node.children, styles.quote, key)
    case 'list':
      return list(node, 0, key)
    case 'image':
      return picture(node.media, context, key)
    case 'callout':
      return callout(node, context, key)
  }
}

/** The code and styles above, for the cache key of every document that shows rich text. */
export const richTextLayout = () => [styles, inlineStyle, splitLines, runs, lines, list, picture, callout, block]

export function RichTextBlocks({ tree, context }: { tree: RichText; context: RichTextContext }): ReactElement {
  return h(View, null, tree.children.map((node, index) => block(node, context, index)))
}
