import { Parser } from 'htmlparser2'

/**
 * What Pagefind reads of a page, as one string: two pages with the same string give the same
 * search index. A page changes in ways no search sees (the date of an edit made in another
 * language, a reordered list marked `data-pagefind-ignore`); comparing this instead of the bytes
 * lets a build reuse a locale's index when only such things changed.
 *
 * Pagefind reads, of a page with `data-pagefind-body` somewhere in its run (every locale has its
 * help pages): the `<html lang>`, the markup inside `data-pagefind-body` elements except
 * `data-pagefind-ignore` subtrees, the first `<h1>` (the default title) and the `<img>` tags (the
 * default image follows that `<h1>`), and any element carrying a `data-pagefind-*` setting (meta,
 * filter, sort…) with its text. This keeps all of those, tags with their attributes, so it errs on
 * the side of "changed". A page
 * without `data-pagefind-body` is not indexed at all: `undefined`.
 */
export function indexedContent(html: string): string | undefined {
  const parts: string[] = []
  let lang = ''
  let hasBody = false
  let bodyDepth = 0
  let ignoreDepth = 0
  let titleSeen = false
  // Inside a subtree kept whole wherever it is: the first `<h1>`, an element with a Pagefind setting.
  let inKept = 0
  // One set of flags per open element, popped on its closing tag (htmlparser2 closes void and implied elements too).
  const open: { body: boolean; ignore: boolean; kept: boolean }[] = []
  const tag = (name: string, attributes: Record<string, string>) =>
    `<${name}${Object.keys(attributes)
      .sort()
      .map((key) => ` ${key}=${JSON.stringify(attributes[key])}`)
      .join('')}>`
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') lang = attributes.lang ?? ''
        const body = 'data-pagefind-body' in attributes
        const ignore = 'data-pagefind-ignore' in attributes
        const title = name === 'h1' && !titleSeen
        if (title) titleSeen = true
        if (body) hasBody = true
        const setting = Object.keys(attributes).some(
          (key) =>
            key.startsWith('data-pagefind-') &&
            key !== 'data-pagefind-ignore' &&
            key !== 'data-pagefind-body',
        )
        const kept = title || setting
        open.push({ body, ignore, kept })
        bodyDepth += Number(body)
        ignoreDepth += Number(ignore)
        inKept += Number(kept)
        const indexed = bodyDepth > 0 && ignoreDepth === 0
        if (indexed || inKept > 0 || name === 'img') parts.push(tag(name, attributes))
      },
      ontext(text) {
        if ((bodyDepth > 0 && ignoreDepth === 0) || inKept > 0) parts.push(text)
      },
      onclosetag(name) {
        const indexed = bodyDepth > 0 && ignoreDepth === 0
        if (indexed || inKept > 0) parts.push(`</${name}>`)
        const flags = open.pop()
        if (!flags) return
        bodyDepth -= Number(flags.body)
        ignoreDepth -= Number(flags.ignore)
        inKept -= Number(flags.kept)
      },
    },
    // Entities stay as written: decoded text could read like a tag in the joined string.
    { decodeEntities: false },
  )
  parser.end(html)
  return hasBody ? JSON.stringify([lang, parts.join('')]) : undefined
}
