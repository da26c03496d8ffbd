import type { Block } from 'payload'

import { validateLinkUrl } from '../../fields/richText'

/** A story points at a published post or leaflet, with its own headline and blurb for the letter. */
export const storySection: Block = {
  slug: 'story',
  interfaceName: 'NewsletterStory',
  fields: [
    { name: 'target', type: 'relationship', relationTo: ['posts', 'leaflets'], required: true },
    { name: 'headline', type: 'text', localized: true, required: true },
    { name: 'blurb', type: 'textarea', localized: true },
  ],
}

export const eventSection: Block = {
  slug: 'event',
  interfaceName: 'NewsletterEvent',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'date', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'place', type: 'text', localized: true, required: true },
    { name: 'description', type: 'textarea', localized: true },
  ],
}

export const callToActionSection: Block = {
  slug: 'call-to-action',
  interfaceName: 'NewsletterCallToAction',
  fields: [
    { name: 'label', type: 'text', localized: true, required: true },
    { name: 'url', type: 'text', required: true, validate: validateLinkUrl },
    { name: 'description', type: 'textarea', localized: true },
  ],
}
