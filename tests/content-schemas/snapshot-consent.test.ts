import { snapshotProblems, type Media } from '@jol/content-schemas'
import { describe, expect, it } from 'vitest'

/** The snapshot contract, whoever wrote the snapshot: no photo of people without recorded consent. */

const photo = (id: string, extra: Partial<Media>): Media => ({
  id,
  file: `media/${id}.jpg`,
  filename: `${id}.jpg`,
  mimeType: 'image/jpeg',
  filesize: 10,
  width: 10,
  height: 10,
  credit: 'Jol',
  licence: 'CC BY 4.0',
  showsIdentifiablePeople: false,
  consentRecorded: false,
  translations: { en: { alt: 'A photo' } },
  ...extra,
})

const snapshotWith = (media: Media[]) =>
  snapshotProblems({
    leaflets: [],
    'press-releases': [],
    newsletters: [],
    posts: [],
    campaigns: [],
    questions: [],
    media,
    globals: {
      siteSettings: {
        hotlinePhone: '1',
        translations: { en: { siteName: 'Jol', hotlineLabel: 'Hotline', footerContacts: [] } },
      },
      pressRoom: { translations: { en: { boilerplate: { type: 'root', children: [] }, mediaContacts: [] } } },
    },
  })

describe('photos of identifiable people in a snapshot', () => {
  it('are refused without recorded consent, naming the file', () => {
    expect(
      snapshotWith([photo('aaaaaaaaaaaaaaaa', { showsIdentifiablePeople: true, filename: 'crowd.jpg' })]),
    ).toEqual([
      'media/aaaaaaaaaaaaaaaa/*/consentRecorded: crowd.jpg shows identifiable people and no consent is recorded; it may not be published',
    ])
  })

  it('pass with recorded consent, and so do photos without people', () => {
    expect(
      snapshotWith([
        photo('bbbbbbbbbbbbbbbb', { showsIdentifiablePeople: true, consentRecorded: true }),
        photo('cccccccccccccccc', {}),
      ]),
    ).toEqual([])
  })
})
