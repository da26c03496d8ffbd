import {
  getLocale,
  isDraftedCollection,
  localeCodes,
  sourceLocale,
  type DraftedCollection,
  type LocaleCode,
} from '@jol/content-schemas'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Field, PayloadRequest } from 'payload'

import { translationTexts, type TranslationTexts } from '../i18n/translationTexts'
import type { InlinePiece } from './lexicalUnits'
import { applyTranslation, documentUnits, unitTexts } from './units'

/**
 * XLIFF 2.0 for professional translators: one `<file>` per entry (`leaflets.12`), one `<unit>` per
 * translatable text (a rich-text block keeps its bold, italic, links and line breaks as `<pc>` and
 * `<ph>`). An import is checked against the entry's current source, unit by unit, and written only
 * when every file and unit matches: nothing is half-written.
 */

export interface EntryRef {
  collection: DraftedCollection
  id: number | string
}

/** Why a file is refused, as its key in the translation words (`jolTranslations`). */
export type XliffRefusal = keyof Pick<
  TranslationTexts,
  | 'unknownEntry'
  | 'unsupportedMarkup'
  | 'tooLarge'
  | 'noEntities'
  | 'notWellFormed'
  | 'notXliff'
  | 'wrongSource'
  | 'unknownTargetInFile'
  | 'doesNotMatch'
  | 'noEntry'
>

/** A refused file: the refusal (in English in `message`, by key for other languages) and its problems. */
export class XliffError extends Error {
  constructor(
    readonly refusal: XliffRefusal,
    readonly status: number,
    readonly problems: string[] = [],
    readonly vars: Record<string, string> = {},
  ) {
    const headline = translationTexts.en[refusal].replace(
      /\{\{(\w+)\}\}/g,
      (_, name: string) => vars[name] ?? '',
    )
    super(problems.length ? `${headline}: ${problems.join('; ')}` : headline)
  }
}

const namespace = 'urn:oasis:names:tc:xliff:document:2.0'
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

const fieldsOf = (req: PayloadRequest, collection: DraftedCollection): Field[] =>
  req.payload.collections[collection].config.fields

async function readEntry(req: PayloadRequest, ref: EntryRef, locale: LocaleCode) {
  return req.payload.findByID({
    collection: ref.collection,
    id: ref.id,
    locale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    user: req.user,
    req,
  })
}

/** The tag of a locale (`uz-Latn`) and back: XLIFF names languages by BCP-47. */
const localeOfTag = (tag: string): LocaleCode | undefined =>
  localeCodes.find((code) => getLocale(code).tag.toLowerCase() === tag.toLowerCase())

export async function exportXliff(
  req: PayloadRequest,
  refs: EntryRef[],
  target: LocaleCode,
): Promise<string> {
  const files: string[] = []
  for (const ref of refs) {
    const source = await readEntry(req, ref, sourceLocale)
    if (!source) throw new XliffError('unknownEntry', 404, [`${ref.collection}.${ref.id}`])
    const translated = unitTexts(
      documentUnits(fieldsOf(req, ref.collection), await readEntry(req, ref, target)),
    )
    const units = documentUnits(fieldsOf(req, ref.collection), source).map((unit) => {
      const existing = translated[unit.id]
      return [
        `    <unit id="${escapeAttribute(unit.id)}">`,
        '      <segment>',
        `        <source>${unit.markup}</source>`,
        ...(existing !== undefined ? [`        <target>${existing}</target>`] : []),
        '      </segment>',
        '    </unit>',
      ].join('\n')
    })
    files.push(`  <file id="${ref.collection}.${ref.id}">\n${units.join('\n')}\n  </file>`)
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${namespace}" version="2.0" srcLang="${getLocale(sourceLocale).tag}" ` +
      `trgLang="${getLocale(target).tag}">`,
    ...files,
    '</xliff>',
    '',
  ].join('\n')
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> }

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
})

const tagOf = (node: XmlNode): string => Object.keys(node).find((key) => key !== ':@')!
const childrenOf = (node: XmlNode): XmlNode[] => (node[tagOf(node)] as XmlNode[]) ?? []
const elements = (nodes: XmlNode[], tag: string) => nodes.filter((node) => tagOf(node) === tag)

function pieces(nodes: XmlNode[], unitId: string): InlinePiece[] {
  return nodes.map((node): InlinePiece => {
    const tag = tagOf(node)
    if (tag === '#text') return { kind: 'text', text: String(node['#text']) }
    const id = node[':@']?.id
    if (tag === 'pc' && id) return { kind: 'pc', id, children: pieces(childrenOf(node), unitId) }
    if (tag === 'ph' && id) return { kind: 'ph', id }
    throw new XliffError('unsupportedMarkup', 400, [`unit "${unitId}": <${tag}>`])
  })
}

/** Inline content compared by meaning (text, code ids and nesting), not by spelling. */
const comparable = (value: InlinePiece[]): string =>
  JSON.stringify(
    value.reduce<InlinePiece[]>((merged, piece) => {
      const last = merged[merged.length - 1]
      if (piece.kind === 'text' && last?.kind === 'text') last.text += piece.text
      else
        merged.push(
          piece.kind === 'pc' ? { ...piece, children: JSON.parse(comparable(piece.children)) } : { ...piece },
        )
      return merged
    }, []),
  )

const markupPieces = (markup: string, unitId: string) =>
  pieces(childrenOf(parser.parse(`<r>${markup}</r>`)[0] as XmlNode), unitId)

const maxBytes = 5 * 1024 * 1024

export interface ImportResult {
  target: LocaleCode
  entries: EntryRef[]
}

/** A well-formed XLIFF 2.0 file from the source language, and the language it translates into. */
export interface XliffFile {
  root: XmlNode
  target: LocaleCode
}

/**
 * Reads an XLIFF 2.0 file, refused when too large, when it declares entities, is not well-formed,
 * is not XLIFF 2.0 from the source language or names no known target language.
 */
export function readXliff(xml: string): XliffFile {
  if (Buffer.byteLength(xml) > maxBytes) throw new XliffError('tooLarge', 413)
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new XliffError('noEntities', 400)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new XliffError('notWellFormed', 400, [`line ${valid.err.line}: ${valid.err.msg}`])
  const root = (parser.parse(xml) as XmlNode[]).find((node) => tagOf(node) === 'xliff')
  const attributes = root?.[':@'] ?? {}
  if (!root || attributes.version !== '2.0') throw new XliffError('notXliff', 400)
  if (attributes.srcLang !== getLocale(sourceLocale).tag)
    throw new XliffError('wrongSource', 400, [`srcLang="${attributes.srcLang ?? ''}"`], {
      tag: getLocale(sourceLocale).tag,
    })
  const target = localeOfTag(attributes.trgLang ?? '')
  if (!target || target === sourceLocale)
    throw new XliffError('unknownTargetInFile', 400, [`trgLang="${attributes.trgLang ?? ''}"`])
  return { root, target }
}

/**
 * Writes a file's translations (see `readXliff`) as drafts of its target language, with the
 * signed-in user's rights. Refused, with every problem named (file and unit), when the file names
 * an unknown entry, leaves a unit untranslated, or when a unit's source is not the entry's current
 * source (changed, added or removed since the export).
 */
export async function importXliff(req: PayloadRequest, { root, target }: XliffFile): Promise<ImportResult> {
  const problems: string[] = []
  const writes: { ref: EntryRef; data: Record<string, unknown> }[] = []
  for (const file of elements(childrenOf(root), 'file')) {
    const fileId = file[':@']?.id ?? ''
    const match = /^([a-z-]+)\.([\w-]+)$/.exec(fileId)
    if (!match || !isDraftedCollection(match[1])) {
      problems.push(`file "${fileId}": not an entry of Jol`)
      continue
    }
    const ref: EntryRef = { collection: match[1], id: /^\d+$/.test(match[2]!) ? Number(match[2]) : match[2]! }
    const fields = fieldsOf(req, ref.collection)
    const source = await readEntry(req, ref, sourceLocale)
    if (!source) {
      problems.push(`file "${fileId}": no such entry`)
      continue
    }
    const current = new Map(documentUnits(fields, source).map((unit) => [unit.id, unit.markup]))
    const translated = new Map<string, InlinePiece[]>()
    const seen = new Set<string>()
    try {
      for (const unit of elements(childrenOf(file), 'unit')) {
        const unitId = unit[':@']?.id ?? ''
        seen.add(unitId)
        const segments = elements(childrenOf(unit), 'segment')
        const segment = segments.length === 1 ? childrenOf(segments[0]!) : []
        const sourceNode = elements(segment, 'source')[0]
        const targetNode = elements(segment, 'target')[0]
        const now = current.get(unitId)
        if (now === undefined) {
          problems.push(`file "${fileId}", unit "${unitId}": not in the current source`)
          continue
        }
        if (
          !sourceNode ||
          comparable(pieces(childrenOf(sourceNode), unitId)) !== comparable(markupPieces(now, unitId))
        ) {
          problems.push(`file "${fileId}", unit "${unitId}": the source changed since the export`)
          continue
        }
        const text = targetNode ? pieces(childrenOf(targetNode), unitId) : []
        if (!text.some((piece) => piece.kind !== 'text' || piece.text.trim() !== '')) {
          problems.push(`file "${fileId}", unit "${unitId}": no translation`)
          continue
        }
        translated.set(unitId, text)
      }
    } catch (error) {
      if (!(error instanceof XliffError)) throw error
      problems.push(...error.problems.map((problem) => `file "${fileId}", ${problem}`))
      continue
    }
    for (const unitId of current.keys())
      if (!seen.has(unitId))
        problems.push(`file "${fileId}", unit "${unitId}": missing from the file (new in the source)`)
    if (problems.length) continue
    try {
      writes.push({
        ref,
        data: applyTranslation(fields, source, await readEntry(req, ref, target), translated),
      })
    } catch (error) {
      problems.push(`file "${fileId}", ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (problems.length) throw new XliffError('doesNotMatch', 409, problems)
  if (writes.length === 0) throw new XliffError('noEntry', 400)
  for (const { ref, data } of writes) {
    await req.payload.update({
      collection: ref.collection,
      id: ref.id,
      locale: target,
      data: data as never,
      draft: true,
      overrideAccess: false,
      user: req.user,
      req,
    })
  }
  return { target, entries: writes.map((write) => write.ref) }
}
