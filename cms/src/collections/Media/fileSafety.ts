import fs from 'node:fs'

import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { jolText } from '../../i18n/jolText'
import type { RefusalTexts } from '../../i18n/refusalTexts'

type SvgRefusal = Extract<keyof RefusalTexts, `svg${string}`>

/**
 * An SVG is a document that can run script. Payload inspects SVGs, but one with an XHTML doctype
 * and an entity got through, so Jol accepts only plain SVG drawings: no DOCTYPE or entities (which
 * can hide anything from a pattern check), no script, event handlers, foreign content, other
 * namespaces' documents, style sheets or `javascript:` links.
 */
const refusedInSvg: [RegExp, SvgRefusal][] = [
  [/<!DOCTYPE/i, 'svgDoctype'],
  [/<!ENTITY/i, 'svgEntityDeclaration'],
  [/&(?!(?:amp|lt|gt|quot|apos);)[^\s;<&]*;/i, 'svgEntityReference'],
  [/<\?xml-stylesheet/i, 'svgStyleSheet'],
  [/<([\w-]+:)?(script|foreignObject|iframe|embed|object|handler|listener)\b/i, 'svgScript'],
  [/\son[a-z]+\s*=/i, 'svgEventHandler'],
  [/javascript\s*:/i, 'svgJavascriptLink'],
  [/http:\/\/www\.w3\.org\/1999\/xhtml/i, 'svgXhtml'],
]

/** Why an SVG (given as its bytes) is refused, as its key in the refusal words, or undefined when it is a plain drawing. */
function svgRefusal(data: Buffer): SvgRefusal | undefined {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || data.includes(0)) {
    return 'svgNotUtf8'
  }
  const text = data.toString('utf8')
  if (!/<svg[\s>]/i.test(text)) return 'svgNoSvgElement'
  return refusedInSvg.find(([pattern]) => pattern.test(text))?.[1]
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
    // In the uploader's admin language.
    const text = jolText(req.i18n, 'jolRefusals')
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: text('svgRefused', { name: file.name, reason: text(refusal) }),
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
