import { z } from 'zod'

import { mediaIdSchema, requiredTextSchema, safeHrefSchema } from './text'

/**
 * The portable rich-text tree: what the site renders to HTML and to PDF, whatever editor wrote it.
 * Only these nodes exist; there is no node for raw HTML, and links are limited by `safeHrefSchema`.
 * Headings start at level 2 because the page title is the h1.
 */

export const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
})
export type TextNode = z.infer<typeof textNodeSchema>

export const lineBreakNodeSchema = z.strictObject({ type: z.literal('linebreak') })
export type LineBreakNode = z.infer<typeof lineBreakNodeSchema>

/** A link holds text only: no link in a link. */
export const linkNodeSchema = z.strictObject({
  type: z.literal('link'),
  href: safeHrefSchema,
  children: z.array(z.discriminatedUnion('type', [textNodeSchema, lineBreakNodeSchema])),
})
export type LinkNode = z.infer<typeof linkNodeSchema>

export const inlineNodeSchema = z.discriminatedUnion('type', [textNodeSchema, lineBreakNodeSchema, linkNodeSchema])
export type InlineNode = z.infer<typeof inlineNodeSchema>

export const listNodeSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  get items(): z.ZodArray<typeof listItemNodeSchema> {
    return z.array(listItemNodeSchema)
  },
})

/** A list item: a line of text, possibly followed by a nested list. */
export const listItemNodeSchema = z.strictObject({
  type: z.literal('listitem'),
  get children(): z.ZodArray<z.ZodUnion<[typeof inlineNodeSchema, typeof listNodeSchema]>> {
    return z.array(z.union([inlineNodeSchema, listNodeSchema]))
  },
})
export type ListNode = z.infer<typeof listNodeSchema>
export type ListItemNode = z.infer<typeof listItemNodeSchema>

export const paragraphNodeSchema = z.strictObject({ type: z.literal('paragraph'), children: z.array(inlineNodeSchema) })
export const headingNodeSchema = z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3), z.literal(4)]), children: z.array(inlineNodeSchema) })
export const quoteNodeSchema = z.strictObject({ type: z.literal('quote'), children: z.array(inlineNodeSchema) })
export const imageNodeSchema = z.strictObject({ type: z.literal('image'), media: mediaIdSchema })

export const calloutKindSchema = z.enum(['hotline', 'info', 'warning'])
/** A highlighted box: a hotline to call, a warning, something good to know. */
export const calloutNodeSchema = z.strictObject({
  type: z.literal('callout'),
  kind: calloutKindSchema,
  title: requiredTextSchema,
  text: requiredTextSchema.optional(),
  phone: requiredTextSchema.optional(),
})
export type CalloutNode = z.infer<typeof calloutNodeSchema>

export const blockNodeSchema = z.discriminatedUnion('type', [paragraphNodeSchema, headingNodeSchema, quoteNodeSchema, listNodeSchema, imageNodeSchema, calloutNodeSchema])
export type BlockNode = z.infer<typeof blockNodeSchema>

export const richTextSchema = z.strictObject({ type: z.literal('root'), children: z.array(blockNodeSchema) })
export type RichText = z.infer<typeof richTextSchema>

/** Every media id a tree shows, in order. */
export function mediaInRichText(tree: RichText): string[] {
  return tree.children.flatMap((node) => (node.type === 'image' ? [node.media] : []))
}

const inlineText = (nodes: readonly (InlineNode | ListNode)[]): string =>
  nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.text
        case 'linebreak':
          return '\n'
        case 'link':
          return inlineText(node.children)
        case 'list':
          return ''
      }
    })
    .join('')

function listText(list: ListNode, depth: number): string {
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${index + 1}.` : '-'
      const nested = item.children.filter((child): child is ListNode => child.type === 'list').map((child) => listText(child, depth + 1))
      return [`${'  '.repeat(depth)}${marker} ${inlineText(item.children)}`, ...nested].join('\n')
    })
    .join('\n')
}

/**
 * The text of a tree as plain text: blocks separated by a blank line, list items on their own
 * lines. Used for the plain-text versions (press kits, e-mail) and to compare what a PDF shows.
 */
export function plainText(tree: RichText): string {
  return tree.children
    .map((node) => {
      switch (node.type) {
        case 'paragraph':
        case 'heading':
        case 'quote':
          return inlineText(node.children)
        case 'list':
          return listText(node, 0)
        case 'image':
          return ''
        case 'callout':
          return [node.title, node.text, node.phone].filter(Boolean).join('\n')
      }
    })
    .filter((text) => text.trim() !== '')
    .join('\n\n')
}
