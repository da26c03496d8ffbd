import {
  isDraftedCollection,
  isLocaleCode,
  kindOf,
  nextTranslationState,
  readTranslationState,
  sourceLocale,
  type TranslationState,
} from '@jol/content-schemas'
import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  Field,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

import { documentUnits, hashUnits, unitTexts } from '../translations/units'

/**
 * Translations that keep up, for every content collection (added by `contentCollection()`): each
 * save records, per locale, which source text the translation was made from (a hash of the source
 * language's units), so the admin can say missing, outdated or up to date. A save of the source
 * marked "minor" carries the up-to-date translations over to the new source.
 */

const minorContext = 'jolMinorChange'

export const translationFields: Field[] = [
  {
    name: 'translations',
    label: 'Translations',
    type: 'ui',
    admin: {
      components: {
        Field: '/translations/components/TranslationPanel#TranslationPanel',
        Cell: '/translations/components/TranslationStatusCell#TranslationStatusCell',
      },
    },
  },
  {
    name: 'minorChange',
    label: 'Minor change (no retranslation needed)',
    type: 'checkbox',
    virtual: true,
    admin: {
      position: 'sidebar',
      description: 'For a typo fix in the source language: the translations stay up to date.',
    },
  },
  {
    name: 'translationState',
    label: 'Translation state',
    type: 'json',
    // Staff only: it keeps earlier source texts, which a public reader has no business seeing.
    access: { read: ({ req }) => Boolean(req.user) },
    admin: { hidden: true, readOnly: true },
  },
]

/**
 * Takes the "minor" mark out of the submitted data (it is not stored) and ignores any submitted
 * translation state (only the hook below writes it). Runs before the translators' shared-field check.
 */
export const takeTranslationInput: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const { minorChange, translationState: _ignored, ...rest } = data
  req.context[minorContext] = minorChange === true
  return { ...args, data: rest }
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** A document's source units (read in the source language) and their hash. */
function sourceUnitsOf(collection: SanitizedCollectionConfig, doc: unknown) {
  const units = unitTexts(documentUnits(collection.fields, doc))
  return { hash: hashUnits(units), units }
}

/** The source units and their hash, read from the source language's latest version. */
async function sourceOf(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string) {
  const doc = await req.payload.findByID({
    collection: collection.slug as never,
    id,
    locale: sourceLocale,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return doc ? sourceUnitsOf(collection, doc) : undefined
}

export const recordTranslation: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const locale = req.locale
  if (!isLocaleCode(locale) || !isDraftedCollection(collection.slug)) return data
  const merged: Record<string, unknown> = { ...originalDoc, ...data }
  let state: TranslationState = readTranslationState(originalDoc?.translationState)
  const now = new Date().toISOString()
  if (locale === sourceLocale) {
    const { hash, units } = sourceUnitsOf(collection, merged)
    const minor = req.context[minorContext] === true
    state = nextTranslationState(state, {
      locale,
      sourceUnits: units,
      sourceHash: hash,
      written: true,
      minor,
      now,
    })
  } else {
    // Entries saved before translations were tracked: their source is read once.
    if (!state.source && originalDoc?.id !== undefined) {
      const source = await sourceOf(req, collection, originalDoc.id)
      if (source) state = { ...state, source }
    }
    const written = filled(merged[kindOf(collection.slug).writtenBy])
    state = nextTranslationState(state, { locale, written, minor: false, now })
  }
  return { ...data, translationState: state }
}

const sourceBeside = '/translations/components/TranslationPanel#SourceBeside'

/** Every localized text field shows the source language's text beside it (in other locales). */
export function withSourceBeside(fields: Field[], localized = false): Field[] {
  return fields.map((field): Field => {
    const inLocalized = localized || ('localized' in field && Boolean(field.localized))
    switch (field.type) {
      case 'text':
      case 'textarea': {
        if (!inLocalized) return field
        const components = field.admin?.components
        const afterInput = [...(components?.afterInput ?? []), sourceBeside]
        return { ...field, admin: { ...field.admin, components: { ...components, afterInput } } } as Field
      }
      case 'array':
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: withSourceBeside(field.fields, inLocalized) } as Field
      case 'blocks':
        return {
          ...field,
          blocks: (field.blocks ?? []).map((block) => ({
            ...block,
            fields: withSourceBeside(block.fields, inLocalized),
          })),
        }
      default:
        return field
    }
  })
}
