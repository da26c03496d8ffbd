const quoteOrEnd = /["'>]/g
const bracket = /[<>]/g
const scriptEnd = /<\/script/gi
const styleEnd = /<\/style/gi
/** A raw-text element's start tag at `lastIndex` (sticky: read there, no copy of the tag). */
const rawTextStart = /<(script|style)(?=[\s/>]|$)/iy

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
  const found = bracketsInAttributeValues(html)
  if (found.length === 0) return html
  let out = ''
  let from = 0
  for (const at of found) {
    out += `${html.slice(from, at)}${html[at] === '<' ? '&lt;' : '&gt;'}`
    from = at + 1
  }
  return out + html.slice(from)
}

/**
 * Where the brackets to escape are. Found by indexOf and regular expressions, not character by
 * character, and nothing is copied: this runs on every page, and most pages have none.
 */
function bracketsInAttributeValues(html: string): number[] {
  const found: number[] = []
  let i = 0
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) break
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open)
      i = end === -1 ? html.length : end + 3
      continue
    }
    // Inside a tag: up to its closing `>` outside quotes; brackets inside quotes are escaped.
    let j = open + 1
    for (;;) {
      quoteOrEnd.lastIndex = j
      const next = quoteOrEnd.exec(html)
      if (!next) {
        j = html.length
        break
      }
      if (next[0] === '>') {
        j = next.index
        break
      }
      const close = html.indexOf(next[0], next.index + 1)
      const valueEnd = close === -1 ? html.length : close
      bracket.lastIndex = next.index + 1
      for (let b = bracket.exec(html); b && b.index < valueEnd; b = bracket.exec(html)) found.push(b.index)
      if (close === -1) {
        j = html.length
        break
      }
      j = close + 1
    }
    rawTextStart.lastIndex = open
    const name = rawTextStart.exec(html)?.[1]?.toLowerCase()
    i = j + 1
    if (name !== undefined) {
      const closing = name === 'script' ? scriptEnd : styleEnd
      closing.lastIndex = i
      i = closing.exec(html)?.index ?? html.length
    }
  }
  return found
}
