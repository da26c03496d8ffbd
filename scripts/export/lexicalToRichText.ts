import type {
  BlockNode,
  CalloutNode,
  InlineNode,
  LinkNode,
  ListItemNode,
  ListNode,
  RichText,
} from '@jol/content-schemas'
import { safeHrefSchema } from '@jol/content-schemas'

/**
 * Lexical JSON (what the CMS editor stores) → the snapshot's portable rich-text tree.
 *
 * Only nodes the site knows how to render safely survive. Anything else is not silently dropped:
 * it becomes a problem naming the node and where it is, so an editor can fix the text. Every problem
 * in a document is collected (not just the first), so one export run lists them all.
 */

/** A problem inside one rich-text field; `path` starts with the field name, e.g. `body.children.3`. */
export interface RichTextProblem {
  path: string
  message: string
}

export interface RichTextConversion {
  tree: RichText
  problems: RichTextProblem[]
  /** Pictures left out of the text, and why (the text itself is published without them). */
  leftOut: RichTextProblem[]
}

/**
 * Finds the snapshot media id (content address) for the CMS id an upload node points at; undefined
 * when there is no such file, a problem when the text cannot be published with it, or `leaveOut` when
 * the picture is left out of the text (and the reason listed) while the rest of the text is published.
 */
export type MediaLookup = (cmsId: string) => string | undefined | { problem: string } | { leaveOut: string }

type LexicalNode = Record<string, unknown> & { type?: unknown; children?: unknown }

// Lexical's text format bitmask: only bold and italic exist in the portable tree; underline,
// strikethrough, code, sub/superscript and highlight are presentation the site does not offer.
const BOLD = 1
const ITALIC = 2

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: LexicalNode): unknown[] => (Array.isArray(node.children) ? node.children : [])
const typeName = (node: unknown): string =>
  isNode(node) && typeof node.type === 'string' ? node.type : typeof node

/** The CMS id an upload or relationship value carries: a bare id at depth 0, a document when populated. */
export function relationId(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (isNode(value) && (typeof value.id === 'string' || typeof value.id === 'number')) return String(value.id)
  return undefined
}

/** The CMS ids of every media file a Lexical document shows, so the exporter copies only those. */
export function mediaInLexical(value: unknown): string[] {
  const ids: string[] = []
  const walk = (node: unknown) => {
    if (!isNode(node)) return
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = relationId(node.value)
      if (id !== undefined) ids.push(id)
    }
    childrenOf(node).forEach(walk)
    if (isNode(node.root)) walk(node.root)
  }
  walk(value)
  return ids
}

export function lexicalToRichText(
  value: unknown,
  field: string,
  mediaLookup: MediaLookup,
): RichTextConversion {
  const problems: RichTextProblem[] = []
  const leftOut: RichTextProblem[] = []
  const report = (path: string, message: string) => problems.push({ path, message })
  const empty: RichText = { type: 'root', children: [] }

  const root = isNode(value) && isNode(value.root) ? value.root : undefined
  if (value === null || value === undefined) {
    report(field, 'is missing')
    return { tree: empty, problems, leftOut }
  }
  if (!root || root.type !== 'root') {
    report(field, 'is not a Lexical document (no root node)')
    return { tree: empty, problems, leftOut }
  }

  const text = (node: LexicalNode): InlineNode => {
    const format = typeof node.format === 'number' ? node.format : 0
    return {
      type: 'text',
      text: typeof node.text === 'string' ? node.text : '',
      ...(format & BOLD ? { bold: true } : {}),
      ...(format & ITALIC ? { italic: true } : {}),
    }
  }

  /** One text-level node; `inLink` forbids links in links (the contract's links hold text only). */
  const inlineNode = (node: unknown, at: string, inLink: boolean): InlineNode | undefined => {
    if (!isNode(node)) return void report(at, `is not a node (${typeName(node)})`)
    switch (node.type) {
      case 'text':
        return text(node)
      case 'linebreak':
        return { type: 'linebreak' }
      case 'tab':
        // A tab has no meaning on a web page or in print: it reads as a space.
        return { type: 'text', text: ' ' }
      case 'link':
      case 'autolink':
        if (inLink) return void report(at, 'a link inside a link cannot be shown')
        return linkNode(node, at)
      default:
        return void report(at, misplaced(node, 'inside a line of text'))
    }
  }

  const inline = (nodes: unknown[], path: string, inLink = false): InlineNode[] =>
    nodes.flatMap((node, index) => inlineNode(node, `${path}.${index}`, inLink) ?? [])

  const linkNode = (node: LexicalNode, at: string): LinkNode | undefined => {
    const fields = isNode(node.fields) ? node.fields : {}
    const children = inline(childrenOf(node), `${at}.children`, true) as LinkNode['children']
    if (fields.linkType === 'internal' || (fields.doc !== undefined && fields.doc !== null)) {
      report(
        `${at}.fields`,
        'links to a document inside the CMS; the site can only show https://, http://, mailto: or tel: links',
      )
      return undefined
    }
    const url = typeof fields.url === 'string' ? fields.url.trim() : ''
    if (!safeHrefSchema.safeParse(url).success) {
      report(
        `${at}.fields.url`,
        `"${url}" is not allowed; a link must be an https://, http://, mailto: or tel: address`,
      )
      return undefined
    }
    return { type: 'link', href: url, children }
  }

  const list = (node: LexicalNode, at: string): ListNode => {
    // Lexical nests a list by giving it a list item of its own after the item it belongs to;
    // the portable tree puts the nested list inside that item, where a reader expects it.
    const items: ListItemNode[] = []
    childrenOf(node).forEach((item, index) => {
      const itemAt = `${at}.children.${index}`
      if (!isNode(item) || item.type !== 'listitem')
        return report(itemAt, misplaced(item, 'directly inside a list'))
      const children: ListItemNode['children'] = []
      childrenOf(item).forEach((child, childIndex) => {
        const childAt = `${itemAt}.children.${childIndex}`
        const converted =
          isNode(child) && child.type === 'list' ? list(child, childAt) : inlineNode(child, childAt, false)
        if (converted) children.push(converted)
      })
      const previous = items[items.length - 1]
      const onlyNestedLists = children.length > 0 && children.every((c) => c.type === 'list')
      if (onlyNestedLists && previous) previous.children.push(...children)
      else items.push({ type: 'listitem', children })
    })
    // `check` lists have no checkbox on a printed leaflet: they read as bullet lists.
    return { type: 'list', ordered: node.listType === 'number', items }
  }

  const heading = (node: LexicalNode): 2 | 3 | 4 => {
    const level = Number(String(node.tag ?? '').replace(/^h/, ''))
    // The page title is the h1, so a heading in the text starts at h2; h5/h6 read as h4.
    if (!Number.isFinite(level) || level <= 2) return 2
    return level >= 4 ? 4 : 3
  }

  const upload = (node: LexicalNode, at: string): BlockNode | undefined => {
    if (node.relationTo !== 'media')
      return void report(
        at,
        `an upload from "${String(node.relationTo)}" cannot be shown; only pictures from the media library`,
      )
    const cmsId = relationId(node.value)
    const media = cmsId === undefined ? undefined : mediaLookup(cmsId)
    if (media === undefined)
      return void report(
        `${at}.value`,
        `refers to media #${cmsId ?? '?'}, which does not exist or cannot be read`,
      )
    if (typeof media === 'object' && 'leaveOut' in media)
      return void leftOut.push({ path: `${at}.value`, message: media.leaveOut })
    if (typeof media !== 'string') return void report(`${at}.value`, media.problem)
    return { type: 'image', media }
  }

  const callout = (node: LexicalNode, at: string): CalloutNode | undefined => {
    const fields = isNode(node.fields) ? node.fields : {}
    if (fields.blockType !== 'callout')
      return void report(at, `the block "${String(fields.blockType)}" is not one the site can show`)
    const optional = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined)
    const text = optional(fields.text)
    const phone = optional(fields.phone)
    // Kind and title are passed through as they are: the contract's schema names what is wrong with them.
    return {
      type: 'callout',
      kind: fields.kind as CalloutNode['kind'],
      title: typeof fields.title === 'string' ? fields.title : '',
      ...(text ? { text } : {}),
      ...(phone ? { phone } : {}),
    }
  }

  const blocks: BlockNode[] = []
  childrenOf(root).forEach((node, index) => {
    const at = `${field}.children.${index}`
    if (!isNode(node)) return report(at, `is not a node (${typeName(node)})`)
    switch (node.type) {
      case 'paragraph':
        blocks.push({ type: 'paragraph', children: inline(childrenOf(node), `${at}.children`) })
        return
      case 'heading':
        blocks.push({
          type: 'heading',
          level: heading(node),
          children: inline(childrenOf(node), `${at}.children`),
        })
        return
      case 'quote':
        blocks.push({ type: 'quote', children: inline(childrenOf(node), `${at}.children`) })
        return
      case 'list':
        blocks.push(list(node, at))
        return
      case 'upload': {
        const image = upload(node, at)
        if (image) blocks.push(image)
        return
      }
      case 'block': {
        const box = callout(node, at)
        if (box) blocks.push(box)
        return
      }
      default:
        return report(at, misplaced(node, 'in the text'))
    }
  })
  return { tree: { type: 'root', children: blocks }, problems, leftOut }
}

const known = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'upload',
  'block',
  'text',
  'linebreak',
  'tab',
  'link',
  'autolink',
])

/** "unknown node" for a type nobody handles, "cannot stand here" for a known one in the wrong place. */
function misplaced(node: unknown, where: string): string {
  const type = typeName(node)
  return known.has(type)
    ? `the node "${type}" cannot stand ${where}`
    : `"${type}" is not a node the site can show (unknown node type)`
}
