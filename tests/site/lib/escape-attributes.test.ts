import { describe, expect, it } from 'vitest'

import { escapeAngleBracketsInAttributes } from '../../../site/src/lib/escape-attributes'

/**
 * The escaping every page goes through (see site/src/middleware.ts). It scans in slices for speed;
 * `characterByCharacter` is the plain reading of the same rules, against which random markup is checked.
 */

function characterByCharacter(html: string): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) return out + html.slice(i)
    out += html.slice(i, open)
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open)
      const stop = end === -1 ? html.length : end + 3
      out += html.slice(open, stop)
      i = stop
      continue
    }
    let j = open + 1
    let quote: string | null = null
    let tag = '<'
    for (; j < html.length; j++) {
      const c = html[j]!
      if (quote) {
        if (c === quote) quote = null
        tag += c === '<' ? '&lt;' : c === '>' ? '&gt;' : c
      } else {
        if (c === '"' || c === "'") quote = c
        tag += c
        if (c === '>') break
      }
    }
    out += tag
    i = j + 1
    const name = /^<([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase()
    if (name === 'script' || name === 'style') {
      // Only for input whose letters keep their length when lower-cased (not İ): indexes stay put.
      const close = html.toLowerCase().indexOf(`</${name}`, i)
      const stop = close === -1 ? html.length : close
      out += html.slice(i, stop)
      i = stop
    }
  }
  return out
}

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pieces = [
  '<p class="a">',
  '</p>',
  '<img alt="a < b > c">',
  "<a title='x<y'>",
  '<meta content="<script>x</script>">',
  '<script>if (a < b) x = "<p>"</script>',
  '<SCRIPT type="module">a<b</SCRIPT>',
  '<style>p > a { color: red }</style>',
  '<scripty title="<">',
  '<Styles data-x=">">',
  '</script>',
  '<!-- <x title="<y>"> -->',
  '<!-- unterminated',
  '<p title="unterminated',
  "<p title='",
  '<',
  '>',
  '"',
  "'",
  'text &lt; more',
  '1 < 2',
  'кириллица ʻ',
  ' ',
]

describe('escapeAngleBracketsInAttributes', () => {
  it('escapes brackets inside quoted values (double or single), nowhere else, and leaves scripts, styles and comments as they are', () => {
    expect(
      escapeAngleBracketsInAttributes(
        `<p title="a<b>c" data-x='<i>'>x > y</p><script>"<b>"</script><style>a>b{}</style><!-- "<" -->`,
      ),
    ).toBe(
      `<p title="a&lt;b&gt;c" data-x='&lt;i&gt;'>x > y</p><script>"<b>"</script><style>a>b{}</style><!-- "<" -->`,
    )
  })

  it('ends a script or a style at its closing tag in any case', () => {
    expect(escapeAngleBracketsInAttributes('<script>"<"</SCRIPT><p title="<">')).toBe(
      '<script>"<"</SCRIPT><p title="&lt;">',
    )
    expect(escapeAngleBracketsInAttributes('<Style>a<b</sTyLe><p title=">">')).toBe(
      '<Style>a<b</sTyLe><p title="&gt;">',
    )
  })

  it('escapes to the end an attribute whose quote never closes, and copies a tag left open', () => {
    expect(escapeAngleBracketsInAttributes('<p title="a<b')).toBe('<p title="a&lt;b')
    expect(escapeAngleBracketsInAttributes('x <p class="a"')).toBe('x <p class="a"')
    expect(escapeAngleBracketsInAttributes('<script>a<b')).toBe('<script>a<b')
  })

  it('finds the end of a script after letters that grow when lower-cased (İ)', () => {
    const html = `<h1>${'İ'.repeat(20)}</h1><script>x</script><p title="a<b">`
    expect(escapeAngleBracketsInAttributes(html)).toBe(
      `<h1>${'İ'.repeat(20)}</h1><script>x</script><p title="a&lt;b">`,
    )
  })

  it('gives what a character-by-character reading gives, on random markup', () => {
    const next = random(15)
    for (let round = 0; round < 5000; round++) {
      const length = Math.floor(next() * 12)
      const html = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]!).join('')
      expect(escapeAngleBracketsInAttributes(html), html).toBe(characterByCharacter(html))
    }
  })
})
