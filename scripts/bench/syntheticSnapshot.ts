import {
  localeCodes,
  type Campaign,
  type Leaflet,
  type LocaleCode,
  type Newsletter,
  type Post,
  type PressRelease,
  type RichText,
} from '@jol/content-schemas'
import { mediaIdOf, type SnapshotInput } from '@jol/content-schemas/io'
import sharp from 'sharp'

import { campaign } from '../seed/content/campaign'

/**
 * A large snapshot for benchmarks: `entries` entries spread over the four kinds of content, each
 * written in all six languages with the demo campaign's real text (so page sizes and search
 * indexes are realistic), sharing four pictures.
 */

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString()
const para = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] })

/** The demo leaflets written in all six languages: every synthetic entry has every language. */
const fullLeaflets = campaign.leaflets.filter((leaflet) =>
  localeCodes.every((code) => leaflet.text[code] !== undefined),
)
const leafletText = (locale: LocaleCode, n: number) => fullLeaflets[n % fullLeaflets.length]!.text[locale]!

function bodyOf(locale: LocaleCode, n: number): RichText {
  const source = leafletText(locale, n)
  return {
    type: 'root',
    children: [
      para(source.summary),
      { type: 'heading', level: 2, children: [{ type: 'text', text: source.title }] },
      {
        type: 'list',
        ordered: false,
        items: source.keyMessages.map((message) => ({
          type: 'listitem' as const,
          children: [{ type: 'text' as const, text: message }],
        })),
      },
      para(`${source.summary} (${n})`),
    ],
  }
}

async function picture(n: number) {
  const colours = [
    { r: 30, g: 120, b: 90 },
    { r: 40, g: 60, b: 140 },
    { r: 160, g: 40, b: 30 },
    { r: 200, g: 150, b: 40 },
  ]
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: colours[n]! } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

export async function syntheticSnapshot(entries = 1000): Promise<SnapshotInput> {
  const files = await Promise.all([0, 1, 2, 3].map(picture))
  const media = files.map((data, n) => {
    const id = mediaIdOf(data)
    return {
      id,
      file: `media/${id}.jpg`,
      filename: `picture-${n}.jpg`,
      mimeType: 'image/jpeg',
      filesize: data.length,
      width: 1600,
      height: 1000,
      credit: 'Jol',
      licence: 'CC BY 4.0',
      showsIdentifiablePeople: false,
      consentRecorded: false,
      translations: Object.fromEntries(
        localeCodes.map((l) => [l, { alt: campaign.images[n % campaign.images.length]!.text[l].alt }]),
      ),
    }
  })
  const every = <T>(make: (locale: LocaleCode) => T) =>
    Object.fromEntries(localeCodes.map((l) => [l, make(l)])) as Record<LocaleCode, T>
  const quarter = Math.ceil(entries / 4)
  const text = leafletText

  const leaflets: Leaflet[] = []
  const pressReleases: PressRelease[] = []
  const newsletters: Newsletter[] = []
  const posts: Post[] = []
  for (let n = 0; n < entries; n++) {
    const slug = (kind: string) => `${kind}-${String(n).padStart(4, '0')}`
    const cover = media[n % media.length]!.id
    switch (Math.floor(n / quarter)) {
      case 0:
        leaflets.push({
          slug: slug('leaflet'),
          updatedAt: day(n),
          firstPublishedAt: day(n),
          audience: ['migrant-families'],
          topics: ['children-rights'],
          printFormat: n % 2 ? 'A5' : 'A4',
          cover,
          translations: every((l) => ({
            title: `${text(l, n).title} ${n}`,
            summary: text(l, n).summary,
            body: bodyOf(l, n),
            keyMessages: text(l, n).keyMessages,
            contacts: [{ label: 'Hotline', phone: '+7 800 080 12 34' }],
          })),
        })
        break
      case 1:
        pressReleases.push({
          slug: slug('release'),
          updatedAt: day(n),
          releaseDate: day(n),
          photos: [cover],
          topics: ['children-rights'],
          translations: every((l) => ({
            title: `${text(l, n).title} ${n}`,
            datelineCity: 'Almaty',
            summary: text(l, n).summary,
            body: bodyOf(l, n),
            quotes: [{ speaker: 'Aida Nurlanova', quote: text(l, n).keyMessages[0]! }],
            mediaContacts: [{ name: 'Press office', email: 'press@jol.example.org' }],
          })),
        })
        break
      case 2:
        newsletters.push({
          slug: slug('newsletter'),
          updatedAt: day(n),
          issueNumber: n + 1,
          date: day(n),
          topics: ['safe-migration'],
          translations: every((l) => ({
            subject: `${text(l, n).title} ${n}`,
            intro: text(l, n).summary,
            sections: [
              {
                kind: 'story' as const,
                target: {
                  collection: 'leaflets' as const,
                  slug: `leaflet-${String(n % quarter).padStart(4, '0')}`,
                },
                headline: text(l, n).title,
              },
              { kind: 'call-to-action' as const, label: 'Hotline', url: 'tel:+78000801234' },
            ],
          })),
        })
        break
      default:
        posts.push({
          slug: slug('post'),
          updatedAt: day(n),
          author: 'Jol team',
          publishDate: day(n),
          topics: ['safe-migration'],
          cover,
          translations: every((l) => ({
            title: `${text(l, n).title} ${n}`,
            excerpt: text(l, n).summary,
            body: bodyOf(l, n),
          })),
        })
    }
  }
  // One campaign in six languages, with a dozen entries of its own (a realistic landing page).
  const plan = campaign.campaigns.find((c) => localeCodes.every((code) => c.text[code] !== undefined))!
  const demoCampaign: Campaign = {
    slug: plan.slug,
    updatedAt: day(0),
    startDate: `${plan.startDate}T00:00:00.000Z`,
    channels: plan.channels,
    countries: plan.countries,
    brandColour: plan.brandColour,
    partners: plan.partners,
    translations: every((l) => ({ ...plan.text[l]! })),
  }
  const every12th = Math.max(1, Math.ceil(entries / 12))
  for (const list of [leaflets, pressReleases, newsletters, posts] as { campaigns?: string[] }[][]) {
    list.forEach((entry, index) => {
      if (index % every12th === 0) entry.campaigns = [plan.slug]
    })
  }
  const settings = campaign.siteSettings
  return {
    source: { kind: 'fixture', name: `synthetic-${entries}` },
    locales: [...localeCodes],
    leaflets,
    'press-releases': pressReleases,
    newsletters,
    posts,
    campaigns: [demoCampaign],
    questions: [],
    services: [],
    media,
    globals: {
      siteSettings: {
        hotlinePhone: settings.hotlinePhone,
        translations: every((l) => ({ ...settings.text[l], footerContacts: [] })),
      },
      pressRoom: {
        translations: every(() => ({
          boilerplate: {
            type: 'root' as const,
            children: [para('Jol is a campaign on the rights of migrants in Central Asia.')],
          },
          mediaContacts: [],
        })),
      },
    },
    mediaFiles: new Map(media.map((m, i) => [m.id, files[i]!])),
  }
}

/**
 * `input` with a library of `photos` more pictures of about `mb` MB each, which no entry shows: what
 * a real media library adds to every publish (every picture of a snapshot is read, hashed and
 * handed to Astro's image pipeline). JPEG photos of noise, as hard to compress as real ones; one
 * photo, each copy told apart by a number after its end (which decoders ignore), so that making
 * hundreds takes a second, not minutes.
 */
export async function withPhotoLibrary(
  input: SnapshotInput,
  photos: number,
  mb: number,
): Promise<SnapshotInput> {
  if (photos === 0) return input
  // About 1.7 MB at 2400 × 1600.
  const scale = Math.sqrt(mb / 1.7)
  const photo = await sharp({
    create: {
      width: Math.max(16, Math.round(2400 * scale)),
      height: Math.max(16, Math.round(1600 * scale)),
      channels: 3,
      background: { r: 120, g: 90, b: 60 },
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
  const { width, height } = await sharp(photo).metadata()
  const mediaFiles = new Map(input.mediaFiles)
  const media = [...input.media]
  for (let n = 0; n < photos; n++) {
    const data = Buffer.concat([photo, Buffer.from(`photo ${n}`)])
    const id = mediaIdOf(data)
    mediaFiles.set(id, data)
    media.push({
      ...input.media[0]!,
      id,
      file: `media/${id}.jpg`,
      filename: `photo-${n}.jpg`,
      filesize: data.length,
      width,
      height,
    })
  }
  return { ...input, media, mediaFiles }
}
