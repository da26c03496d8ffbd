/**
 * The text an editor sees in the body's Lexical editor, as plain text for the plain-language hints:
 * blocks separated by a blank line, list items and line breaks on lines of their own, a callout's
 * title, text and phone as lines. (The export's full conversion to the portable tree lives in
 * scripts/, which the CMS may not import; hints need only the words.)
 */

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

function inline(nodes: LexicalNode[] = []): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text ?? ''
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'list') return `\n${list(node)}`
      return inline(node.children)
    })
    .join('')
}

const list = (node: LexicalNode): string =>
  (node.children ?? []).map((item) => inline(item.children)).join('\n')

function block(node: LexicalNode): string {
  switch (node.type) {
    case 'list':
      return list(node)
    case 'block':
      return ['title', 'text', 'phone']
        .map((name) => node.fields?.[name])
        .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
        .join('\n')
    case 'upload':
      return ''
    default:
      return inline(node.children)
  }
}

export function lexicalPlainText(state: unknown): string {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  return (root?.children ?? [])
    .map(block)
    .filter((text) => text.trim() !== '')
    .join('\n\n')
}
