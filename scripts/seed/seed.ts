import { localeCodes, type LocaleCode } from '@jol/content-schemas'
import type { CollectionSlug, Payload } from 'payload'

import { adminCredentials } from './admin'
import type { SeedCampaign, SeedImage } from './content/types'
import { drawSeedImage } from './images'
import { markdownConverter } from './markdown'
import { demoServices } from './content/services'
import { seedServices } from './services'
import { translationUpdate } from './translationUpdate'

type Doc = Record<string, unknown> & { id: number | string }
type Data = Record<string, unknown>
type PerLocale = (locale: LocaleCode) => Data | undefined

export interface SeedReport {
  admin: { email: string; password?: string; created: boolean }
  counts: Record<string, number>
}

/** Seeding is a trusted local operation: it writes as the system, with every check but access. */
async function findOne(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  value: string,
): Promise<Doc | undefined> {
  const found = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
  })
  return found.docs[0] as Doc | undefined
}

/**
 * Creates or updates one entry: English first (the default locale), then every other language the
 * entry has, each written on the stored rows so no language blanks another. Published at the end
 * of each write. Running it again gives the same content.
 */
async function upsert(
  payload: Payload,
  collection: CollectionSlug,
  key: { field: string; value: string },
  shared: Data,
  text: PerLocale,
  file?: { data: Buffer; mimetype: string; name: string; size: number },
): Promise<Doc> {
  const existing = await findOne(payload, collection, key.field, key.value)
  const status = collection === 'media' ? {} : { _status: 'published' }
  const english = { ...shared, ...text('en'), ...status }
  let doc: Doc
  if (existing) {
    const stored = (await payload.findByID({
      collection,
      id: existing.id,
      locale: 'en',
      depth: 0,
      draft: true,
    })) as unknown as Doc
    doc = (await payload.update({
      collection,
      id: existing.id,
      locale: 'en',
      depth: 0,
      data: translationUpdate(stored, english) as never,
    })) as unknown as Doc
  } else {
    doc = (await payload.create({
      collection,
      locale: 'en',
      depth: 0,
      data: english as never,
      ...(file ? { file } : {}),
    })) as unknown as Doc
  }
  for (const locale of localeCodes) {
    const translation = locale === 'en' ? undefined : text(locale)
    if (!translation) continue
    const stored = (await payload.findByID({
      collection,
      id: doc.id,
      locale,
      depth: 0,
      draft: true,
      fallbackLocale: false,
    })) as unknown as Doc
    await payload.update({
      collection,
      id: doc.id,
      locale,
      depth: 0,
      data: { ...translationUpdate(stored, { ...shared, ...translation }), ...status } as never,
    })
  }
  return doc
}

export async function seedCampaign(
  payload: Payload,
  campaign: SeedCampaign,
  log: (line: string) => void = () => {},
): Promise<SeedReport> {
  const toLexical = await markdownConverter(payload.config)
  const counts: Record<string, number> = {}
  const count = (what: string) => (counts[what] = (counts[what] ?? 0) + 1)

  // Pictures, drawn locally; the file name is the key that makes re-seeding find them.
  const mediaIds = new Map<SeedImage['key'], Doc['id']>()
  for (const image of campaign.images) {
    const filename = `${image.key}.jpg`
    const existing = await findOne(payload, 'media', 'filename', filename)
    const data = await drawSeedImage(image)
    const shared = {
      credit: image.credit,
      licence: image.licence,
      showsIdentifiablePeople: image.showsIdentifiablePeople,
      consentRecorded: image.consentRecorded,
    }
    const doc = await upsert(
      payload,
      'media',
      { field: 'filename', value: filename },
      shared,
      (l) => image.text[l],
      existing ? undefined : { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    )
    mediaIds.set(image.key, doc.id)
    count('media')
  }
  const media = (key: string) => {
    const id = mediaIds.get(key)
    if (id === undefined) throw new Error(`The campaign refers to image "${key}", which it does not define.`)
    return id
  }

  // Campaigns first: every entry names the campaigns it belongs to.
  const campaignIds = new Map<string, Doc['id']>()
  for (const plan of campaign.campaigns) {
    const shared = {
      slug: plan.slug,
      startDate: plan.startDate,
      endDate: plan.endDate,
      brandColour: plan.brandColour,
      channels: plan.channels,
      countries: plan.countries,
      partners: plan.partners,
      objectives: plan.objectives,
      personas: plan.personas,
    }
    const doc = await upsert(payload, 'campaigns', { field: 'slug', value: plan.slug }, shared, (l) => {
      const t = plan.text[l]
      return (
        t && {
          name: t.name,
          slogan: t.slogan,
          summary: t.summary,
          keyMessages: t.keyMessages.map((text) => ({ text })),
          cities: t.cities.map((name) => ({ name })),
        }
      )
    })
    campaignIds.set(plan.slug, doc.id)
    count('campaigns')
  }
  const campaignsOf = (entry: { slug: string; campaigns: string[] }) =>
    entry.campaigns.map((slug) => {
      const id = campaignIds.get(slug)
      if (id === undefined)
        throw new Error(`"${entry.slug}" belongs to campaign "${slug}", which the seed does not define.`)
      return id
    })

  const ids = { posts: new Map<string, Doc['id']>(), leaflets: new Map<string, Doc['id']>() }

  for (const post of campaign.posts) {
    const shared = {
      slug: post.slug,
      campaigns: campaignsOf(post),
      author: post.author,
      publishDate: post.publishDate,
      topics: post.topics,
      cover: media(post.cover),
    }
    const doc = await upsert(payload, 'posts', { field: 'slug', value: post.slug }, shared, (l) => {
      const t = post.text[l]
      return t && { title: t.title, excerpt: t.excerpt, body: toLexical(t.body) }
    })
    ids.posts.set(post.slug, doc.id)
    count('posts')
  }

  for (const leaflet of campaign.leaflets) {
    const shared = {
      slug: leaflet.slug,
      campaigns: campaignsOf(leaflet),
      audience: leaflet.audience,
      topics: leaflet.topics,
      printFormat: leaflet.printFormat,
      cover: media(leaflet.cover),
    }
    const doc = await upsert(payload, 'leaflets', { field: 'slug', value: leaflet.slug }, shared, (l) => {
      const t = leaflet.text[l]
      return (
        t && {
          title: t.title,
          summary: t.summary,
          body: toLexical(t.body),
          keyMessages: t.keyMessages.map((text) => ({ text })),
          contacts: leaflet.contacts.map((c) => ({ phone: c.phone, url: c.url, ...c.text[l] })),
        }
      )
    })
    ids.leaflets.set(leaflet.slug, doc.id)
    count('leaflets')
  }

  for (const release of campaign.pressReleases) {
    const shared = {
      slug: release.slug,
      campaigns: campaignsOf(release),
      releaseDate: release.releaseDate,
      topics: release.topics,
      embargoUntil: release.embargoUntil ?? null,
      ...(release.embargoUntil ? { embargoUntil_tz: 'Asia/Almaty' } : {}),
      photos: release.photos.map(media),
    }
    await upsert(payload, 'press-releases', { field: 'slug', value: release.slug }, shared, (l) => ({
      title: release.text[l].title,
      datelineCity: release.text[l].datelineCity,
      summary: release.text[l].summary,
      body: toLexical(release.text[l].body),
      quotes: release.quotes.map((q) => ({ speaker: q.speaker, ...q.text[l] })),
      mediaContacts: release.mediaContacts.map((c) => ({
        name: c.name,
        phone: c.phone,
        email: c.email,
        ...c.text[l],
      })),
    }))
    count('press-releases')
  }

  for (const letter of campaign.newsletters) {
    const shared = {
      slug: letter.slug,
      campaigns: campaignsOf(letter),
      issueNumber: letter.issueNumber,
      topics: letter.topics,
      date: letter.date,
    }
    await upsert(payload, 'newsletters', { field: 'slug', value: letter.slug }, shared, (l) => ({
      ...letter.text[l],
      sections: letter.sections.map((section) => {
        switch (section.kind) {
          case 'story': {
            const id = ids[section.target.collection].get(section.target.slug)
            if (id === undefined)
              throw new Error(
                `Newsletter "${letter.slug}" points at ${section.target.collection}/${section.target.slug}, which the campaign does not define.`,
              )
            return {
              blockType: 'story',
              target: { relationTo: section.target.collection, value: id },
              ...section.text[l],
            }
          }
          case 'event':
            return { blockType: 'event', date: section.date, ...section.text[l] }
          case 'call-to-action':
            return { blockType: 'call-to-action', url: section.url, ...section.text[l] }
        }
      }),
    }))
    count('newsletters')
  }

  const { siteSettings, pressRoom } = campaign
  for (const locale of localeCodes) {
    const t = siteSettings.text[locale]
    const stored = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      depth: 0,
      fallbackLocale: false,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: translationUpdate(stored, {
        siteName: t.siteName,
        tagline: t.tagline,
        hotline: { label: t.hotlineLabel, phone: siteSettings.hotlinePhone, hours: t.hotlineHours },
        footerContacts: siteSettings.footerContacts.map((c) => ({
          phone: c.phone,
          email: c.email,
          url: c.url,
          ...c.text[locale],
        })),
      }),
    })
    const room = await payload.findGlobal({ slug: 'press-room', locale, depth: 0, fallbackLocale: false })
    await payload.updateGlobal({
      slug: 'press-room',
      locale,
      data: translationUpdate(room, {
        boilerplate: toLexical(pressRoom.text[locale].boilerplate),
        mediaContacts: pressRoom.mediaContacts.map((c) => ({
          name: c.name,
          phone: c.phone,
          email: c.email,
          ...c.text[locale],
        })),
      }) as never,
    })
  }

  // The help directory: demo services, some not verified for a long time (notice, hidden).
  counts.services = await seedServices(payload, demoServices)

  const credentials = adminCredentials()
  const admin = await findOne(payload, 'users', 'email', credentials.email)
  if (!admin) {
    await payload.create({
      collection: 'users',
      data: { email: credentials.email, password: credentials.password, role: 'admin', name: 'Jol admin' },
    })
  }
  log(
    `seeded: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  )
  return {
    admin: {
      email: credentials.email,
      ...(credentials.fromDefaults ? { password: credentials.password } : {}),
      created: !admin,
    },
    counts,
  }
}
