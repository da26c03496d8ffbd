import { createHash } from 'node:crypto'

import { campaignEditor } from '@jol/cms/fields/richText'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

/**
 * Lexical gives some nodes (links) a random ObjectID-like `id` on every conversion. The seed must
 * give the same content each time, so ids are derived from the Markdown and the node's position.
 */
function withStableIds<T>(tree: T, markdown: string): T {
  const prefix = createHash('sha256').update(markdown).digest('hex').slice(0, 16)
  let counter = 0
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (typeof record.id === 'string' && /^[0-9a-f]{24}$/.test(record.id))
      record.id = prefix + (counter++).toString(16).padStart(8, '0')
    Object.values(record).forEach(visit)
  }
  visit(tree)
  return tree
}

/** Converts the seed's Markdown into Lexical with the same editor the CMS uses for `body`. */
export async function markdownConverter(config: SanitizedConfig) {
  const editorConfig = await editorConfigFactory.fromEditor({ config, editor: campaignEditor })
  return (markdown: string) => withStableIds(convertMarkdownToLexical({ editorConfig, markdown }), markdown)
}
