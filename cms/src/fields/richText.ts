import {
  BlockquoteFeature,
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  HeadingFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
  UploadFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import type { Block, FieldAffectingData, RichTextField } from 'payload'

import { safeHrefSchema } from '@jol/content-schemas'

import { editorBlockWithLabels } from '../i18n/labels'
import { validationMessage } from '../i18n/validationTexts'
import { validatePhone } from './contacts'

/**
 * Links may only lead to the web, an e-mail or a phone (no `javascript:`, no `data:`): the snapshot's
 * own rule, so a link the editor accepts is never one the export refuses.
 */
export const validateLinkUrl = (value: unknown, options?: { req?: { t?: unknown } }): true | string =>
  safeHrefSchema.safeParse(value).success ? true : validationMessage(options, 'linkUrl', String(value ?? ''))

/**
 * A boxed notice inside a text, e.g. the hotline to call. Blocks of the editor live outside the
 * collections' fields, so their words (i18n/labels, `blocks.callout.*`) are put in here.
 */
export const calloutBlock: Block = editorBlockWithLabels({
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: ['hotline', 'info', 'warning'],
    },
    { name: 'title', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'phone', type: 'text', validate: validatePhone },
  ],
})

/**
 * The editor offers exactly the nodes the portable rich-text tree knows (paragraph, heading,
 * list, quote, link, emphasis, image, callout), so nothing an editor writes is lost on export.
 */
export const campaignEditor = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlockquoteFeature(),
    LinkFeature({
      enabledCollections: [],
      fields: ({ defaultFields }) =>
        defaultFields.map((field: FieldAffectingData) =>
          field.name === 'url' ? ({ ...field, validate: validateLinkUrl } as FieldAffectingData) : field,
        ),
    }),
    UploadFeature({ collections: { media: { fields: [] } } }),
    BlocksFeature({ blocks: [calloutBlock] }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})

export const bodyField = (overrides: Partial<RichTextField> = {}): RichTextField => ({
  name: 'body',
  type: 'richText',
  localized: true,
  required: true,
  editor: campaignEditor,
  ...overrides,
})
