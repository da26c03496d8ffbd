const quoteOrEnd = /["'>]/g
const scriptEnd = /<\/script/gi
const styleEnd = /<\/style/gi

const escapeBrackets = (value: string) =>
  value.includes('<') || value.includes('>')
    ? value.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    : value

/**
 * Astro escapes `&` and `"` in attribute values, which is all HTML needs: `<` inside a quoted value
 * is inert. We also escape `<` and `>` there, so that no page ever contains a literal `<script` or
 * `<svg onload` from content, even inside an alt text or a meta description (defence in depth for
 * anything that scans or copies our HTML naively). Browsers decode `&lt;` back to the same value.
 *
 * This walks Astro's serialised output: outside tags every `<` starts a tag (text is already
 * escaped), inside a tag values are double-quoted (Astro always writes them so), and raw-text
 * elements (script, style) are copied untouched.
 */
export function escapeAngleBracketsInAttributes(html: string): string {
  // Pieces are found with indexOf and regular expressions and copied in slices: this runs on every page.
  let out = ''
  let i = 0
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) {
      out += html.slice(i)
      break
    }
    out += html.slice(i, open)
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open)
      const stop = end === -1 ? html.length : end + 3
      out += html.slice(open, stop)
      i = stop
      continue
    }
    // Inside a tag: copy until its closing `>` outside quotes, escaping brackets inside quotes.
    let tag = '<'
    let j = open + 1
    for (;;) {
      quoteOrEnd.lastIndex = j
      const found = quoteOrEnd.exec(html)
      if (!found) {
        tag += html.slice(j)
        j = html.length
        break
      }
      const at = found.index
      if (found[0] === '>') {
        tag += html.slice(j, at + 1)
        j = at
        break
      }
      const close = html.indexOf(found[0], at + 1)
      const valueEnd = close === -1 ? html.length : close
      tag += html.slice(j, at + 1) + escapeBrackets(html.slice(at + 1, valueEnd))
      if (close === -1) {
        j = html.length
        break
      }
      tag += found[0]
      j = close + 1
    }
    out += tag
    i = j + 1
    const name = /^<([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase()
    if (name === 'script' || name === 'style') {
      const closing = name === 'script' ? scriptEnd : styleEnd
      closing.lastIndex = i
      const stop = closing.exec(html)?.index ?? html.length
      out += html.slice(i, stop)
      i = stop
    }
  }
  return out
}
