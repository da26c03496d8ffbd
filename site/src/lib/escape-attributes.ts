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
    let j = open + 1
    let quote: string | null = null
    let tag = '<'
    while (j < html.length) {
      const c = html[j]!
      if (quote) {
        if (c === quote) quote = null
        tag += c === '<' ? '&lt;' : c === '>' ? '&gt;' : c
      } else {
        if (c === '"' || c === "'") quote = c
        tag += c
        if (c === '>') break
      }
      j++
    }
    out += tag
    i = j + 1
    const name = /^<([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase()
    if (name === 'script' || name === 'style') {
      const close = html.toLowerCase().indexOf(`</${name}`, i)
      const stop = close === -1 ? html.length : close
      out += html.slice(i, stop)
      i = stop
    }
  }
  return out
}
