import { richTextSchema } from '@jol/content-schemas'
import { lexicalToRichText, mediaInLexical } from '@jol/scripts/export/lexicalToRichText'
import { describe, expect, it } from 'vitest'

/**
 * The Lexical → portable rich text conversion, node by node, on Lexical JSON shaped like what the
 * CMS editor (and the seed's Markdown import) stores.
 */

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})
const paragraph = (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const link = (url: string, children: unknown[], type = 'link') =>
  element(type, children, { fields: { linkType: 'custom', newTab: false, url } })
const listItem = (children: unknown[], value = 1) => element('listitem', children, { value })
const list = (listType: 'bullet' | 'number' | 'check', items: unknown[]) =>
  element('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' })
const doc = (...children: unknown[]) => ({ root: element('root', children) })

const media = new Map([['7', 'abcdef0123456789']])
const convert = (value: unknown) => lexicalToRichText(value, 'body', (id) => media.get(id))

describe('lexicalToRichText', () => {
  it('keeps bold and italic from the format bitmask and drops the rest', () => {
    const { tree, problems } = convert(
      doc(
        paragraph(
          text('plain'),
          text('bold', 1),
          text('italic', 2),
          text('both', 3),
          text('underlined code', 8 | 16),
          text('bold struck', 1 | 4),
        ),
      ),
    )
    expect(problems).toEqual([])
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'plain' },
            { type: 'text', text: 'bold', bold: true },
            { type: 'text', text: 'italic', italic: true },
            { type: 'text', text: 'both', bold: true, italic: true },
            { type: 'text', text: 'underlined code' },
            { type: 'text', text: 'bold struck', bold: true },
          ],
        },
      ],
    })
  })

  it('converts headings h2–h4, clamping h1 to 2 and h5/h6 to 4', () => {
    const { tree, problems } = convert(
      doc(...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => element('heading', [text(tag)], { tag }))),
    )
    expect(problems).toEqual([])
    expect(tree.children.map((node) => (node.type === 'heading' ? node.level : node.type))).toEqual([
      2, 2, 3, 4, 4, 4,
    ])
  })

  it('converts quotes, line breaks, and tabs (as spaces)', () => {
    const { tree, problems } = convert(
      doc(
        element('quote', [
          text('first'),
          { type: 'linebreak', version: 1 },
          text('second'),
          { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 },
          text('third'),
        ]),
      ),
    )
    expect(problems).toEqual([])
    expect(tree.children).toEqual([
      {
        type: 'quote',
        children: [
          { type: 'text', text: 'first' },
          { type: 'linebreak' },
          { type: 'text', text: 'second' },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'third' },
        ],
      },
    ])
  })

  it('converts links and autolinks to https, mailto and tel', () => {
    const { tree, problems } = convert(
      doc(
        paragraph(
          link('https://example.org/help', [text('help', 1)]),
          text(' '),
          link('mailto:press@example.org', [text('write')]),
          link('tel:+78000801234', [text('call')]),
          link('http://example.org', [text('example.org')], 'autolink'),
        ),
      ),
    )
    expect(problems).toEqual([])
    expect(tree.children[0]).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'link',
          href: 'https://example.org/help',
          children: [{ type: 'text', text: 'help', bold: true }],
        },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'mailto:press@example.org', children: [{ type: 'text', text: 'write' }] },
        { type: 'link', href: 'tel:+78000801234', children: [{ type: 'text', text: 'call' }] },
        { type: 'link', href: 'http://example.org', children: [{ type: 'text', text: 'example.org' }] },
      ],
    })
  })

  it('converts bullet, numbered and check lists, with a nested list inside its parent item', () => {
    const lexical = doc(
      list('bullet', [
        listItem([text('documents')], 1),
        // Lexical's nesting: an item holding only the nested list, right after its parent item.
        listItem(
          [list('number', [listItem([text('passport')], 1), listItem([text('migration card')], 2)])],
          2,
        ),
        listItem([text('school')], 2),
      ]),
      list('check', [listItem([text('done')], 1)]),
    )
    const { tree, problems } = convert(lexical)
    expect(problems).toEqual([])
    expect(tree.children).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          {
            type: 'listitem',
            children: [
              { type: 'text', text: 'documents' },
              {
                type: 'list',
                ordered: true,
                items: [
                  { type: 'listitem', children: [{ type: 'text', text: 'passport' }] },
                  { type: 'listitem', children: [{ type: 'text', text: 'migration card' }] },
                ],
              },
            ],
          },
          { type: 'listitem', children: [{ type: 'text', text: 'school' }] },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [{ type: 'listitem', children: [{ type: 'text', text: 'done' }] }],
      },
    ])
    expect(richTextSchema.safeParse(tree).success).toBe(true)
  })

  it('turns an upload into an image by its snapshot media id, and a callout block into a callout', () => {
    const { tree, problems } = convert(
      doc(
        { type: 'upload', relationTo: 'media', value: 7, fields: {}, format: '', version: 3, id: 'x1' },
        {
          type: 'block',
          fields: {
            id: 'b1',
            blockName: '',
            blockType: 'callout',
            kind: 'hotline',
            title: 'Free hotline',
            text: 'Mon–Sat, 9–20',
            phone: '+7 800 080 1234',
          },
          format: '',
          version: 2,
        },
        {
          type: 'block',
          fields: {
            id: 'b2',
            blockName: '',
            blockType: 'callout',
            kind: 'info',
            title: 'Good to know',
            text: '',
            phone: null,
          },
          format: '',
          version: 2,
        },
      ),
    )
    expect(problems).toEqual([])
    expect(tree.children).toEqual([
      { type: 'image', media: 'abcdef0123456789' },
      {
        type: 'callout',
        kind: 'hotline',
        title: 'Free hotline',
        text: 'Mon–Sat, 9–20',
        phone: '+7 800 080 1234',
      },
      { type: 'callout', kind: 'info', title: 'Good to know' },
    ])
    expect(richTextSchema.safeParse(tree).success).toBe(true)
    expect(
      mediaInLexical(doc(paragraph(text('x')), { type: 'upload', relationTo: 'media', value: { id: 9 } })),
    ).toEqual(['9'])
  })

  it('reports a javascript: link, an internal link, an unknown node and a missing picture, each with its path, all at once', () => {
    const { problems } = convert(
      doc(
        paragraph(text('ok')),
        paragraph(text('click '), link('javascript:alert(1)', [text('here')])),
        element('table', [element('tablerow', [])]),
        paragraph(
          element('link', [text('doc')], {
            fields: { linkType: 'internal', doc: { relationTo: 'posts', value: 3 } },
          }),
        ),
        list('bullet', [listItem([text('a'), { type: 'equation', equation: 'x' }])]),
        { type: 'upload', relationTo: 'media', value: 99 },
        { type: 'block', fields: { blockType: 'video', url: 'https://example.org' } },
      ),
    )
    expect(problems).toEqual([
      {
        path: 'body.children.1.children.1.fields.url',
        message: expect.stringMatching(/"javascript:alert\(1\)" is not allowed/),
      },
      { path: 'body.children.2', message: '"table" is not a node the site can show (unknown node type)' },
      {
        path: 'body.children.3.children.0.fields',
        message: expect.stringMatching(/links to a document inside the CMS/),
      },
      {
        path: 'body.children.4.children.0.children.1',
        message: '"equation" is not a node the site can show (unknown node type)',
      },
      {
        path: 'body.children.5.value',
        message: 'refers to media #99, which does not exist or cannot be read',
      },
      { path: 'body.children.6', message: 'the block "video" is not one the site can show' },
    ])
  })

  it('reports a known node in the wrong place, and a missing field', () => {
    expect(convert(doc(paragraph({ type: 'upload', relationTo: 'media', value: 7 }))).problems).toEqual([
      { path: 'body.children.0.children.0', message: 'the node "upload" cannot stand inside a line of text' },
    ])
    expect(
      lexicalToRichText(doc({ type: 'upload', relationTo: 'media', value: 7 }), 'body', () => ({
        problem: 'is not a picture',
      })).problems,
    ).toEqual([{ path: 'body.children.0.value', message: 'is not a picture' }])
    expect(convert(null).problems).toEqual([{ path: 'body', message: 'is missing' }])
    expect(convert({ nope: true }).problems).toEqual([
      { path: 'body', message: 'is not a Lexical document (no root node)' },
    ])
  })
})
