import type { BlockNode, CalloutNode, InlineNode, ListNode, RichText } from '@jol/content-schemas'

import type { PrintFiles } from './engine'
import type { PrintImage } from './images'

/**
 * The portable rich-text tree made ready for a print template (`typst/jol.typ` draws it): the
 * same nodes as the web page, no others, with pictures resolved to files and sizes and heading
 * levels that never skip one (PDF/UA-1 requires it; an editor may go from h2 to h4).
 */

export interface PrintedPicture extends PrintImage {
  /** The CMS alt text; none marks a decorative picture, which a screen reader skips. */
  alt?: string | undefined
  /** BCP-47 tag of the alt text and caption when they are in another language than the document. */
  altLang?: string | undefined
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

/** A picture as a template draws it: a file, its printed size in points, alt text, caption line. */
export interface PicturePrint {
  src: string
  width: number
  height: number
  fit: 'contain' | 'cover'
  alt?: string | undefined
  lang?: string | undefined
  caption?: string | undefined
}

type InlinePrint = InlineNode
interface ListPrint {
  type: 'list'
  ordered: boolean
  items: { children: InlinePrint[]; lists: ListPrint[] }[]
}
export type BlockPrint =
  | { type: 'paragraph' | 'quote'; children: InlinePrint[] }
  | { type: 'heading'; level: number; children: InlinePrint[] }
  | ListPrint
  | { type: 'image'; picture: PicturePrint }
  | {
      type: 'callout'
      kind: CalloutNode['kind']
      title: string
      text?: string | undefined
      phone?: string | undefined
    }

/** A picture scaled into a box `maxWidth` × `maxHeight` points, never enlarged past the column. */
export function picturePrint(
  shown: PrintedPicture,
  files: PrintFiles,
  box: { maxWidth: number; maxHeight: number; fit?: 'contain' | 'cover' },
  creditLine: (credit: string) => string,
): PicturePrint {
  const ratio = shown.height > 0 ? shown.width / shown.height : 1
  const fit = box.fit ?? 'contain'
  const width = fit === 'cover' ? box.maxWidth : Math.min(box.maxWidth, box.maxHeight * ratio)
  const height = Math.min(box.maxHeight, width / ratio)
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    src: files.add(shown.data, shown.format),
    width: round(width),
    height: round(height),
    fit,
    alt: shown.alt?.trim() || undefined,
    lang: shown.altLang,
    caption: [shown.caption, creditLine(shown.credit)].filter(Boolean).join(' ') || undefined,
  }
}

function listPrint(node: ListNode): ListPrint {
  return {
    type: 'list',
    ordered: node.ordered,
    items: node.items.map((item) => ({
      children: item.children.filter((child): child is InlineNode => child.type !== 'list'),
      lists: item.children.filter((child): child is ListNode => child.type === 'list').map(listPrint),
    })),
  }
}

export interface RichTextPrintOptions {
  files: PrintFiles
  /** Width of the text column in points. */
  columnWidth: number
  /** The level of the heading the text sits under (1 under the document's title). */
  underLevel: number
}

/** The tree as template data. A picture missing from `context.pictures` is left out (it was reported when read). */
export function richTextPrint(
  tree: RichText,
  context: RichTextContext,
  options: RichTextPrintOptions,
): BlockPrint[] {
  let previous = options.underLevel
  const block = (node: BlockNode): BlockPrint | undefined => {
    switch (node.type) {
      case 'paragraph':
      case 'quote':
        return { type: node.type, children: node.children }
      case 'heading':
        previous = Math.min(node.level, previous + 1)
        return { type: 'heading', level: previous, children: node.children }
      case 'list':
        return listPrint(node)
      case 'image': {
        const shown = context.pictures.get(node.media)
        // A picture illustrates; at most 150 pt high, it does not push the help box onto another page.
        return shown
          ? {
              type: 'image',
              picture: picturePrint(
                shown,
                options.files,
                { maxWidth: options.columnWidth, maxHeight: 150 },
                context.creditLine,
              ),
            }
          : undefined
      }
      case 'callout':
        return {
          type: 'callout',
          kind: node.kind,
          title: node.title || context.calloutLabels[node.kind],
          text: node.text,
          phone: node.phone,
        }
    }
  }
  return tree.children.map(block).filter((b): b is BlockPrint => b !== undefined)
}
