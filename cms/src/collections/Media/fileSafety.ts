import fs from 'node:fs'

import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

/**
 * An SVG is a document that can run script. Payload inspects SVGs, but one with an XHTML doctype
 * and an entity got through, so Jol accepts only plain SVG drawings: no DOCTYPE or entities (which
 * can hide anything from a pattern check), no script, event handlers, foreign content, other
 * namespaces' documents, style sheets or `javascript:` links.
 */
const refusedInSvg: [RegExp, string][] = [
  [/<!DOCTYPE/i, 'a DOCTYPE'],
  [/<!ENTITY/i, 'an entity declaration'],
  [
    /&(?!(?:amp|lt|gt|quot|apos);)[^\s;<&]*;/i,
    'an entity or character reference other than &amp; &lt; &gt; &quot; &apos;',
  ],
  [/<\?xml-stylesheet/i, 'a style sheet instruction'],
  [/<([\w-]+:)?(script|foreignObject|iframe|embed|object|handler|listener)\b/i, 'script or embedded content'],
  [/\son[a-z]+\s*=/i, 'an event handler (on… attribute)'],
  [/javascript\s*:/i, 'a javascript: link'],
  [/http:\/\/www\.w3\.org\/1999\/xhtml/i, 'XHTML content'],
]

/** Why an SVG (given as its bytes) is refused, or undefined when it is a plain drawing. */
function svgRefusal(data: Buffer): string | undefined {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || data.includes(0)) {
    return 'it is not UTF-8 text'
  }
  const text = data.toString('utf8')
  if (!/<svg[\s>]/i.test(text)) return 'it has no <svg> element'
  return refusedInSvg.find(([pattern]) => pattern.test(text))?.[1].replace(/^/, 'it contains ')
}

/** Looks like XML (an SVG, whatever its name or declared type claims). */
const looksLikeMarkup = (data: Buffer) =>
  /^\s*</.test(
    data
      .subarray(0, 512)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  )

export const refuseUnsafeSvg: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as (typeof req.file & { tempFilePath?: string }) | undefined
  if (!file) return args
  const data = file.data?.length
    ? file.data
    : file.tempFilePath
      ? fs.readFileSync(file.tempFilePath)
      : Buffer.alloc(0)
  const named = /\.svg$/i.test(file.name) || /svg/i.test(file.mimetype)
  if (!named && !looksLikeMarkup(data)) return args
  const refusal = svgRefusal(data)
  if (refusal) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: `"${file.name}" was refused: ${refusal}. Export it again as a plain SVG (or as PNG).`,
        },
      ],
    })
  }
  return args
}

/**
 * SVG and PDF files are offered as downloads, never shown inside the CMS's origin, and no browser
 * may guess another type than the one declared.
 */
export function fileResponseHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = headers.get('Content-Type') ?? ''
  if (/svg|pdf|xml/i.test(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
