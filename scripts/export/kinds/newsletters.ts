import {
  storyTargetCollections,
  type Newsletter,
  type NewsletterSection,
  type StoryTargetCollection,
} from '@jol/content-schemas'

import { relationId } from '../lexicalToRichText'
import {
  compact,
  iso,
  list,
  optional,
  required,
  rows,
  type Doc,
  type KindConverter,
  afterCampaigns,
  campaignSlugs,
} from './convert'

const isStoryTarget = (value: unknown): value is StoryTargetCollection =>
  storyTargetCollections.includes(value as StoryTargetCollection)

export const newsletters: KindConverter<'newsletters'> = {
  mediaIds: () => [],
  after: [...storyTargetCollections, ...afterCampaigns],
  convert({ slug, shared, written }, context) {
    const { leaveOut, slugOf } = context
    const translations: Newsletter['translations'] = {}
    for (const [locale, doc] of written) {
      const sections: NewsletterSection[] = []
      rows(doc.sections).forEach((row, index) => {
        // A section that cannot be shown is left out; the rest of the issue is published.
        const at = (field: string) => (message: string) =>
          leaveOut(locale, `sections.${index}${field}`, `${message}; the section is left out`)
        switch (row.blockType) {
          case 'story': {
            // Stories point at documents by CMS id; the snapshot names them by slug.
            const target = (typeof row.target === 'object' && row.target !== null ? row.target : {}) as Doc
            const collection = target.relationTo
            const targetId = relationId(target.value)
            if (!isStoryTarget(collection) || targetId === undefined)
              return at('.target')('does not point at a post or a leaflet')
            const targetSlug = slugOf(collection, targetId)
            if (targetSlug === undefined)
              return at('.target')(
                `points at ${collection} #${targetId}, which is not published (or was left out)`,
              )
            sections.push(
              compact({
                kind: 'story',
                target: { collection, slug: targetSlug },
                headline: required(row.headline),
                blurb: optional(row.blurb),
              }),
            )
            return
          }
          case 'event':
            sections.push(
              compact({
                kind: 'event',
                title: required(row.title),
                date: iso(row.date),
                place: required(row.place),
                description: optional(row.description),
              }),
            )
            return
          case 'call-to-action':
            sections.push(
              compact({
                kind: 'call-to-action',
                label: required(row.label),
                url: required(row.url).trim(),
                description: optional(row.description),
              }),
            )
            return
          default:
            return at('')(`"${String(row.blockType)}" is not a section the site can show`)
        }
      })
      translations[locale] = compact({
        subject: required(doc.subject),
        preheader: optional(doc.preheader),
        intro: required(doc.intro),
        sections,
      })
    }
    return {
      slug,
      updatedAt: iso(shared.updatedAt),
      campaigns: campaignSlugs(shared, context),
      topics: list<Newsletter['topics'][number]>(shared.topics),
      issueNumber: shared.issueNumber as number,
      date: iso(shared.date),
      translations,
    }
  },
}
