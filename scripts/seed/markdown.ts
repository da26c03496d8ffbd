import { campaignEditor } from '@jol/cms/fields/richText'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

/** Converts the seed's Markdown into Lexical with the same editor the CMS uses for `body`. */
export async function markdownConverter(config: SanitizedConfig) {
  const editorConfig = await editorConfigFactory.fromEditor({ config, editor: campaignEditor })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
}
