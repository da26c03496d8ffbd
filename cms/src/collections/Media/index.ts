import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access/isEditorOrAdmin'
import { mediaReaders } from '../../access/mediaReaders'
import { refuseUnknownLocale } from '../../hooks/refuseUnknownLocale'
import { mediaDir } from '../../paths'
import { rebuildOnMediaChange, rebuildOnMediaDelete } from '../../publishing'
import { fileResponseHeaders, refuseUnsafeSvg } from './fileSafety'
import { acceptedMimeTypes, refuseOversizedFile } from './uploadLimits'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image or document', plural: 'Media' },
  access: {
    // Readers get a file only while published content shows it (and never one without consent).
    read: mediaReaders,
    create: isEditorOrAdmin,
    // Media has no drafts: a change is live at once, so translators leave it to editors.
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeOperation: [refuseUnknownLocale, refuseOversizedFile, refuseUnsafeSvg],
    afterChange: [rebuildOnMediaChange],
    afterDelete: [rebuildOnMediaDelete],
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'credit', 'consentRecorded'] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: acceptedMimeTypes,
    focalPoint: true,
    // Responsive renditions for the web; the original stays untouched for print and press kits.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    modifyResponseHeaders: fileResponseHeaders,
  },
  fields: [
    { name: 'alt', label: 'Alternative text', type: 'text', localized: true, required: true, maxLength: 300 },
    { name: 'caption', type: 'text', localized: true, maxLength: 300 },
    {
      name: 'credit',
      type: 'text',
      required: true,
      admin: { description: 'Who made it, as it must be printed.' },
    },
    {
      name: 'licence',
      type: 'select',
      required: true,
      defaultValue: 'All rights reserved',
      options: ['CC BY 4.0', 'CC BY-SA 4.0', 'CC0 1.0', 'All rights reserved'],
    },
    {
      name: 'showsIdentifiablePeople',
      label: 'Shows people who can be recognised',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'consentRecorded',
      label: 'Their written consent is on file',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        condition: (_, siblingData) => Boolean(siblingData?.showsIdentifiablePeople),
        description:
          'Without it the photo is left out of press kits. Many of the people we write about are at risk if recognised.',
      },
    },
  ],
}
